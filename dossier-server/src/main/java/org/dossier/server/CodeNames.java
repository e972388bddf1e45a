package org.dossier.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.actor.ActorCodes;
import org.dossier.actor.CountryNames;

/**
 * Names of CAMEO actor codes, read by their parts: "United States government" for USAGOV, "Russia military" for
 * RUSMIL, "intergovernmental organisation" for IGO. Country names from the JDK and the CAMEO country slot file,
 * role names from {@code cameo-roles.txt}. Immutable, thread-safe.
 */
final class CodeNames {
  /** What a code looks like: letter triples, upper case. */
  private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3}){1,5}");
  private static final Map<String, String> ROLES = read(CodeNames.class.getResourceAsStream("cameo-roles.txt"), 1);
  private static final Map<String, String> SLOTS = read(ActorCodes.class.getResourceAsStream("cameo-countries.txt"), 2);

  private CodeNames() {}

  /** Whether {@code asked} is written as an actor code (USAGOV), not as a name. */
  static boolean isCode(String asked) {
    return asked != null && CODE.matcher(asked.strip()).matches();
  }

  /** The name of a code by its parts, or null when a part is not known (then the code is shown as it is). */
  static String of(String code) {
    if (!isCode(code)) {
      return null;
    }
    ActorCodes.Parts parts = ActorCodes.split(code.strip());
    List<String> words = new ArrayList<>();
    if (parts.group() != null) {
      words.add(ROLES.get(parts.group()));
    }
    if (parts.country() != null) {
      String country = CountryNames.get().name(parts.country()).orElse(SLOTS.get(parts.country()));
      if (country == null) {
        return null;
      }
      words.add(country);
    }
    String sectors = parts.sectors() == null ? "" : parts.sectors();
    for (int i = 0; i + 3 <= sectors.length(); i += 3) {
      String role = ROLES.get(sectors.substring(i, i + 3));
      if (role == null) {
        return null;
      }
      words.add(role);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static Map<String, String> read(InputStream in, int nameColumn) {
    Map<String, String> names = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\\s+", nameColumn + 1);
        names.put(f[0].toUpperCase(Locale.ROOT), f[nameColumn]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CAMEO code names", e);
    }
    return Map.copyOf(names);
  }
}
