package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.actor.ActorCodes;
import org.dossier.actor.ActorDictionary;
import org.dossier.actor.Mentions;
import org.dossier.geo.Gazetteer;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.TimeTagger;
import org.dossier.nlp.Token;
import org.dossier.text.Spans;

/**
 * The event stage: codes PLOVER events from the dependency parse. An event is emitted only when one clause
 * supports its type and its source actor (and, where PLOVER needs one, its target); the clause is kept as
 * evidence and the trigger rule is recorded. Thread-safe: holds only immutable lexicons and shared taggers.
 */
public final class Events {
  /** Types that turn into REJECT when negated: "will not agree" is a refusal. */
  private static final Set<String> COOPERATIVE = Set.of("AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "CONSULT");
  /** Types PLOVER codes as AGREE when announced for the future. */
  private static final Set<String> FUTURE_AGREE = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");
  /**
   * Types emitted only with a recipient: PLOVER requires one for COOPERATE, AID and SANCTION; support and
   * consultation without anyone supported or consulted ("the study was supported", "the meeting") are too
   * vague to be worth a record.
   */
  private static final Set<String> NEEDS_TARGET = Set.of("COOPERATE", "AID", "SANCTION", "SUPPORT", "CONSULT");
  /** Attacks on these are cyber coercion, not physical assault (PLOVER COERCE, mode cyber). */
  private static final Set<String> CYBER_THINGS = Set.of("website", "site", "server", "network", "computer",
      "database", "email", "account", "system", "web");
  private static final Set<String> HEDGES = Set.of("allegedly", "reportedly", "purportedly", "apparently",
      "supposedly", "alleged", "reported", "rumoured", "rumored");
  private static final Set<String> AID_THINGS = Set.of("aid", "assistance", "weapon", "arm", "ammunition",
      "money", "fund", "funding", "equipment", "supply", "food", "medicine", "vaccine", "missile", "tank", "jet",
      "loan", "grant", "support", "help", "shell", "drone");
  private static final Set<String> ROAD_THINGS = Set.of("road", "highway", "street", "bridge", "railway", "border",
      "crossing", "entrance", "access");
  /** Strikes that are protests, not attacks: "hunger strike", "general strike". */
  private static final Set<String> PROTEST_STRIKES = Set.of("hunger", "general", "labor", "labour", "worker",
      "national", "nationwide", "teacher", "rail", "transport");
  /** What can be cut or suspended besides aid: "cut ties", "suspend talks". */
  private static final Set<String> RELATION_THINGS = Set.of("tie", "relation", "talk", "cooperation", "trade",
      "import", "export", "delivery", "contact", "negotiation");
  private static final Set<String> REFUSING = Set.of("refuse", "reject", "decline", "oppose");

  private final Lexicon lexicon;
  private final ActorDictionary dict;
  private final TimeTagger time;

  public Events(Lexicon lexicon, ActorDictionary dict, TimeTagger time) {
    this.lexicon = lexicon;
    this.dict = dict;
    this.time = time;
  }

  public List<Event> extract(Article article, Analysis analysis, List<Entity> entities, List<Statement> statements) {
    Mentions mentions = new Mentions(entities);
    String home = homeCountry(entities);
    List<Event> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (!s.parsed() || article.text().substring(s.start(), s.end()).strip().endsWith("?")) {
        continue; // a question asserts no event
      }
      Clause c = new Clause(s, mentions, dict, home);
      List<TimeTagger.TimeValue> times = null;
      for (Token t : s.tokens()) {
        Optional<Event> e = t.isVerb() ? verbal(c, s, t).or(() -> demanded(c, s, t, statements, mentions))
            : t.pos().startsWith("NN") ? nominal(c, s, t) : Optional.empty();
        if (e.isEmpty()) {
          continue;
        }
        if (times == null) {
          times = mayHoldTime(s) ? time.tag(article.text().substring(s.start(), s.end()), article.published())
              : List.of();
        }
        found.add(finish(e.get(), article, s, t, times, statements, mentions));
      }
    }
    return numbered(deduplicated(found, article));
  }

