package org.dossier.actor;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.MissingResourceException;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.lang.DataLines;

/**
 * CAMEO/PETRARCH actor codes: 3-letter parts. A code opens with an international group ({@code IGO}, {@code NGO},
 * {@code MNC}, {@code IMG}) or not; then comes the country or region slot (RUS, WST, or {@code ---} for none),
 * then sectors (GOV, MIL, MED …). {@link #split} is the one reading of that rule, used by the store's facets and
 * by the exports alike. The country slot's values are the JDK's ISO 3166-1 alpha-3 codes plus {@code
 * cameo-countries.txt} (CAMEO regions, former states). Immutable and thread-safe.
 */
public final class ActorCodes {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final int PART = 3;
  private static final java.util.Set<String> GROUPS = Set.of("IGO", "NGO", "MNC", "IMG");
  private static final String NONE = "---";
  /** Code → kind ("country" or "region") of every value the country slot can hold. */
  private static final TreeMap<String, String> SLOT = loadSlot();

  private ActorCodes() {}

  /**
   * The parts of a code. {@code MNCUSAMED} is group MNC, country USA, sector MED; {@code IGOWSTNAT} group IGO,
   * region WST, sector NAT; {@code NGOHRI} group NGO, no country, sector HRI; {@code RUSGOVMIL} country RUS,
   * sectors GOVMIL; {@code ---GOV} sector GOV. A first part that is neither a group nor a known country or region
   * ({@code ELI}, {@code MED}) is a sector.
   *
   * @param group IGO, NGO, MNC or IMG, or null
   * @param country ISO alpha-3, a former state's code or a CAMEO region (see {@link #isRegion}), or null
   * @param sectors the remaining parts as written ({@code GOVMIL}), or null when there are none
   */
  public record Parts(String group, String country, String sectors) {
    /** The parts of no code: all null. */
    public static final Parts NONE = new Parts(null, null, null);
  }

  /** The parts of {@code code}; {@link Parts#NONE} for null, blank or a code that is not made of letter triples. */
  public static Parts split(String code) {
    if (code == null) {
      return Parts.NONE;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() < PART) {
      return Parts.NONE;
    }
    int at = 0;
    String group = null;
    if (GROUPS.contains(c.substring(0, PART))) {
      group = c.substring(0, PART);
      at = PART;
    }
    String country = null;
    if (c.length() >= at + PART) {
      String slot = c.substring(at, at + PART);
      if (slot.equals(NONE)) {
        at += PART;
      } else if (SLOT.containsKey(slot) && !("IMG".equals(group) && "religion".equals(SectorCodes.kind(slot)))) {
        // IMGMUSISI is a militant group of a religion (MUS, Muslim), not of Mauritius
        country = slot;
        at += PART;
      }
    }
    String sectors = at < c.length() ? c.substring(at) : null;
    return new Parts(group, country, sectors);
  }

  /** True when {@code code} is one of the CAMEO regions (WST, AFR, MEA …), which share the country slot. */
  public static boolean isRegion(String code) {
    return code != null && "region".equals(SLOT.get(code));
  }

  /** Every value of the country slot (ISO codes, former states, regions), sorted: for messages and validation. */
  public static NavigableSet<String> slotValues() {
    return Collections.unmodifiableNavigableSet(SLOT.navigableKeySet());
  }

  public static boolean isCountry(String code) {
    return code != null && COUNTRY.matcher(code).matches() && !code.equals("IGO") && !code.equals("NGO");
  }

  /** The first three letters: the country or group. */
  public static String root(String code) {
    return code == null || code.length() < 3 ? null : code.substring(0, 3);
  }

  /**
   * The country of a code by {@link #split}: RUS for RUSGOV, USA for MNCUSAMED; null for regions (IGOWSTNAT),
   * groups without a country (NGOHRI) and unknowns.
   */
  public static String country(String code) {
    String country = split(code).country();
    return country == null || isRegion(country) ? null : country;
  }

  /** Country (or {@code ---}) plus sector; a sector that the code already holds is not repeated. */
  public static String combine(String country, String sector) {
    String c = country == null ? "---" : country;
    if (sector == null || sector.isEmpty()) {
      return c;
    }
    return c + sector;
  }

  private static TreeMap<String, String> loadSlot() {
    TreeMap<String, String> slot = new TreeMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      try {
        slot.put(new Locale("", iso2).getISO3Country(), "country");
      } catch (MissingResourceException e) {
        // a region without an alpha-3 code
      }
    }
    String resource = "cameo-countries.txt";
    for (DataLines.Line line : DataLines.of(ActorCodes.class, resource)) {
      String[] f = line.fields(3);
      if (f.length < 3 || !COUNTRY.matcher(f[0]).matches() || !f[1].equals("region") && !f[1].equals("country")
          || GROUPS.contains(f[0])) {
        throw new IllegalArgumentException(resource + ":" + line.number() + ": expected CODE region|country NAME");
      }
      slot.put(f[0], f[1]);
    }
    return slot;
  }
}
