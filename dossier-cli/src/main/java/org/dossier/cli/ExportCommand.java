package org.dossier.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.export.ExportCounts;
import org.dossier.export.Exporter;
import org.dossier.export.StoreSource;
import org.dossier.export.Format;
import org.dossier.store.Filters;
import org.dossier.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier export}: the store's events, statements and articles as tables for pandas, R or PLOVER tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export events, statements and articles matching the filters: CSV, JSON Lines or Parquet "
        + "tables (events.*, statements.*, articles.*) into --out, or PLOVER JSON Lines (plover.jsonl). --kind "
        + "picks one table. Without --out, the one table chosen with --kind goes to standard output (not "
        + "Parquet).")
final class ExportCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "WORDS", description = "Free text the rows must contain.")
  List<String> words = List.of();

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "csv, jsonl, parquet or plover.")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the files (created when missing).")
  Path out;

  @Mixin
  FilterOptions filter;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Filters filters = filter.filters(String.join(" ", words), spec.commandLine());
    ExportCounts counts;
    try (Store s = store.openForReading()) {
      // the store picks the articles with any matching document; --kind picks the table, not the articles
      Filters anyKind = filters.withKind(null);
      Exporter.RecordSource records = StoreSource.of(s, anyKind);
      if (out != null) {
        counts = Exporter.export(records, filters, format, out);
      } else {
        OutputStream stdout = System.out;
        counts = Exporter.export(records, filters, format, stdout);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("dossier: exported " + Plural.of(counts.events(), "event") + ", "
        + Plural.of(counts.statements(), "statement") + ", " + Plural.of(counts.articles(), "article") + " and "
        + Plural.of(counts.stories(), "story", "stories")
        + (out == null ? "" : " to " + out));
    err.flush();
    return Main.OK;
  }

  /** csv, jsonl, parquet or plover, in any case. */
  static final class FormatConverter extends ChoiceConverter<Format> {
    FormatConverter() {
      super(Format::parse, "csv, jsonl, parquet or plover");
    }
  }
}
