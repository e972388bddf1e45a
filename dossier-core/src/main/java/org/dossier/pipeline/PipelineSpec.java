package org.dossier.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.event.Lexicon;
import org.dossier.event.TypeModel;
import org.dossier.nlp.AnalysisLimits;

/**
 * What a pipeline is built from, the same for the CLI, the server and the Spark job: the user's extra actor and
 * agent dictionaries and event lexicon (their contents, read once where the user named them, so a Spark
 * executor on another machine builds the same pipeline), whether every sentence is parsed, and the least
 * confidence an event must have to be kept, and the bounds of one article's analysis. Immutable and serialisable.
 *
 * @param minConfidence events below it are dropped; 0 keeps all
 * @param typeModel whether the learned event-type sieve runs (confidence from the model, and its proposals)
 * @param modelFile a user's event-type model (from {@code dossier train-types}) instead of the built-in one, or
 *     null
 * @param limits sentence and article length and time limit of one article's analysis
 */
public record PipelineSpec(List<Text> actors, List<Text> agents, Text events, boolean parseAll,
                           double minConfidence, boolean typeModel, Text modelFile, AnalysisLimits limits) implements Serializable {
  /** A user file's name (for error messages) and content. */
  public record Text(String name, String content) implements Serializable {}

  public PipelineSpec {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("the least confidence must be in [0, 1], was " + minConfidence);
    }
    limits = limits == null ? AnalysisLimits.DEFAULTS : limits;
  }

  /** The built-in dictionaries and lexicon, parsing only sentences that can hold a record, all events kept. */
  public static PipelineSpec standard() {
    return new PipelineSpec(List.of(), List.of(), null, false, 0, true, null, AnalysisLimits.DEFAULTS);
  }

  /**
   * A spec from the user's files (null or empty for none).
   *
   * @throws UncheckedIOException naming the file that cannot be read
   */
  public static PipelineSpec of(List<Path> actorFiles, List<Path> agentFiles, Path eventFile, boolean parseAll,
                                double minConfidence, boolean typeModel) {
    return new PipelineSpec(read(actorFiles), read(agentFiles), eventFile == null ? null : read(eventFile),
        parseAll, minConfidence, typeModel, null, AnalysisLimits.DEFAULTS);
  }

  /** This spec with the event-type model of {@code file} (gzipped or not). */
  public PipelineSpec withModelFile(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
      }
      Text model = new Text(file.toString(), new String(bytes, StandardCharsets.UTF_8));
      new PipelineSpec(actors, agents, events, parseAll, minConfidence, true, model, limits).typeModelOrNull();
      return new PipelineSpec(actors, agents, events, parseAll, minConfidence, true, model, limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event-type model " + file + ": " + e.getMessage(), e);
    }
  }

  /** The event-type model the pipeline uses, or null when it runs without one. */
  public TypeModel typeModelOrNull() {
    if (!typeModel) {
      return null;
    }
    if (modelFile == null) {
      return TypeModel.builtIn();
    }
    try {
      return TypeModel.read(new java.io.ByteArrayInputStream(modelFile.content().getBytes(StandardCharsets.UTF_8)),
          modelFile.name());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event-type model " + modelFile.name(), e);
    }
  }

  public PipelineSpec withMinConfidence(double c) {
    return new PipelineSpec(actors, agents, events, parseAll, c, typeModel, modelFile, limits);
  }

  public PipelineSpec withTypeModel(boolean on) {
    return new PipelineSpec(actors, agents, events, parseAll, minConfidence, on, modelFile, limits);
  }

  public PipelineSpec withLimits(AnalysisLimits l) {
    return new PipelineSpec(actors, agents, events, parseAll, minConfidence, typeModel, modelFile, l);
  }

  /**
   * The built-in dictionaries with the user's entries added (theirs win).
   *
   * @throws IllegalArgumentException naming the file, line and reason of each typo in a user's actor file (a
   *     malformed code, a date that is no day), which the reader would otherwise skip without a word
   */
  public ActorDictionary dictionary() {
    if (actors.isEmpty() && agents.isEmpty()) {
      return ActorDictionary.builtIn();
    }
    for (Text t : actors) {
      List<org.dossier.actor.ActorFileCheck.Problem> problems;
      try {
        problems = org.dossier.actor.ActorFileCheck.check(reader(t), t.name());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor dictionary " + t.name(), e);
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("bad actor dictionary: " + String.join("; ",
            problems.stream().limit(10).map(Object::toString).toList())
            + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : ""));
      }
    }
    ActorDictionary.Builder b = ActorDictionary.builder();
    actors.forEach(t -> b.actors(reader(t), t.name()));
    agents.forEach(t -> b.agents(reader(t), t.name()));
    return b.build();
  }

  /** The built-in event lexicon with the user's lines added (theirs win). */
  public Lexicon lexicon() {
    if (events == null) {
      return Lexicon.builtIn();
    }
    try {
      return Lexicon.withLines(reader(events), events.name());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event lexicon " + events.name(), e);
    }
  }

  /**
   * A hash of everything that decides what this spec extracts from an article (the user's files' contents, parse
   * mode, least confidence, model, limits) and of this build of Dossier: an article stored under the same key
   * and with the same content needs no new analysis.
   */
  public String key() {
    String build = String.valueOf(PipelineSpec.class.getPackage().getImplementationVersion());
    return com.google.common.hash.Hashing.sha256().hashString(build + "\n" + this, StandardCharsets.UTF_8)
        .toString().substring(0, 16);
  }

  private static BufferedReader reader(Text t) {
    return new BufferedReader(new StringReader(t.content()));
  }

  private static List<Text> read(List<Path> files) {
    List<Text> out = new ArrayList<>();
    for (Path p : files == null ? List.<Path>of() : files) {
      out.add(read(p));
    }
    return out;
  }

  private static Text read(Path p) {
    try {
      return new Text(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
