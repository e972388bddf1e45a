package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.actor.ActorCodes;
import org.dossier.model.Entity;
import org.dossier.model.Mention;

/**
 * Scores entities against gold: a gold entity is found when a predicted entity is named or mentioned by one of
 * its names; its code is right when the predicted actor (or, for places, country) equals the gold one. Country and
 * sector are also scored apart: the country is the code's first three letters (or a place's country), the sector
 * everything after them, so "USAGOV" against "USAMIL" has the country right and the sector wrong.
 */
public final class EntityScore {
  private EntityScore() {}

  /** One gold entity and what the prediction made of it. */
  public record Outcome(Gold.GoldEntity gold, Entity match, boolean codeRight) {
    public boolean found() {
      return match != null;
    }

    /** Whether the gold gives a country: an actor code or a place's country. */
    public boolean hasCountry() {
      return goldCountry(gold) != null;
    }

    public boolean countryRight() {
      return match != null && hasCountry() && goldCountry(gold).equals(predictedCountry(gold, match));
    }

    /** Whether the gold actor code has a sector after its country. */
    public boolean hasSector() {
      return gold.actor() != null && gold.actor().length() > 3;
    }

    public boolean sectorRight() {
      return match != null && hasSector() && match.actor() != null && match.actor().length() > 3
          && gold.actor().substring(3).equals(match.actor().substring(3));
    }

    @Override
    public String toString() {
      String got = match == null ? "MISSING" : match.name() + " " + match.type() + " actor=" + match.actor()
          + " country=" + match.country();
      return (codeRight ? "ok   " : "FAIL ") + gold.name() + " (" + gold.type() + " " + expected(gold) + ") -> " + got;
    }
  }

  /** Counts over gold entities: found, exact code, and country and sector over those that have them. */
  public record Codes(int entities, int found, int exact, int countryGold, int countryRight, int sectorGold,
                      int sectorRight) {
    public static final Codes ZERO = new Codes(0, 0, 0, 0, 0, 0, 0);

    public static Codes of(List<Outcome> outcomes) {
      Codes c = ZERO;
      for (Outcome o : outcomes) {
        c = c.plus(new Codes(1, o.found() ? 1 : 0, o.codeRight() ? 1 : 0, o.hasCountry() ? 1 : 0,
            o.countryRight() ? 1 : 0, o.hasSector() ? 1 : 0, o.sectorRight() ? 1 : 0));
      }
      return c;
    }

    public Codes plus(Codes o) {
      return new Codes(entities + o.entities, found + o.found, exact + o.exact, countryGold + o.countryGold,
          countryRight + o.countryRight, sectorGold + o.sectorGold, sectorRight + o.sectorRight);
    }

    public double countryAccuracy() {
      return countryGold == 0 ? 0 : (double) countryRight / countryGold;
    }

    public double sectorAccuracy() {
      return sectorGold == 0 ? 0 : (double) sectorRight / sectorGold;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "found %d/%d, exact code %d/%d, country %.2f (%d/%d), sector %.2f (%d/%d)",
          found, entities, exact, entities, countryAccuracy(), countryRight, countryGold, sectorAccuracy(),
          sectorRight, sectorGold);
    }
  }

  public static List<Outcome> score(List<Gold.GoldEntity> gold, List<Entity> predicted) {
    List<Outcome> out = new ArrayList<>();
    for (Gold.GoldEntity g : gold) {
      Entity match = find(g, predicted).orElse(null);
      out.add(new Outcome(g, match, match != null && codeRight(g, match)));
    }
    return out;
  }

  private static String goldCountry(Gold.GoldEntity g) {
    return g.actor() != null ? ActorCodes.root(g.actor()) : g.country();
  }

  private static String predictedCountry(Gold.GoldEntity g, Entity e) {
    if (g.actor() != null) {
      return e.actor() != null ? ActorCodes.root(e.actor()) : e.country();
    }
    return e.country();
  }

  private static String expected(Gold.GoldEntity g) {
    return g.actor() != null ? "actor=" + g.actor() : "country=" + g.country();
  }

  private static boolean codeRight(Gold.GoldEntity g, Entity e) {
    if (g.actor() != null) {
      return g.actor().equals(e.actor());
    }
    if (g.country() != null) {
      return g.country().equals(e.country());
    }
    return true;
  }

  private static Optional<Entity> find(Gold.GoldEntity g, List<Entity> predicted) {
    List<String> names = g.names().stream().map(EntityScore::key).toList();
    Entity best = null;
    for (Entity e : predicted) {
      boolean named = names.contains(key(e.name()));
      for (Mention m : e.mentions()) {
        named |= names.contains(key(m.text()));
      }
      if (named && (best == null || codeRight(g, e) && !codeRight(g, best))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace(".", "").trim();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
