package org.dossier.store;

import java.util.Map;
import org.dossier.actor.ActorCodes;
import org.dossier.model.Entity;
import org.dossier.model.Party;

/**
 * The country (or CAMEO region) of an actor, one rule for the store's country facet and filter and for the
 * exports' {@code *_country} columns: the country slot of the actor code by {@link ActorCodes#split}
 * ({@code MNCUSAMED} is USA, {@code IGOWSTNAT} WST), else the country of the actor's entity (a place, a person
 * the dictionaries lack). Stateless and thread-safe.
 */
public final class PartyCountry {
  private PartyCountry() {}

  /** The country of an actor code, else {@code entityCountry}; null when neither has one. */
  public static String of(String actorCode, String entityCountry) {
    String country = ActorCodes.split(actorCode).country();
    return country != null ? country : blankToNull(entityCountry);
  }

  /** The country of a party, whose entity (if any) is looked up in {@code entities} by id. */
  public static String of(Party p, Map<String, Entity> entities) {
    if (p == null) {
      return null;
    }
    Entity e = p.entity() == null ? null : entities.get(p.entity());
    return of(p.actor(), e == null ? null : e.country());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
