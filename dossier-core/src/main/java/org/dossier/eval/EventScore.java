package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.actor.ActorCodes;
import org.dossier.geo.Place;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;

/**
 * Scores events against gold: a prediction matches a gold event when its type, source country and target
 * country are each among the gold's accepted answers ("*" accepts no target). For matched pairs, negation (false
 * unless the gold says otherwise) and, where the gold gives them, certainty, time (start and end), place
 * (country, and distance within tolerance) and quantity (min, max, unit) are checked too. Optional gold events
 * are neither rewarded nor punished. Per type, a match and a false positive count under the predicted type, a
 * miss under the gold's first type.
 */
public final class EventScore {
  private EventScore() {}

  /** Attribute checks over matched pairs whose gold has the attribute. */
  public record Attributes(int negation, int negationGold, int certainty, int certaintyGold, int when, int whenGold,
                           int where, int whereGold, int quantity, int quantityGold) {
    public static final Attributes ZERO = new Attributes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Attributes plus(Attributes o) {
      return new Attributes(negation + o.negation, negationGold + o.negationGold, certainty + o.certainty,
          certaintyGold + o.certaintyGold, when + o.when, whenGold + o.whenGold, where + o.where,
          whereGold + o.whereGold, quantity + o.quantity, quantityGold + o.quantityGold);
    }

    @Override
    public String toString() {
      return "negation " + negation + "/" + negationGold + ", certainty " + certainty + "/" + certaintyGold
          + ", when " + when + "/" + whenGold + ", where " + where + "/" + whereGold + ", quantity " + quantity + "/"
          + quantityGold;
    }
  }

  /**
   * @param rules per rule that coded a prediction (the event's {@code rule}), its matches and counted predictions:
   *     how a trigger line is judged on the tune split
   */
  public record Result(Tally tally, Map<String, Tally> types, Attributes attributes, List<String> lines,
                       Map<String, Tally> rules) {}

  public static Result score(JsonNode goldEvents, DossierRecord record) {
    List<JsonNode> golds = new ArrayList<>();
    goldEvents.forEach(golds::add);
    boolean[] used = new boolean[golds.size()];
    List<String> lines = new ArrayList<>();
    int matched = 0;
    int counted = 0;
    Attributes attrs = Attributes.ZERO;
    Map<String, Tally> types = new TreeMap<>();
    Map<String, Tally> rules = new TreeMap<>();
    for (Event e : record.events()) {
      String rule = e.rule() == null ? "?" : e.rule();
      int best = -1;
      for (int i = 0; i < golds.size(); i++) {
        if (!used[i] && matches(golds.get(i), e)
            && (best < 0 || golds.get(best).path("optional").asBoolean(false) && !optional(golds.get(i)))) {
          best = i;
        }
      }
      String desc = e.type() + " " + code(e.source()) + " -> " + code(e.target()) + " | "
          + (e.evidence() == null ? "" : e.evidence().text());
      if (best < 0) {
        counted++;
        types.merge(e.type(), new Tally(0, 1, 0, 0, 0, 0), Tally::plus);
        rules.merge(rule, new Tally(0, 1, 0, 0, 0, 0), Tally::plus);
        lines.add("FP   " + desc);
        continue;
      }
      used[best] = true;
      if (optional(golds.get(best))) {
        lines.add("opt  " + desc);
        continue;
      }
      matched++;
      counted++;
      types.merge(e.type(), new Tally(1, 1, 1, 0, 0, 0), Tally::plus);
      rules.merge(rule, new Tally(1, 1, 0, 0, 0, 0), Tally::plus);
      lines.add("ok   " + desc);
      attrs = attrs.plus(attributes(golds.get(best), e));
    }
    int required = 0;
    for (int i = 0; i < golds.size(); i++) {
      if (!optional(golds.get(i))) {
        required++;
        if (!used[i]) {
          types.merge(golds.get(i).path("type").path(0).asText("?"), new Tally(0, 0, 1, 0, 0, 0), Tally::plus);
          lines.add("MISS " + golds.get(i).path("type") + " " + golds.get(i).path("source") + " -> "
              + golds.get(i).path("target") + " | " + golds.get(i).path("evidence").asText());
        }
      }
    }
    return new Result(new Tally(matched, counted, required, 0, 0, 0), types, attrs, lines, rules);
  }

  private static boolean optional(JsonNode g) {
    return g.path("optional").asBoolean(false);
  }

  /** Type, source and target each among the gold's answers. */
  public static boolean matches(JsonNode g, Event e) {
    return accepts(g.path("type"), e.type()) && acceptsActor(g.path("source"), e.source())
        && acceptsActor(g.path("target"), e.target());
  }

  private static boolean accepts(JsonNode list, String value) {
    for (JsonNode v : list) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** An actor matches on its country (or group) code; "*" accepts no actor or one without a code. */
  private static boolean acceptsActor(JsonNode list, Party p) {
    if (list.isMissingNode() || list.isEmpty()) {
      return true;
    }
    String root = p == null || p.actor() == null ? null : ActorCodes.root(p.actor());
    for (JsonNode v : list) {
      String want = v.asText();
      if (want.equals("*") ? root == null : root != null && ActorCodes.root(want).equals(root)) {
        return true;
      }
    }
    return false;
  }

  private static Attributes attributes(JsonNode g, Event e) {
    int negation = g.path("negated").asBoolean(false) == e.negated() ? 1 : 0;
    JsonNode c = g.path("certainty");
    int certaintyGold = c.isArray() && !c.isEmpty() ? 1 : 0;
    int certainty = certaintyGold == 1 && accepts(c, e.certainty()) ? 1 : 0;
    int when = 0;
    int whenGold = 0;
    int where = 0;
    int whereGold = 0;
    int quantity = 0;
    int quantityGold = 0;
    JsonNode w = g.path("when");
    if (w.isObject()) {
      whenGold = 1;
      if (e.when() != null && w.path("start").asText().equals(e.when().start())
          && w.path("end").asText(w.path("start").asText()).equals(e.when().end())) {
        when = 1;
      }
    }
    JsonNode p = g.path("where");
    if (p.isObject()) {
      whereGold = 1;
      if (e.where() != null && p.path("country").asText().equals(e.where().country())) {
        boolean near = !p.has("lat") || e.where().lat() != null && new Place("", Place.Kind.CITY, "", null,
            p.path("lat").asDouble(), p.path("lon").asDouble(), 0).distanceKm(e.where().lat(), e.where().lon())
            <= p.path("tolerance_km").asDouble(100);
        where = near ? 1 : 0;
      }
    }
    JsonNode q = g.path("quantity");
    if (q.isObject()) {
      quantityGold = 1;
      Event.Quantity eq = e.quantity();
      if (eq != null && same(q.path("min"), eq.min()) && same(q.path("max"), eq.max())
          && accepts(q.path("unit"), eq.unit())) {
        quantity = 1;
      }
    }
    return new Attributes(negation, 1, certainty, certaintyGold, when, whenGold, where, whereGold, quantity,
        quantityGold);
  }

  private static boolean same(JsonNode gold, Long value) {
    return gold.isMissingNode() || gold.isNull() ? value == null : value != null && gold.asLong() == value;
  }

  private static String code(Party p) {
    return p == null ? "-" : p.actor() == null ? p.name() : p.actor();
  }
}
