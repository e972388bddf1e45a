package org.dossier.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PLOVER facts of {@code plover.txt}: each event type's quad class, score, whether it needs a recipient and
 * what its negated and future forms become. Loaded once, validated (every type once, known keys and types).
 */
public final class Plover {
  /**
   * One event type. {@code negatedAs} and {@code futureAs} are null when the form keeps the type;
   * {@code placeRecipient}: an act done in or on a place with no one named as recipient is done to the place's
   * country; {@code reciprocal}: an act of both sides alike (a meeting), so A with B is B with A.
   */
  public record Type(String name, int quad, double score, boolean needsRecipient, boolean placeRecipient,
                     boolean reciprocal, String negatedAs, String futureAs) {}

  private static final Plover FACTS = load();

  private final Map<String, Type> types;

  private Plover(Map<String, Type> types) {
    this.types = Map.copyOf(types);
  }

  public static Plover facts() {
    return FACTS;
  }

  /** The 16 type names. */
  public Set<String> names() {
    return types.keySet();
  }

  public Optional<Type> type(String name) {
    return Optional.ofNullable(types.get(name));
  }

  Type of(String name) {
    Type t = types.get(name);
    if (t == null) {
      throw new IllegalArgumentException("not a PLOVER type: " + name);
    }
    return t;
  }

  private static Plover load() {
    InputStream in = Plover.class.getResourceAsStream("plover.txt");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "plover.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plover parse(BufferedReader r, String source) throws IOException {
    Map<String, Type> out = new LinkedHashMap<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      String where = source + ":" + number + ": ";
      if (!Lexicon.TYPES.contains(f[0]) || out.containsKey(f[0])) {
        throw new IllegalArgumentException(where + "expected each PLOVER type once, got " + f[0]);
      }
      Integer quad = null;
      Double score = null;
      boolean recipient = false;
      boolean place = false;
      boolean reciprocal = false;
      String negated = null;
      String future = null;
      for (int i = 1; i < f.length; i++) {
        String[] kv = f[i].split("=", 2);
        String v = kv.length < 2 ? "" : kv[1];
        switch (kv[0]) {
          case "quad" -> quad = Integer.valueOf(v);
          case "score" -> score = Double.valueOf(v);
          case "recipient" -> {
            recipient = v.equals("required");
            place = v.equals("place");
            if (!recipient && !place) {
              throw new IllegalArgumentException(where + "recipient= takes 'required' or 'place', got " + v);
            }
          }
          case "reciprocal" -> reciprocal = yes(v, where);
          case "negated" -> negated = known(v, where);
          case "future" -> future = known(v, where);
          default -> throw new IllegalArgumentException(where + "unknown key " + f[i]);
        }
      }
      if (quad == null || quad < 1 || quad > 4 || score == null) {
        throw new IllegalArgumentException(where + "quad=1..4 and score= are required");
      }
      out.put(f[0], new Type(f[0], quad, score, recipient, place, reciprocal, negated, future));
    }
    if (!out.keySet().equals(Lexicon.TYPES)) {
      throw new IllegalArgumentException(source + ": types missing: " + new java.util.TreeSet<>(
          Lexicon.TYPES.stream().filter(t -> !out.containsKey(t)).toList()));
    }
    return new Plover(out);
  }

  private static boolean yes(String v, String where) {
    if (!v.equals("yes")) {
      throw new IllegalArgumentException(where + "reciprocal= takes 'yes', got " + v);
    }
    return true;
  }

  private static String known(String type, String where) {
    if (!Lexicon.TYPES.contains(type)) {
      throw new IllegalArgumentException(where + type + " is not a PLOVER type");
    }
    return type;
  }
}
