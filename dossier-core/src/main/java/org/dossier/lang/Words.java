package org.dossier.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word sets of one language, each a resource file {@code org/dossier/lang/<language>/<name>.txt} with one
 * lower-case word or phrase per line ({@code #} starts a comment). Loaded once and validated: a missing file,
 * an empty set, an upper-case entry or a repeated entry is an error naming the file and line, so a typing slip
 * in a word list fails loudly instead of silently matching nothing.
 */
public final class Words {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Words() {}

  /** The English word set {@code name}. */
  public static Set<String> en(String name) {
    return of("en", name);
  }

  public static Set<String> of(String language, String name) {
    return CACHE.computeIfAbsent(language + "/" + name, Words::load);
  }

  private static Set<String> load(String key) {
    String path = "/org/dossier/lang/" + key + ".txt";
    InputStream in = Words.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("word list " + path + " is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  static Set<String> parse(BufferedReader r, String source) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (word.isEmpty()) {
        continue;
      }
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(source + ":" + number + ": entries are lower case, got '" + word + "'");
      }
      if (!out.add(word)) {
        throw new IllegalArgumentException(source + ":" + number + ": '" + word + "' is listed twice");
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(source + ": the word list is empty");
    }
    return Set.copyOf(out);
  }
}
