package org.dossier.store;

import java.util.Locale;

/** The dimensions the store counts: actor codes, event types, countries, outlets and publication months. */
public enum Facet {
  ACTOR, TYPE, COUNTRY, OUTLET, MONTH;

  /** The dimension's lower-case name. */
  public String dimension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Facet parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }

  /** One value of a dimension and how many matching documents have it. */
  public record Count(String value, int count) {}
}
