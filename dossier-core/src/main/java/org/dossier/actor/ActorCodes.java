package org.dossier.actor;

import java.util.regex.Pattern;

/** CAMEO/PETRARCH actor codes: a 3-letter country or group (RUS, IGO, ---) followed by 3-letter sectors. */
public final class ActorCodes {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  private ActorCodes() {}

  public static boolean isCountry(String code) {
    return code != null && COUNTRY.matcher(code).matches() && !code.equals("IGO") && !code.equals("NGO");
  }

  /** The first three letters: the country or group. */
  public static String root(String code) {
    return code == null || code.length() < 3 ? null : code.substring(0, 3);
  }

  /** The ISO country of a code such as RUSGOV, or null for IGOs, NGOs and unknowns. */
  public static String country(String code) {
    String root = root(code);
    return root == null || root.equals("IGO") || root.equals("NGO") || root.equals("---") || root.equals("MNC")
        || root.equals("IMG") ? null : root;
  }

  /** Country (or {@code ---}) plus sector; a sector that the code already holds is not repeated. */
  public static String combine(String country, String sector) {
    String c = country == null ? "---" : country;
    if (sector == null || sector.isEmpty()) {
      return c;
    }
    return c + sector;
  }
}
