package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);

  @TempDir
  Path dir;

  private static List<Map<String, String>> read(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private static List<String> header(Path file) throws IOException {
    String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    return List.of(first.split(","));
  }

  @Test
  void writesBothTablesWithHeadersAndTypedCells() throws IOException {
    List<DossierRecord> records = Examples.both();
    ExportCounts counts = Exporter.export(records, Filters.NONE, Format.CSV, dir);

    assertThat(counts).isEqualTo(new ExportCounts(5, 4, 2));
    assertThat(header(dir.resolve("events.csv"))).isEqualTo(EventRow.TABLE.columnNames());
    assertThat(header(dir.resolve("statements.csv"))).isEqualTo(StatementRow.TABLE.columnNames());
    List<Map<String, String>> events = read(dir.resolve("events.csv"));
    assertThat(events).hasSize(5);
    Map<String, String> v5 = events.get(2);
    assertThat(v5).containsEntry("event_id", records.get(0).id() + ":v5")
        .containsEntry("story_date", "2025-03-12")
        .containsEntry("event_type", "MOBILIZE")
        .containsEntry("source_country", "PRK")
        .containsEntry("source_sector", "MIL")
        .containsEntry("negated", "FALSE")
        .containsEntry("time_start", "2025-01-01")
        .containsEntry("lat", "51.69")
        .containsEntry("quantity_min", "1000")
        .containsEntry("quantity_max", "3000")
        .containsEntry("evidence", "3,000 North Korean soldiers were transferred to the Kursk region");
    assertThat(v5.get("target_name")).isNull();
    assertThat(v5.get("url")).isNull();
    List<Map<String, String>> statements = read(dir.resolve("statements.csv"));
    assertThat(statements.get(2)).containsEntry("speaker_name", "Donald Trump")
        .containsEntry("via", records.get(0).id() + ":s5");
  }

  @Test
  void commasQuotesAndLineBreaksInEvidenceSurvive() throws IOException {
    DossierRecord protest = Examples.protest();
    String evidence = protest.events().get(0).evidence().text();
    assertThat(evidence).contains(",", "\"", "\n");

    Exporter.export(List.of(protest), Filters.NONE, Format.CSV, dir);

    String raw = Files.readString(dir.resolve("events.csv"), StandardCharsets.UTF_8);
    assertThat(raw).contains("\r\n").contains("\"\"no, never\"\"");
    assertThat(read(dir.resolve("events.csv"))).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("evidence", evidence)
            .containsEntry("url", "https://example.org/wire/protest")
            .containsEntry("outlet", protest.outlet()));
  }

  @Test
  void anEmptyTableStillHasItsHeader() throws IOException {
    Exporter.export(List.of(Examples.protest()), Filters.NONE, Format.CSV, dir);

    assertThat(Files.readString(dir.resolve("statements.csv"), StandardCharsets.UTF_8))
        .isEqualTo(String.join(",", StatementRow.TABLE.columnNames()) + "\r\n");
  }

  @Test
  void oneTableToAStream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Filters statements = new Filters(null, null, null, null, null, null, null, Filters.Kind.STATEMENT, null);

    ExportCounts counts = Exporter.export(Examples.both(), statements, Format.CSV, out);

    assertThat(counts).isEqualTo(new ExportCounts(0, 4, 0));
    Path file = dir.resolve("out.csv");
    Files.write(file, out.toByteArray());
    assertThat(header(file)).isEqualTo(StatementRow.TABLE.columnNames());
    assertThat(read(file)).extracting(r -> r.get("speaker_name"))
        .containsExactly("Sergey Lavrov", "Sergey Lavrov", "Donald Trump", "intelligence");
  }
}
