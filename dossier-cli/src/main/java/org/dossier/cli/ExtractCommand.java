package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.json.Json;
import org.dossier.pipeline.Batch;
import org.dossier.pipeline.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier extract}: schema-v1 JSON Lines for articles in files, folders or stdin. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print one schema-v1 JSON record per article (JSON Lines). Formats: plain text, JSON Lines, "
        + "HTML, RSS/Atom, WARC, detected from content. Bad items are reported on stderr and skipped; exit code "
        + "2 when anything was skipped.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively); - for stdin.")
  List<String> paths;

  @Option(names = "--pretty", description = "Indented JSON instead of JSON Lines.")
  boolean pretty;

  /** What each article is printed as. */
  enum Output { JSON, TEXT }

  @Option(names = "--format", paramLabel = "FORMAT", converter = OutputConverter.class,
      description = "json (schema-v1 records, the default) or text (a summary a person reads: who said what, "
          + "events with their actors, time and place).")
  Output format = Output.JSON;

  @Mixin
  PipelineOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Summary summary = new Batch(options.extractor(), options.threads).followLinks(options.followLinks).run(paths,
        r -> {
          out.println(format == Output.TEXT ? TextSummary.of(r) : Json.write(r, pretty));
          out.flush();
        },
        p -> {
          err.println("dossier: skipped " + p);
          err.flush();
        });
    err.println("dossier: " + summary);
    err.flush();
    return summary.skippedAny() ? Main.SKIPPED : Main.OK;
  }

  /** json or text, in any case. */
  static final class OutputConverter extends ChoiceConverter<Output> {
    OutputConverter() {
      super(v -> Output.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT)), "json or text");
    }
  }
}
