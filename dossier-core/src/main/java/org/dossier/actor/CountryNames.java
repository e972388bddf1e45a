package org.dossier.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Names that denote a country as such ("Russia", "the Russian Federation", "the US"), as opposed to its cities
 * or adjectives, which the Phoenix dictionaries list under the same code. From the JDK's English country
 * names plus {@code country-names.txt}. Immutable, thread-safe.
 */
public final class CountryNames {
  private static final CountryNames INSTANCE = load();

  private final Map<String, String> codeByName;
  private final Map<String, String> nameByCode;

  private CountryNames(Map<String, String> codeByName, Map<String, String> nameByCode) {
    this.codeByName = Map.copyOf(codeByName);
    this.nameByCode = Map.copyOf(nameByCode);
  }

  public static CountryNames get() {
    return INSTANCE;
  }

  /** The ISO3 code of a country name, case- and period-insensitive, a leading "the" ignored. */
  public Optional<String> code(String name) {
    return Optional.ofNullable(codeByName.get(key(name)));
  }

  /** The canonical English name of an ISO3 code. */
  public Optional<String> name(String iso3) {
    return Optional.ofNullable(nameByCode.get(iso3));
  }

  private static String key(String name) {
    // tokens joined by spaces split the possessive off: "People 's Republic of China"
    String k = PhraseIndex.key(name.trim().replaceAll("\\s+'s\\b", "'s")).replaceAll("\\s+", " ");
    return k.startsWith("THE ") ? k.substring(4) : k;
  }

  private static CountryNames load() {
    Map<String, String> byName = new HashMap<>();
    Map<String, String> byCode = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      try {
        String iso3 = l.getISO3Country();
        String name = l.getDisplayCountry(Locale.ENGLISH);
        byName.put(key(name), iso3);
        byCode.put(iso3, name);
      } catch (MissingResourceException e) {
        // a region without an ISO3 code is not a country name we can code
      }
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CountryNames.class.getResourceAsStream("country-names.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String code = line.substring(0, line.indexOf(':')).trim();
        String[] names = line.substring(line.indexOf(':') + 1).split("\\|");
        byCode.put(code, names[0].trim());
        for (String n : names) {
          byName.put(key(n), code);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CountryNames(byName, byCode);
  }
}
