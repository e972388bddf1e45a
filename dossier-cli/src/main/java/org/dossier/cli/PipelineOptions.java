package org.dossier.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.AnalysisLimits;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.PipelineSpec;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline, and the pipeline they build. */
final class PipelineOptions {
  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--follow-links", description = "Read symbolic links in input folders that lead out of them "
      + "(default: each is reported and skipped).")
  boolean followLinks;

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

  @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Longer sentences are cut into pieces "
      + "that are tagged but not parsed, with a note in the record (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens = AnalysisLimits.DEFAULT_MAX_SENTENCE_TOKENS;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Tokens analysed per article; the rest of a "
      + "longer one is left out, with a note in the record (default: ${DEFAULT-VALUE}).")
  int maxTokens = AnalysisLimits.DEFAULT_MAX_TOKENS;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Wall-clock time one article's analysis may take before it is stopped and skipped: 90, 90s, "
          + "2m, 500ms (default: 60s).")
  Duration timeLimit = AnalysisLimits.DEFAULT_TIME_LIMIT;

  /** The pipeline these options describe; user files are read here, so a bad one is named before models load. */
  PipelineSpec spec() {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("--min-confidence must be in [0, 1], was " + minConfidence);
    }
    AnalysisLimits limits = new AnalysisLimits(maxSentenceTokens, maxTokens, timeLimit);
    PipelineSpec spec = PipelineSpec.of(actorFiles, agentFiles, eventFile, parse == Parse.all, minConfidence,
        !eventModel.equals("off")).withLimits(limits);
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

  /** A duration in seconds, or with a unit: {@code 90}, {@code 90s}, {@code 2m}, {@code 500ms}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 2m or 500ms");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
