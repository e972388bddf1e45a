package org.dossier.actor;

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
import java.util.zip.GZIPInputStream;

/**
 * Actors and agents (role nouns) in TABARI format: the Phoenix dictionaries (MIT, Open Event Data Alliance)
 * brought up to date by {@code Dossier.actors.txt}, plus any files a user adds. Later files win where they
 * give the same phrase. Immutable once built; thread-safe.
 */
public final class ActorDictionary {
  /**
   * Built-in actor files, oldest first: the 2014 Phoenix data, the knowledge base generated from open data by
   * {@code tools/actors/build-knowledge.py} (office-holders with dates; parties and state forces), the team-kept
   * tables of news outlets and of international bodies, NGOs and armed groups, then Dossier's hand-kept updates.
   */
  public static final List<String> ACTOR_FILES = List.of(
      "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
      "Knowledge.actors.txt.gz", ActorDictionary.BODIES, "Media.actors.txt", "Organisations.actors.txt",
      "Dossier.actors.txt");

  /** The generated file of parties and forces: its entries are organisations, though parties' codes are dated. */
  public static final String BODIES = "Knowledge.bodies.actors.txt.gz";

  /** Built-in files whose entries are bodies (outlets, organisations, parties, forces, armed groups), never persons. */
  static final java.util.Set<String> BODY_FILES = java.util.Set.of("Phoenix.International.actors.txt",
      "Phoenix.MilNonState.actors.txt", BODIES, "Media.actors.txt", "Organisations.actors.txt");

  /** True for an entry of a built-in file of bodies: an organisation, a party or a force, never a person. */
  public static boolean isBody(ActorEntry e) {
    return e.isBody();
  }

  public static final List<String> AGENT_FILES = List.of("Phoenix.agents.txt", "Dossier.agents.txt");

  private final List<ActorEntry> entries;
  private final PhraseIndex<ActorEntry> actors;
  private final PhraseIndex<String> agents;

  // Countries whose names put the family name first.
  private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.of("CHN", "PRK", "KOR", "TWN",
      "VNM", "HKG", "SGP");

  /** Office-holders (every code dated) by the key of their surname, for "Mr Sunak" with no full name nearby. */
  private final Map<String, List<ActorEntry>> holdersBySurname;

  private ActorDictionary(List<ActorEntry> entries, PhraseIndex<ActorEntry> actors, PhraseIndex<String> agents) {
    this.entries = List.copyOf(entries);
    this.actors = actors;
    this.agents = agents;
    Map<String, List<ActorEntry>> bySurname = new HashMap<>();
    for (ActorEntry e : this.entries) {
      List<String> w = e.words();
      if (w.size() >= 2 && !e.isBody() && !e.codes().isEmpty() && e.codes().stream().allMatch(CodeSpan::dated)) {
        bySurname.computeIfAbsent(PhraseIndex.key(w.get(w.size() - 1)), k -> new ArrayList<>()).add(e);
        String country = ActorCodes.country(e.codes().get(0).code());
        if (country != null && FAMILY_NAME_FIRST.contains(country)) { // "President Xi" is Xi Jinping
          bySurname.computeIfAbsent(PhraseIndex.key(w.get(0)), k -> new ArrayList<>()).add(e);
        }
      }
    }
    this.holdersBySurname = bySurname;
  }

  /**
   * The one office-holder of this surname in office on the date, if exactly one is: "Mr Sunak" in 2023 is Rishi
   * Sunak. Empty when none or several hold an office then. A known gender ("f" for "Ms") keeps only holders
   * whose first name has it; null keeps all.
   */
  public java.util.Optional<ActorEntry> holderBySurname(String surname, java.time.LocalDate date, String gender) {
    List<ActorEntry> holders = holdersBySurname.getOrDefault(PhraseIndex.key(surname), List.of());
    ActorEntry found = null;
    for (ActorEntry e : holders) {
      String first = e.words().get(0);
      if (gender != null && !gender.equals(FirstNames.get().gender(first.replace("_", "")))) {
        continue; // "Ms Harris" is not Andy Harris
      }
      if (e.codeOn(date).isPresent()) {
        if (found != null && !found.phrase().equals(e.phrase())) {
          return java.util.Optional.empty();
        }
        found = e;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  private static volatile ActorDictionary builtIn;

  /** The built-in dictionary, loaded once per JVM. */
  public static ActorDictionary builtIn() {
    ActorDictionary d = builtIn;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        if (builtIn == null) {
          builtIn = builder().build();
        }
        d = builtIn;
      }
    }
    return d;
  }

  /** A builder preloaded with the built-in files; add user files to it. */
  public static Builder builder() {
    return builder(ACTOR_FILES);
  }

  /** A builder preloaded with these of the built-in actor files and the built-in agents (for measurements). */
  public static Builder builder(List<String> actorFiles) {
    Builder b = new Builder();
    for (String f : actorFiles) {
      b.actors(resource(f), f);
    }
    for (String f : AGENT_FILES) {
      b.agents(resource(f), f);
    }
    return b;
  }

  public PhraseIndex<ActorEntry> actors() {
    return actors;
  }

  public PhraseIndex<String> agents() {
    return agents;
  }

  public int size() {
    return entries.size();
  }

  private static BufferedReader resource(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing dictionary resource " + name);
    }
    try {
      return new BufferedReader(new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(in) : in,
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary resource " + name, e);
    }
  }

  /** Collects actor and agent files. Not thread-safe. */
  public static final class Builder {
    private final List<ActorEntry> entries = new ArrayList<>();
    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<String> agents = new PhraseIndex<>();

    public Builder actors(Path file) throws IOException {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return actors(in, file.getFileName().toString());
      }
    }

    public Builder agents(Path file) throws IOException {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return agents(in, file.getFileName().toString());
      }
    }

    /** Adds the actor dictionary read from {@code in}; {@code source} names it in entries and errors. */
    public Builder actors(BufferedReader in, String source) {
      try (in) {
        TabariReader.readActors(in, (phrases, codes) -> {
          ActorEntry e = new ActorEntry(entries.size(), phrases.get(0), codes, source);
          entries.add(e);
          for (String p : phrases) {
            for (List<String> form : TabariPhrase.forms(p)) {
              actors.add(form, e);
            }
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor dictionary " + source, e);
      }
      return this;
    }

    /** Adds the agent dictionary read from {@code in}. */
    public Builder agents(BufferedReader in, String source) {
      try (in) {
        TabariReader.readAgents(in, agents::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read agent dictionary " + source, e);
      }
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(entries, actors, agents);
    }
  }
}
