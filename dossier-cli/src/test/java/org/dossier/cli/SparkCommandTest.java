package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier spark} in local[2] on the example article, against {@code dossier extract}. */
class SparkCommandTest {
  @TempDir
  Path tmp;

  /** Runs {@code dossier spark ARGS} with Main's error handling (Main lists the command once it is registered). */
  static ExtractCommandTest.Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new SparkCommand())
        .setExecutionExceptionHandler(Main.commandLine().getExecutionExceptionHandler());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new ExtractCommandTest.Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesTheRecordsExtractPrintsAndRejectsWhatIsMissing() throws IOException {
    Path out = tmp.resolve("out");
    String missing = tmp.resolve("missing.txt").toString();
    var r = spark("--master", "local[2]", "--input", ExtractCommandTest.EXAMPLE.toString(), missing,
        "--output", out.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(Main.SKIPPED);
    DossierRecord extract = ExtractCommandTest.run("extract", ExtractCommandTest.EXAMPLE.toString()).records().get(0);
    assertThat(extract.events()).hasSizeGreaterThanOrEqualTo(6); // the rules' six, and what the model proposes
    assertThat(r.out()).contains("1 articles read, 1 records written (8 statements, " + extract.events().size()
        + " events), 0 duplicates skipped, 1 rejects");
    List<String> lines = lines(out.resolve("records"), ".txt");
    assertThat(lines).hasSize(1);
    DossierRecord job = Json.read(lines.get(0));
    assertThat(job.source().path()).isEqualTo("file:" + ExtractCommandTest.EXAMPLE.toAbsolutePath().normalize());
    assertThat(Json.write(withSource(job, extract.source()), false)).isEqualTo(Json.write(extract, false));
    assertThat(lines(out.resolve("rejects"), ".json")).singleElement().asString()
        .contains("missing.txt").contains("\"reason\":\"not found\"");
    assertThat(lines(out.resolve("events"), ".parquet")).isNotEmpty();
    assertThat(lines(out.resolve("statements"), ".parquet")).isNotEmpty();
    assertThat(out.resolve("summary.json")).content().contains("\"records\":1");

    var again = spark("--master", "local[1]", "--input", ExtractCommandTest.EXAMPLE.toString(), "--output",
        out.toString());
    assertThat(again.exit()).isEqualTo(Main.FAILED);
    assertThat(again.err()).contains("is not empty (--overwrite replaces it)");
  }

  private static DossierRecord withSource(DossierRecord r, Source s) {
    return new DossierRecord(r.id(), r.title(), r.published(), r.outlet(), r.dateline(), r.language(), s, r.text(),
        r.entities(), r.statements(), r.events());
  }

  /** The lines of a Spark output folder's part files; for Parquet, just one line per file. */
  private static List<String> lines(Path dir, String extension) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")
          && f.toString().endsWith(extension)).sorted().toList();
      if (extension.equals(".parquet")) {
        return parts.stream().map(Path::toString).toList();
      }
      return parts.stream().flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(l -> !l.isBlank()).toList();
    }
  }
}