  private Optional<Event> verbal(Clause c, Sentence s, Token t) {
    List<Trigger> readings = lexicon.verb(t.lemma());
    if (readings.isEmpty() || underRefusal(s, t.index())) {
      return Optional.empty();
    }
    int v = t.index();
    Optional<Integer> particle = c.child(v, "compound:prt");
    if (particle.isPresent()) {
      // "lift off" is not "lift": a verb with a particle is only a trigger when the lexicon lists both words
      readings = lexicon.verb(t.lemma() + " " + s.token(particle.get()).lemma());
      if (readings.isEmpty()) {
        return Optional.empty();
      }
    }
    final List<Trigger> chosen = readings;
    Optional<Integer> obj = c.child(v, "obj");
    Optional<Integer> passive = c.child(v, "nsubj:pass");
    String kind = c.child(v, "xcomp").isPresent() ? "clause" : kindOf(s, obj.or(() -> passive).orElse(-1));
    Trigger trigger = chosen.stream().filter(r -> r.object() != null && (r.object().equals(kind)
            || r.object().equals("rel") && "aid".equals(kind))).findFirst()
        .or(() -> chosen.stream().filter(r -> r.object() == null).findFirst()).orElse(null);
    if (trigger == null) {
      return Optional.empty();
    }
    Entity source = null;
    Entity target = null;
    boolean reducedPassive = t.pos().equals("VBN") && s.head(v).map(d -> d.base().equals("acl")).orElse(false);
    if (reducedPassive) {
      // "the Polaroids donated to USI by the Foundation": only the agent acts
      source = c.agent(v).map(c::actor).orElse(null);
    } else if (passive.isPresent()) {
      Entity moved = c.actor(passive.get());
      Entity agent = c.agent(v).map(c::actor).orElse(null);
      if (trigger.type().equals("MOBILIZE")) {
        source = agent != null ? agent : moved;
      } else {
        source = agent != null || c.agent(v).isPresent() ? agent : implied(trigger, moved, c.home());
        target = moved;
      }
    } else {
      source = c.subject(v).or(() -> c.possessorOfHeadNoun(v)).map(c::actor).orElse(null);
      target = c.child(v, "iobj").map(c::actor).orElse(null);
      if (target == null) {
        target = obj.map(c::actorOrPlace).orElse(null);
      }
    }
    if (target == null) {
      target = firstActor(c, c.targetPhrases(v));
    }
    if (target == null && trigger.type().equals("RETREAT")) {
      target = firstActor(c, c.fromPhrases(v));
    }
    Optional<Integer> xcomp = c.child(v, "xcomp");
    if ("clause".equals(trigger.object()) && target == null) {
      return Optional.empty(); // "told the press, ... to show": a request needs someone it is addressed to
    }
    if (target == null && xcomp.isPresent()) {
      // "offered to hand over to Great Britain ...": the act the trigger announces names the recipient
      target = c.child(xcomp.get(), "obj").map(c::actor).orElse(null);
      if (target == null) {
        target = firstActor(c, c.targetPhrases(xcomp.get()));
      }
    }
    return event(cyber(s, v, trigger), source, target, c.negated(v), c.modality(v), "lexicon:verb:" + t.lemma());
  }

