package org.dossier.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Page furniture and headline words that are never entities ({@code not-entities.txt}): whole phrases, and words
 * that mark an unresolved name as a heading when it starts or ends with them. Immutable, thread-safe.
 */
final class NotEntities {
  private static final String RESOURCE = "not-entities.txt";
  private static final NotEntities INSTANCE = load();

  private final Set<String> phrases;
  private final Set<String> firstWords;
  private final Set<String> lastWords;

  NotEntities(Set<String> phrases, Set<String> firstWords, Set<String> lastWords) {
    this.phrases = Set.copyOf(phrases);
    this.firstWords = Set.copyOf(firstWords);
    this.lastWords = Set.copyOf(lastWords);
  }

  static NotEntities get() {
    return INSTANCE;
  }

  boolean phrase(String text) {
    return phrases.contains(key(text));
  }

  boolean first(String word) {
    return firstWords.contains(PhraseIndex.key(word));
  }

  boolean last(String word) {
    return lastWords.contains(PhraseIndex.key(word));
  }

  private static String key(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.trim().split("\\s+")) {
      sb.append(sb.length() > 0 ? " " : "").append(PhraseIndex.key(w));
    }
    return sb.toString();
  }

  private static NotEntities load() {
    InputStream in = NotEntities.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new MissingResourceException("missing " + RESOURCE, NotEntities.class.getName(), RESOURCE);
    }
    Set<String> phrases = new HashSet<>();
    Set<String> first = new HashSet<>();
    Set<String> last = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("first:")) {
          first.add(PhraseIndex.key(line.substring(6).trim()));
        } else if (line.startsWith("last:")) {
          last.add(PhraseIndex.key(line.substring(5).trim()));
        } else {
          phrases.add(key(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new NotEntities(phrases, first, last);
  }
}
