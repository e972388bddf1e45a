package org.dossier.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.event.Lexicon;

/**
 * The thresholds of {@code stories.txt}: when two mentions of different articles are one story. Validated when
 * loaded: every key once, no unknown key, numbers in range, known PLOVER types. Immutable.
 *
 * @param compatible pairs "A B" (both orders) of distinct types that may report one act
 */
public record StoryRules(int daySlack, int publishedSlack, double placeKm, double evidenceMin,
                         double evidenceUnknown, double storyLink, int quoteShingle,
                         double quoteContainment, int quoteDays, Set<String> compatible) {

  private static final List<String> KEYS = List.of("day.slack", "published.slack", "place.km", "evidence.min",
      "evidence.unknown", "story.link", "quote.shingle", "quote.containment", "quote.days");
  private static final StoryRules DEFAULTS = load();

  public StoryRules {
    compatible = Set.copyOf(compatible);
  }

  /** The shipped rules. */
  public static StoryRules defaults() {
    return DEFAULTS;
  }

  /** Whether events of these two types may be one act: the same type, or a listed pair. */
  public boolean compatible(String a, String b) {
    return a != null && b != null && (a.equals(b) || compatible.contains(a + " " + b));
  }

  /** The types an event of {@code type} may share a story with, itself first. */
  public Set<String> compatibleWith(String type) {
    Set<String> out = new java.util.LinkedHashSet<>();
    out.add(type);
    for (String pair : compatible) {
      String[] ab = pair.split(" ");
      if (ab[0].equals(type)) {
        out.add(ab[1]);
      }
    }
    return out;
  }

  private static StoryRules load() {
    InputStream in = StoryRules.class.getResourceAsStream("stories.txt");
    if (in == null) {
      throw new IllegalStateException("resource org/dossier/story/stories.txt is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "stories.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads rules in the format of {@code stories.txt}; {@code source} names the input in errors. */
  static StoryRules parse(BufferedReader r, String source) throws IOException {
    Map<String, String> values = new HashMap<>();
    Set<String> compatible = new HashSet<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + number + ": ";
      String[] f = line.split("\\s+");
      if (f[0].equals("compatible")) {
        if (f.length != 3 || !Lexicon.TYPES.contains(f[1]) || !Lexicon.TYPES.contains(f[2]) || f[1].equals(f[2])) {
          throw new IllegalArgumentException(where + "expected 'compatible TYPE TYPE' of two PLOVER types, got "
              + line);
        }
        compatible.add(f[1] + " " + f[2]);
        compatible.add(f[2] + " " + f[1]);
        continue;
      }
      if (!KEYS.contains(f[0])) {
        throw new IllegalArgumentException(where + "unknown key " + f[0] + " (known: " + KEYS + ", compatible)");
      }
      if (f.length != 2 || values.putIfAbsent(f[0], f[1]) != null) {
        throw new IllegalArgumentException(where + "expected '" + f[0] + " VALUE' once, got " + line);
      }
    }
    for (String key : KEYS) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException(source + ": missing key " + key);
      }
    }
    return new StoryRules(count(values, "day.slack", source), count(values, "published.slack", source),
        number(values, "place.km", source, Double.MAX_VALUE), number(values, "evidence.min", source, 1),
        number(values, "evidence.unknown", source, 1), number(values, "story.link", source, 1),
        Math.max(1, count(values, "quote.shingle", source)),
        number(values, "quote.containment", source, 1), count(values, "quote.days", source), compatible);
  }

  private static int count(Map<String, String> values, String key, String source) {
    double v = number(values, key, source, 10_000);
    if (v != Math.rint(v)) {
      throw new IllegalArgumentException(source + ": " + key + " must be a whole number, got " + values.get(key));
    }
    return (int) v;
  }

  private static double number(Map<String, String> values, String key, String source, double max) {
    try {
      double v = Double.parseDouble(values.get(key));
      if (!(v >= 0 && v <= max)) {
        throw new IllegalArgumentException(source + ": " + key + " must be in [0, " + max + "], got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": " + key + " is not a number: " + values.get(key), e);
    }
  }
}
