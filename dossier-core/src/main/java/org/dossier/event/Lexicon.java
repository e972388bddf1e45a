package org.dossier.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event trigger lexicon ({@code events.txt}, then the generated {@code events-widened.txt}, extendable with
 * user files): lemma and part of speech to PLOVER type, mode and context. Immutable, thread-safe.
 */
public final class Lexicon {
  /** The 16 PLOVER 2.0 event types. */
  public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** What {@code object=} may require of a verb's object. */
  static final Set<String> OBJECTS = Set.of("mil", "aid", "rel", "road", "clause");
  /** Sectors an implied passive agent ({@code agent=}) may have. */
  static final Set<String> AGENTS = Set.of("COP", "JUD", "GOV", "MIL", "LEG", "SPY");

  private static final Lexicon BUILT_IN = new Lexicon(List.of()).withResource();

  private final Map<String, List<Trigger>> verbs;
  private final Map<String, Trigger> nouns;

  private Lexicon(List<Trigger> triggers) {
    Map<String, List<Trigger>> v = new HashMap<>();
    Map<String, Trigger> n = new HashMap<>();
    for (Trigger t : triggers) {
      if (t.noun()) {
        n.put(t.lemma(), t);
      } else {
        List<Trigger> list = v.computeIfAbsent(t.lemma(), k -> new ArrayList<>());
        list.removeIf(old -> java.util.Objects.equals(old.object(), t.object()));
        list.add(t);
      }
    }
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
  }

  public static Lexicon builtIn() {
    return BUILT_IN;
  }

  /** The built-in lexicon with the lines of {@code file} added (later lines win). */
  public static Lexicon withFile(Path file) throws IOException {
    List<Trigger> all = new ArrayList<>(BUILT_IN.all());
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      all.addAll(parse(in, file.toString()));
    }
    return new Lexicon(all);
  }

  /** The built-in lexicon with the lines read from {@code in} added (later lines win); {@code source} names them. */
  public static Lexicon withLines(BufferedReader in, String source) throws IOException {
    List<Trigger> all = new ArrayList<>(BUILT_IN.all());
    all.addAll(parse(in, source));
    return new Lexicon(all);
  }

  /** The verb readings of a lemma, one per object kind. */
  public List<Trigger> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  public Trigger noun(String lemma) {
    return nouns.get(lemma);
  }

  /** Whether some trigger codes this PLOVER type. */
  public boolean hasType(String type) {
    return nouns.values().stream().anyMatch(t -> t.type().equals(type))
        || verbs.values().stream().flatMap(List::stream).anyMatch(t -> t.type().equals(type));
  }

  /** All trigger lemmas, for a parse policy that parses only sentences that can hold an event. */
  public Set<String> lemmas() {
    Set<String> out = new java.util.HashSet<>(nouns.keySet());
    for (String v : verbs.keySet()) {
      out.add(v.split(" ")[0]);
    }
    return Set.copyOf(out);
  }

  public boolean isTrigger(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  private List<Trigger> all() {
    List<Trigger> out = new ArrayList<>(nouns.values());
    verbs.values().forEach(out::addAll);
    return out;
  }

  /** The hand-written lines, then those widened from WordNet and CAMEO and kept by the tune split. */
  private Lexicon withResource() {
    List<Trigger> all = new ArrayList<>(resource("events.txt"));
    all.addAll(resource("events-widened.txt"));
    return new Lexicon(all);
  }

  private static List<Trigger> resource(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneOf(Set<String> allowed, String value, String source, int number, String option) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(source + ":" + number + ": " + option + " is not one of "
          + new java.util.TreeSet<>(allowed));
    }
    return value;
  }

  static List<Trigger> parse(BufferedReader in, String source) throws IOException {
    List<Trigger> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length < 3 || !(f[1].equals("v") || f[1].equals("n")) || !TYPES.contains(f[2])) {
        throw new IllegalArgumentException(source + ":" + number + ": expected 'lemma v|n TYPE [key=value...]'"
            + " with a PLOVER type, got: " + line);
      }
      String mode = null;
      String object = null;
      String agent = null;
      List<String> context = new ArrayList<>();
      for (int i = 3; i < f.length; i++) {
        String[] kv = f[i].split("=", 2);
        String value = kv.length < 2 ? "" : kv[1];
        switch (kv[0]) {
          case "mode" -> mode = value;
          case "object" -> object = oneOf(OBJECTS, value, source, number, f[i]);
          case "agent" -> agent = oneOf(AGENTS, value, source, number, f[i]);
          case "context" -> context.add(value);
          default -> throw new IllegalArgumentException(source + ":" + number + ": unknown option " + f[i]);
        }
      }
      out.add(new Trigger(f[0].replace('_', ' '), f[1].equals("n"), f[2], mode, object, context, agent));
    }
    return out;
  }
}
