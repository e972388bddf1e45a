package org.dossier.story;

import java.util.Locale;
import java.util.Map;
import org.dossier.actor.ActorCodes;
import org.dossier.model.Entity;
import org.dossier.model.Party;

/**
 * A party at the level stories compare actors: its country (the code's country slot, else its entity's
 * country), else the code as written ({@code NGOHRI}, {@code ---GOV}), else {@link #NOBODY}. Stateless.
 */
public final class Sides {
  /** No party, or one with neither code nor country. */
  public static final String NOBODY = "---";

  private Sides() {}

  public static String of(Party p, Map<String, Entity> entities) {
    if (p == null) {
      return NOBODY;
    }
    String country = ActorCodes.split(p.actor()).country();
    if (country == null && p.entity() != null) {
      Entity e = entities.get(p.entity());
      country = e == null || e.country() == null || e.country().isBlank() ? null : e.country().strip();
    }
    if (country != null) {
      return country.toUpperCase(Locale.ROOT);
    }
    return p.actor() == null || p.actor().isBlank() ? NOBODY : p.actor().strip().toUpperCase(Locale.ROOT);
  }

  /** True when the side is nobody or a code without a country ({@code ---GOV}). */
  public static boolean unknown(String side) {
    return side == null || side.startsWith(NOBODY);
  }
}
