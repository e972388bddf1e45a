package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.corenlp.CoreNlpPipeline;
import org.dossier.event.Lexicon;
import org.dossier.nlp.ParsePolicy;
import org.dossier.pipeline.Extractor;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline, and the pipeline they build. */
final class PipelineOptions {
  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary in TABARI format (repeatable); its entries win over the built-in ones.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE", description = "Extra agent (role noun) dictionary (repeatable).")
  List<Path> agentFiles = new ArrayList<>();

  @Option(names = "--events", paramLabel = "FILE",
      description = "Extra event trigger lexicon (format of events.txt: 'lemma v|n TYPE [mode=M] [object=K]').")
  Path eventFile;

  @Option(names = "--parse", description = "Which sentences get a dependency parse: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}).")
  Parse parse = Parse.relevant;

  enum Parse { relevant, all }

  ActorDictionary dictionary() {
    if (actorFiles.isEmpty() && agentFiles.isEmpty()) {
      return ActorDictionary.builtIn();
    }
    try {
      ActorDictionary.Builder b = ActorDictionary.builder();
      for (Path p : actorFiles) {
        b.actors(p);
      }
      for (Path p : agentFiles) {
        b.agents(p);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary: " + e.getMessage(), e);
    }
  }

  Extractor extractor() {
    ActorDictionary dict = dictionary();
    return CoreNlpPipeline.extractor(dict, lexicon(), parse == Parse.all ? ParsePolicy.ALL : null);
  }

  Lexicon lexicon() {
    try {
      return eventFile == null ? Lexicon.builtIn() : Lexicon.withFile(eventFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event lexicon: " + e.getMessage(), e);
    }
  }
}