  private Optional<Event> nominal(Clause c, Sentence s, Token t) {
    if (t.isProperNoun()) {
      return Optional.empty(); // "March 9", "Summit Avenue"
    }
    Trigger trigger = lexicon.noun(t.lemma());
    if (trigger == null) {
      trigger = lexicon.noun(t.text().toLowerCase(Locale.ROOT)); // "talks" is not the plural of "talk" here
    }
    if (trigger == null) {
      return Optional.empty();
    }
    int n = t.index();
    int light = c.lightVerb(n);
    Entity source = c.child(n, "nmod:poss").map(c::actor).orElse(null);
    Entity target = null;
    List<Integer> between = c.phrases(n, Set.of("between"));
    if (!between.isEmpty()) {
      // "cooperation between North Korea and Russia": reciprocal, the first party acts
      int first = between.get(0);
      source = c.actor(first);
      target = c.child(first, "conj").map(c::actor).orElse(null);
    }
    if (source == null) {
      source = c.nationality(n);
    }
    if (source == null) {
      source = c.phrases(n, Set.of("by")).stream().map(c::actor).filter(e -> e != null).findFirst().orElse(null);
    }
    if (target == null) {
      target = firstActor(c, c.targetPhrases(n));
    }
    String type = trigger.type();
    String mode = trigger.mode();
    if (t.lemma().equals("strike") && s.children(n).stream().anyMatch(d -> (d.base().equals("compound")
        || d.base().equals("amod")) && PROTEST_STRIKES.contains(s.token(d.dependent()).lemma()))) {
      type = "PROTEST";
      mode = s.children(n).stream().anyMatch(d -> s.token(d.dependent()).lemma().equals("hunger")) ? "hunger"
          : "strike";
    }
    boolean negated = c.negated(n);
    String modality = c.modality(n);
    if (light >= 0) {
      if (source == null && s.head(n).map(d -> !d.relation().equals("nsubj")).orElse(true)) {
        source = c.subject(light).map(c::actor).orElse(null);
      }
      if (target == null) {
        target = firstActor(c, c.targetPhrases(light));
      }
      if (Clause.STOPPING.contains(s.token(light).lemma()) && Set.of("AID", "COOPERATE", "CONSULT").contains(type)) {
        type = "SANCTION";
        mode = "discontinue";
      }
      negated |= c.negated(light);
      modality = modality != null ? modality : c.modality(light);
    } else if (source == null) {
      // "Saddam Hussein arrived in Amman on a visit": the noun qualifies its verb's subject's act
      source = s.head(n).filter(d -> d.base().equals("obl")).flatMap(d -> c.subject(d.governor()))
          .map(c::actor).orElse(null);
    }
    Trigger reading = cyber(s, n, new Trigger(trigger.lemma(), true, type, mode, trigger.object(),
        trigger.context()));
    return event(reading, source, target, negated, modality, "lexicon:noun:" + t.lemma());
  }

