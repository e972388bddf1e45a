package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.Mention;

/**
 * Scores entities against gold: a gold entity is found when a predicted entity is named or mentioned by one of
 * its names; its code is right when the predicted actor (or, for places, country) equals the gold one.
 */
public final class EntityScore {
  private EntityScore() {}

  /** One gold entity and what the prediction made of it. */
  public record Outcome(Gold.GoldEntity gold, Entity match, boolean codeRight) {
    public boolean found() {
      return match != null;
    }

    @Override
    public String toString() {
      String got = match == null ? "MISSING" : match.name() + " " + match.type() + " actor=" + match.actor()
          + " country=" + match.country();
      return (codeRight ? "ok   " : "FAIL ") + gold.name() + " (" + gold.type() + " " + expected(gold) + ") -> " + got;
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
