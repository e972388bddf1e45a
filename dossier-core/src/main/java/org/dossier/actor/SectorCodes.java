package org.dossier.actor;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.lang.DataLines;

/**
 * The three-letter parts that may follow a CAMEO code's country or group slot (GOV, MIL, UNO, NAT ...), read
 * from {@code cameo-sectors.txt} with their kind (role, religion, ethnic, organisation). Immutable; thread-safe.
 */
public final class SectorCodes {
  private static final String RESOURCE = "cameo-sectors.txt";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Set<String> KINDS = Set.of("role", "religion", "ethnic", "organisation");
  private static final Map<String, String> KIND = load();

  private SectorCodes() {}

  /** True when {@code part} is a listed sector, religion, ethnic group or organisation code. */
  public static boolean known(String part) {
    return KIND.containsKey(part);
  }

  /** The kind of a listed part ("role", "religion", "ethnic", "organisation"), or null. */
  public static String kind(String part) {
    return KIND.get(part);
  }

  /** Every listed part with its kind, sorted by code. */
  public static Map<String, String> all() {
    return Collections.unmodifiableMap(KIND);
  }

  private static Map<String, String> load() {
    Map<String, String> kinds = new TreeMap<>();
    for (DataLines.Line line : DataLines.of(SectorCodes.class, RESOURCE)) {
      String[] f = line.fields(3);
      if (f.length < 3 || !CODE.matcher(f[0]).matches() || !KINDS.contains(f[1])) {
        throw new IllegalArgumentException(RESOURCE + ":" + line.number() + ": expected CODE KIND NAME, KIND one of "
            + KINDS);
      }
      if (kinds.put(f[0], f[1]) != null) {
        throw new IllegalArgumentException(RESOURCE + ":" + line.number() + ": " + f[0] + " is listed twice");
      }
    }
    return kinds;
  }
}
