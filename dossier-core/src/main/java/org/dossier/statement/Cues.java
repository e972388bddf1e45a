package org.dossier.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speech-cue lexicon ({@code cues.txt}): verb lemmas that attribute speech, with what each allows.
 * Immutable, thread-safe.
 */
public final class Cues {
  /** Nouns that report speech: "X's statement that ...", "the claim by X that ...". */
  public static final Set<String> NOUNS = Set.of("statement", "claim", "assertion", "announcement", "remark",
      "warning", "insistence", "words", "comment", "argument", "allegation", "promise", "pledge", "belief");

  private static final Cues BUILT_IN = load();

  private final Map<String, Set<String>> flags;

  private Cues(Map<String, Set<String>> flags) {
    this.flags = Map.copyOf(flags);
  }

  public static Cues builtIn() {
    return BUILT_IN;
  }

  public boolean isCue(String lemma) {
    return flags.containsKey(lemma);
  }

  /** A noun object of this cue can hold what was said. */
  public boolean takesObject(String lemma) {
    return flags.getOrDefault(lemma, Set.of()).contains("obj");
  }

  /** A sentence with this cue and no content can introduce a paragraph of speech. */
  /** Whether the cue's "about" phrase can be its content ("spoke about Russia's measures"). */
  public boolean takesAbout(String lemma) {
    return flags.getOrDefault(lemma, Set.of()).contains("about");
  }

  public boolean opensParagraph(String lemma) {
    return flags.getOrDefault(lemma, Set.of()).contains("open");
  }

  public Set<String> lemmas() {
    return flags.keySet();
  }

  private static Cues load() {
    Map<String, Set<String>> flags = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Cues.class.getResourceAsStream("cues.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> parts = List.of(line.split("\\s+"));
        flags.put(parts.get(0), Set.copyOf(parts.subList(1, parts.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Cues(flags);
  }
}
