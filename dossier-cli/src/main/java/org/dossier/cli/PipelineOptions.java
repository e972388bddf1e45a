package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.PipelineSpec;
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

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Keep only events whose confidence is at least P, in [0, 1] (default: ${DEFAULT-VALUE}: all).")
  double minConfidence = 0;

  @Option(names = "--event-model", paramLabel = "on|off|FILE", description = "Whether the learned event-type "
      + "model gives events their confidence and proposes events the rules miss, or a model of your own made by "
      + "train-types (default: ${DEFAULT-VALUE}).")
  String eventModel = "on";

  /** The pipeline these options describe; user files are read here, so a bad one is named before models load. */
  PipelineSpec spec() {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("--min-confidence must be in [0, 1], was " + minConfidence);
    }
    PipelineSpec spec = PipelineSpec.of(actorFiles, agentFiles, eventFile, parse == Parse.all, minConfidence,
        !eventModel.equals("off"));
    if (!eventModel.equals("on") && !eventModel.equals("off")) {
      spec = spec.withModelFile(Path.of(eventModel));
    }
    spec.dictionary();
    spec.lexicon(); // a bad line is an error now, naming file and line, not after the models loaded
    return spec;
  }

  Extractor extractor() {
    return Pipeline.build(spec());
  }
}
