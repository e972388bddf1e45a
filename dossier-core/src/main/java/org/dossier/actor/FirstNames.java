package org.dossier.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.zip.GZIPInputStream;

/**
 * The usual gender of English-language first names ({@code first-names.tsv.gz}, built by
 * {@code tools/names/build-first-names.py} from CoreNLP's name-gender list), so that "she" does not go to
 * "Donald Trump" nor "he" to "Nancy Pelosi". Immutable, thread-safe.
 */
public final class FirstNames {
  private static final String RESOURCE = "first-names.tsv.gz";
  private static final FirstNames INSTANCE = load();

  private final Map<String, String> genders;

  FirstNames(Map<String, String> genders) {
    this.genders = Map.copyOf(genders);
  }

  public static FirstNames get() {
    return INSTANCE;
  }

  /** "m" or "f" for a first name the list knows with one gender, else null. */
  public String gender(String firstName) {
    return genders.get(firstName.toLowerCase(Locale.ROOT));
  }

  /** The gender of a full name by its first word; null for a single word, which may be a surname. */
  public String genderOfName(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length < 2 ? null : gender(words[0].replace(".", ""));
  }

  private static FirstNames load() {
    InputStream in = FirstNames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new MissingResourceException("missing " + RESOURCE, FirstNames.class.getName(), RESOURCE);
    }
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new FirstNames(out);
  }
}
