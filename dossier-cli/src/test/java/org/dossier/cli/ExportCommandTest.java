package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier export} on a store of the example article. */
class ExportCommandTest {
  @TempDir
  static Path tmp;
  static String store;

  @BeforeAll
  static void ingest() {
    store = ExampleStore.path();
  }

  static List<Map<String, String>> csv(Path file) throws Exception {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return it.readAll();
    }
  }

  @Test
  void csvTablesOfEventsAndStatementsWithTheirColumns() throws Exception {
    Path out = tmp.resolve("csv");
    var r = IngestCommandTest.run("export", "--store", store, "--format", "csv", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("exported 6 events, 8 statements, 1 article and 14 stories to");
    List<Map<String, String>> events = csv(out.resolve("events.csv"));
    assertThat(events).extracting(e -> e.get("event_type")).containsExactly("REJECT", "CONSULT", "AGREE",
        "COOPERATE", "COOPERATE", "MOBILIZE");
    Map<String, String> troops = events.get(5);
    assertThat(troops).containsEntry("source_actor", "PRKMIL").containsEntry("source_country", "PRK")
        .containsEntry("quantity_min", "1000").containsEntry("quantity_max", "3000")
        .containsEntry("time_start", "2025-01-01").containsEntry("place_country", "RUS");
    List<Map<String, String>> statements = csv(out.resolve("statements.csv"));
    assertThat(statements).hasSize(8);
    assertThat(statements.get(1)).containsEntry("speaker_name", "Sergey Lavrov").containsEntry("cue", "state");
    List<Map<String, String>> stories = csv(out.resolve("stories.csv"));
    assertThat(stories).as("one article: every event and statement is its own story").hasSize(14)
        .allSatisfy(s -> assertThat(s).containsEntry("mentions", "1").containsEntry("outlets", "1"));
    assertThat(stories).extracting(s -> s.get("story_id")).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(events.stream(), statements.stream()).map(e -> e.get("story_id")).toList());
    assertThat(stories.get(5)).containsEntry("kind", "event").containsEntry("event_type", "MOBILIZE")
        .containsEntry("quantity_min", "1000").containsEntry("quantity_max", "3000");
  }

  @Test
  void filtersApplyAndParquetIsWritten() throws Exception {
    Path out = tmp.resolve("parquet");
    var r = IngestCommandTest.run("export", "--store", store, "--format", "parquet", "--type", "MOBILIZE",
        "--kind", "event", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("exported 1 event, 0 statements, 0 articles and 1 story");
    byte[] parquet = Files.readAllBytes(out.resolve("events.parquet"));
    assertThat(new String(parquet, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    assertThat(Files.exists(out.resolve("statements.parquet"))).isFalse();
  }

  @Test
  void ploverRecordsForEventTools() throws Exception {
    Path out = tmp.resolve("plover");
    var r = IngestCommandTest.run("export", "--store", store, "--format", "plover", "--actor", "PRK",
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("plover.jsonl"));
    assertThat(lines).hasSize(2);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertThat(first.get("date").asText()).isEqualTo("2025-03-12");
    assertThat(first.get("actor").get(0).get("code").asText()).isEqualTo("PRK");
    assertThat(first.get("event").toString()).contains("COOPERATE");
  }

  @Test
  void kindArticleWritesTheArticlesTable() throws Exception {
    Path out = tmp.resolve("articles");
    var r = IngestCommandTest.run("export", "--store", store, "--format", "csv", "--kind", "article",
        "--type", "MOBILIZE", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("exported 0 events, 0 statements, 1 article and 0 stories to");
    List<Map<String, String>> articles = csv(out.resolve("articles.csv"));
    assertThat(articles).singleElement().satisfies(a -> assertThat(a).containsEntry("outlet", "UNN")
        .containsEntry("events", "6").containsKey("source_path"));
  }

  @Test
  void badCombinationsAreUsageErrors() {
    var r = IngestCommandTest.run("export", "--store", store, "--format", "plover", "--kind", "statement",
        "--out", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("statements have no PLOVER form");
  }
}