  /**
   * "X said Russia must withdraw": an obligation put on an actor inside someone's statement is that speaker's
   * REQUEST to that actor (PLOVER: demands are verbal requests).
   */
  private static Optional<Event> demanded(Clause c, Sentence s, Token t, List<Statement> statements,
                                          Mentions mentions) {
    boolean must = s.children(t.index()).stream().anyMatch(d -> d.base().equals("aux")
        && Set.of("must", "should").contains(s.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    if (!must) {
      return Optional.empty();
    }
    Statement holder = statements.stream().filter(st -> st.content().start() <= t.start()
        && t.end() <= st.content().end() && st.speaker().entity() != null).findFirst().orElse(null);
    Entity target = c.subject(t.index()).map(c::actor).orElse(null);
    if (holder == null || target == null) {
      return Optional.empty();
    }
    Entity speaker = mentions.byId(holder.speaker().entity());
    if (speaker == null) {
      return Optional.empty();
    }
    Trigger demand = new Trigger(t.lemma(), false, "REQUEST", null, null, List.of());
    // "must not attack" is still a demand: the refraining is what is requested
    return event(demand, speaker, target, false, null, "statement:must");
  }

  private static Entity firstActor(Clause c, List<Integer> phrases) {
    for (int p : phrases) {
      Entity e = c.actor(p);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** An attack on a website or network is cyber coercion, not assault. */
  private static Trigger cyber(Sentence s, int head, Trigger t) {
    if (!t.type().equals("ASSAULT")) {
      return t;
    }
    for (var d : s.children(head)) {
      if (!Set.of("obj", "obl", "nmod", "compound", "amod", "nsubj:pass").contains(d.relation())
          && !d.base().equals("obl") && !d.base().equals("nmod")) {
        continue;
      }
      int[] sub = s.subtree(d.dependent());
      for (int i = sub[0]; i <= sub[1]; i++) {
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        if (CYBER_THINGS.contains(lemma) || lemma.startsWith("cyber") || lemma.contains("denial-of-service")) {
          List<String> context = new ArrayList<>(t.context());
          context.add("cyber");
          return new Trigger(t.lemma(), t.noun(), "COERCE", "cyber", t.object(), context);
        }
      }
    }
    return t;
  }

  /** The country the article is most about: the most mentioned country among places and countries. */
  private static String homeCountry(List<Entity> entities) {
    java.util.Map<String, Integer> weight = new java.util.HashMap<>();
    for (Entity e : entities) {
      if (e.country() != null && (e.type().equals("COUNTRY") || e.type().equals("LOCATION"))) {
        weight.merge(e.country(), e.mentions().size(), Integer::sum);
      }
    }
    return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  private static Optional<Event> event(Trigger trigger, Entity source, Entity target, boolean negated,
                                       String modality, String rule) {
    if (source == null || "hypothetical".equals(modality)) {
      return Optional.empty(); // precision first: no actor, or not asserted to happen
    }
    if (target != null && (target == source || target.id() != null && target.id().equals(source.id()))) {
      target = null;
    }
    String type = trigger.type();
    String mode = trigger.mode();
    if (negated && COOPERATIVE.contains(type)) {
      rule += "+negated-cooperation=REJECT";
      type = "REJECT";
      mode = null;
      negated = false;
    } else if ("future".equals(modality) && FUTURE_AGREE.contains(type)) {
      rule += "+future=AGREE";
      type = "AGREE";
      mode = null;
    } else if ("future".equals(modality) && type.equals("RETREAT")) {
      rule += "+future=CONCEDE";
      type = "CONCEDE";
      mode = null;
    }
    if (NEEDS_TARGET.contains(type) && target == null) {
      return Optional.empty();
    }
    List<String> context = new ArrayList<>(trigger.context());
    if (modality != null) {
      context.add(modality);
    }
    return Optional.of(new Event(null, type, mode, context, party(source), target == null ? null : party(target),
        negated, "asserted", null, null, null, null, null, rule));
  }

  /**
   * The actor a passive without "by" implies, when the lexicon gives its sector: "Montalvo was arrested" is the
   * police of Montalvo's country (else the article's). Named for what it is, so a reader sees it was inferred.
   */
  private static Entity implied(Trigger trigger, Entity target, String home) {
    String country = target != null && target.country() != null ? target.country() : home;
    if (trigger.agent() == null || country == null) {
      return null;
    }
    String actor = country + trigger.agent();
    return new Entity(null, "(implied " + actor + ")", "GROUP", actor, country, null, "implied-agent", List.of());
  }

  private static Party party(Entity e) {
    return new Party(e.name(), e.id(), e.actor());
  }

  /** Certainty, statement link, time, place, quantity and evidence of an event found at trigger {@code t}. */
  private Event finish(Event e, Article article, Sentence s, Token t, List<TimeTagger.TimeValue> times,
                       List<Statement> statements, Mentions mentions) {
    Statement holder = statements.stream().filter(st -> st.content().start() <= t.start()
        && t.end() <= st.content().end()).reduce((a, b) -> a.content().length() <= b.content().length() ? a : b)
        .orElse(null);
    String certainty = holder == null ? "asserted" : "reported";
    if (hedged(s) || holder != null && holder.speaker().entity() == null) {
      certainty = "alleged";
    }
    Clause c = new Clause(s, mentions, dict, null);
    int head = t.index();
    if (t.pos().startsWith("NN") && c.lightVerb(head) >= 0) {
      head = c.lightVerb(head);
    }
    int[] clause = s.subtree(head);
    if (clause[0] < head && s.token(clause[0]).lemma().equals("that")
        && s.head(clause[0]).map(d -> d.relation().equals("mark")).orElse(false)) {
      clause[0]++;
    }
    Span evidence = Spans.of(article.text(), s, clause[0], clause[1]);
    Event.When when = when(article, s, t, times);
    Event.Where where = where(c, s, head, e);
    Event.Quantity quantity = Quantities.in(s, clause[0], clause[1]).orElse(null);
    return new Event(null, e.type(), e.mode(), e.context(), e.source(), e.target(), e.negated(), certainty,
        holder == null ? null : holder.id(), when, where, quantity, evidence, e.rule());
  }

  private static boolean hedged(Sentence s) {
    return s.tokens().stream().anyMatch(t -> HEDGES.contains(t.text().toLowerCase(Locale.ROOT)));
  }

  private Event.When when(Article article, Sentence s, Token t, List<TimeTagger.TimeValue> times) {
    TimeTagger.TimeValue best = null;
    for (TimeTagger.TimeValue v : times) {
      int at = s.start() + v.start();
      if (best == null || Math.abs(at - t.start()) < Math.abs(s.start() + best.start() - t.start())) {
        if (Periods.of(v.value(), article.published()).isPresent()) {
          best = v;
        }
      }
    }
    if (best != null) {
      Periods.Period p = Periods.of(best.value(), article.published()).get();
      return new Event.When(p.start().toString(), p.end().toString(), best.text());
    }
    LocalDate d = article.published();
    return d == null ? null : new Event.When(d.toString(), d.toString(), null);
  }

  /** The place named in a locative phrase of the clause ("to the Kursk region"), with its coordinates. */
  private static Event.Where where(Clause c, Sentence s, int head, Event e) {
    for (int p : c.placePhrases(head)) {
      int[] sub = s.subtree(p);
      for (int i = sub[0]; i <= sub[1]; i++) {
        Entity place = c.place(i);
        if (place == null || e.target() != null && place.id() != null && place.id().equals(e.target().entity())) {
          continue;
        }
        String country = place.country();
        var resolved = Gazetteer.get().resolve(place.name(), country);
        return new Event.Where(place.name(), country != null ? country : resolved.map(r -> r.countryIso3()).orElse(null),
            resolved.map(r -> r.lat()).orElse(null), resolved.map(r -> r.lon()).orElse(null));
      }
    }
    return null;
  }

  private boolean underRefusal(Sentence s, int v) {
    return s.head(v).filter(d -> d.relation().equals("xcomp"))
        .map(d -> REFUSING.contains(s.token(d.governor()).lemma())).orElse(false);
  }

  private String kindOf(Sentence s, int noun) {
    if (noun < 0) {
      return null;
    }
    String kind = kindOfWord(s.token(noun));
    if (kind != null) {
      return kind;
    }
    // "25,000 tons of food aid", "military aid"
    for (var d : s.children(noun)) {
      if (d.base().equals("nmod") || d.base().equals("compound")) {
        kind = kindOfWord(s.token(d.dependent()));
        if (kind != null) {
          return kind;
        }
      }
    }
    return null;
  }

  private String kindOfWord(Token n) {
    List<String> sector = dict.agents().exact(List.of(n.text()));
    if (sector.stream().anyMatch(x -> x.contains("MIL"))) {
      return "mil";
    }
    if (RELATION_THINGS.contains(n.lemma())) {
      return "rel";
    }
    if (ROAD_THINGS.contains(n.lemma())) {
      return "road";
    }
    if (AID_THINGS.contains(n.lemma())) {
      return "aid";
    }
    return null;
  }

  private static boolean mayHoldTime(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.pos().equals("CD") || Periods.isCalendarWord(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One event per clause and, in an article, one per (type, source, target): the title and later sentences
   * restate the lead. The first body occurrence is kept; a title event only when the body has none; an event
   * without a target only when the article has none with one for the same type and source.
   */
  private static List<Event> deduplicated(List<Event> found, Article article) {
    Block title = article.blocks().stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst().orElse(null);
    List<Event> body = new ArrayList<>();
    List<Event> head = new ArrayList<>();
    for (Event e : found) {
      boolean inTitle = title != null && e.evidence() != null && e.evidence().end() <= title.end();
      (inTitle ? head : body).add(e);
    }
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> clauses = new HashSet<>();
    for (List<Event> part : List.of(body, head)) {
      for (Event e : part) {
        String key = e.type() + "|" + root(e.source()) + "|" + root(e.target());
        String clause = e.evidence() == null ? key : e.evidence().start() + "|" + root(e.source()) + "|"
            + root(e.target());
        if (seen.add(key) & clauses.add(clause)) {
          out.add(e);
        }
      }
    }
    // "X refused" adds nothing to "X refused Y" in the same article
    out.removeIf(e -> e.target() == null && out.stream().anyMatch(o -> o != e && o.target() != null
        && o.type().equals(e.type()) && root(o.source()).equals(root(e.source()))));
    out.sort((a, b) -> Integer.compare(a.evidence() == null ? 0 : a.evidence().start(),
        b.evidence() == null ? 0 : b.evidence().start()));
    return out;
  }

  private static String root(Party p) {
    return p == null ? "-" : p.actor() == null ? p.name() : ActorCodes.root(p.actor());
  }

  private static List<Event> numbered(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(new Event("v" + (out.size() + 1), e.type(), e.mode(), e.context(), e.source(), e.target(), e.negated(),
          e.certainty(), e.statement(), e.when(), e.where(), e.quantity(), e.evidence(), e.rule()));
    }
    return out;
  }
}
