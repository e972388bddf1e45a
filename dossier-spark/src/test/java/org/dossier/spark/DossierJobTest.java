package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.export.EventRow;
import org.dossier.export.Rows;
import org.dossier.export.StatementRow;
import org.dossier.json.Json;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Articles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} against {@code dossier extract}'s pipeline on the same input: the bundled example,
 * Wikinews articles as plain text, as JSON Lines read by line and as a gzipped WARC; then bad input.
 */
class DossierJobTest {
  private static final List<String> WIKINEWS = List.of("wikinews-afghan.txt", "wikinews-expo.txt",
      "wikinews-warhol.txt", "wikinews-soccer.txt", "wikinews-nasa.txt", "wikinews-flag.txt");

  private static SparkSession spark;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesWhatExtractGivesForTheSameArticles() throws Exception {
    List<String> inputs = new ArrayList<>(List.of(Fixtures.ROOT.resolve("examples").toString()));
    WIKINEWS.subList(0, 3).forEach(n -> inputs.add(Fixtures.ROOT.resolve("eval/wikinews").resolve(n).toString()));
    List<Article> others = Articles.read(WIKINEWS.subList(3, 6).stream()
        .map(n -> Fixtures.ROOT.resolve("eval/wikinews").resolve(n).toString()).toList(), p -> { });
    inputs.add(Fixtures.jsonl(tmp.resolve("two.jsonl"), others.subList(0, 2)).toString());
    inputs.add(Fixtures.warc(tmp.resolve("crawl.warc.gz"), others.subList(1, 3)).toString());
    Path out = tmp.resolve("out");

    JobSummary summary = DossierJob.run(spark, JobOptions.of(inputs, out.toString()));

    // of the same article read twice, the job keeps the first by item name (here the WARC page)
    Map<String, String> expected = new TreeMap<>();
    List<Article> read = new ArrayList<>(Articles.read(inputs, p -> { }));
    read.sort(Comparator.comparing(a -> a.source().path()));
    for (Article a : read) {
      expected.putIfAbsent(a.id(), Json.write(ExecutorPipeline.extractor().extract(a), false));
    }
    List<DossierRecord> records = Fixtures.records(out.resolve("records"));
    Map<String, String> actual = records.stream().collect(Collectors.toMap(DossierRecord::id,
        r -> Json.write(Fixtures.plain(r), false), (a, b) -> a + "\n" + b, TreeMap::new));
    // 1 example + 3 text + 2 JSON lines + 2 WARC pages; the page repeating a JSON line's article is a duplicate
    assertThat(expected).hasSize(7);
    assertThat(actual).isEqualTo(expected);
    assertThat(records).extracting(r -> Fixtures.plain(r.source().path()))
        .contains(tmp.resolve("two.jsonl") + ":1", tmp.resolve("crawl.warc.gz") + "#1",
            tmp.resolve("crawl.warc.gz") + "#2");
    assertThat(Fixtures.rejects(out.resolve("rejects"))).containsOnlyKeys(tmp.resolve("two.jsonl") + ":2")
        .allSatisfy((item, reason) -> assertThat(reason).startsWith("duplicate of ").endsWith("crawl.warc.gz#1)"));
    assertThat(summary).extracting(JobSummary::articles, JobSummary::records, JobSummary::duplicates,
        JobSummary::rejects).containsExactly(8L, 7L, 1L, 1L);

    // the Parquet tables hold the export rows of exactly these records
    assertTable(out.resolve("events"), EventRow.TABLE.columnNames(),
        records.stream().flatMap(r -> Rows.of(r).events().stream()).map(e -> Tables.row(EventRow.TABLE, e)));
    assertTable(out.resolve("statements"), StatementRow.TABLE.columnNames(),
        records.stream().flatMap(r -> Rows.of(r).statements().stream()).map(s -> Tables.row(StatementRow.TABLE, s)));
    assertThat(summary.events()).isEqualTo(records.stream().mapToLong(r -> r.events().size()).sum());
    JsonNode written = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
    assertThat(written.get("records").asLong()).isEqualTo(7);
  }

  private static void assertTable(Path dir, List<String> columns, java.util.stream.Stream<Row> expected) {
    var table = spark.read().parquet(dir.toString());
    assertThat(table.columns()).containsExactlyElementsOf(columns);
    List<String> rows = table.collectAsList().stream().map(Row::toString).sorted().toList();
    assertThat(rows).isNotEmpty().isEqualTo(expected.map(Row::toString).sorted().toList());
  }

  @Test
  void rejectsBadItemsWithReasonsAndKeepsTheGoodOnes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] png = new byte[64];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, png, 0, 4);
    Files.write(in.resolve("image.png"), png);
    Article afghan = Articles.read(List.of(Fixtures.ROOT.resolve("eval/wikinews/wikinews-afghan.txt").toString()),
        p -> { }).get(0);
    Path jsonl = Fixtures.jsonl(in.resolve("mixed.jsonl"), List.of(afghan));
    Files.writeString(jsonl, Files.readString(jsonl) + "{\"title\": \"cut\", \"text\": \n\n{\"text\": 5}\n");
    Files.copy(Fixtures.ROOT.resolve("examples/unn-2025-03-12-lavrov.txt"), in.resolve("a.txt"));
    Files.copy(Fixtures.ROOT.resolve("examples/unn-2025-03-12-lavrov.txt"), in.resolve("b.txt"));
    Path out = tmp.resolve("out");
    JobOptions options = JobOptions.of(List.of(in.toString(), tmp.resolve("missing").toString()), out.toString())
        .withFormats(EnumSet.of(OutputFormat.JSONL));

    JobSummary summary = DossierJob.run(spark, options);

    Map<String, String> rejects = Fixtures.rejects(out.resolve("rejects"));
    assertThat(rejects).containsEntry(in.resolve("empty.txt").toString(), "empty")
        .containsEntry(in.resolve("image.png").toString(), "binary content, not text")
        .containsEntry(jsonl + ":4", "no text: neither title nor text")
        .containsEntry(tmp.resolve("missing").toString(), "not found")
        // the same article twice: the first by name is kept
        .containsEntry(in.resolve("b.txt").toString(), "duplicate of "
            + Articles.read(List.of(in.resolve("a.txt").toString()), p -> { }).get(0).id() + " (file:" + in.resolve("a.txt") + ")")
        // extract, which sees the whole file, says "malformed JSON: Unexpected end-of-input" here
        .hasEntrySatisfying(jsonl + ":2", r -> assertThat(r).startsWith("truncated: JSON ends early"))
        .hasSize(6);
    Map<String, DossierRecord> records = Fixtures.records(out.resolve("records")).stream()
        .collect(Collectors.toMap(r -> Fixtures.plain(r.source().path()), Function.identity()));
    assertThat(records).containsOnlyKeys(jsonl + ":1", in.resolve("a.txt").toString());
    assertThat(records.get(jsonl + ":1").title()).isEqualTo(afghan.title());
    assertThat(summary).extracting(JobSummary::articles, JobSummary::records, JobSummary::duplicates,
        JobSummary::rejects).containsExactly(3L, 2L, 1L, 6L);
    assertThat(out.resolve("events")).doesNotExist();

    assertThatThrownBy(() -> DossierJob.run(spark, options)).hasMessageContaining("is not empty");
    assertThat(DossierJob.run(spark, options.withOverwrite(true)).records()).isEqualTo(2);
  }
}
