package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesExportTest {
  @TempDir
  Path dir;

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      rows.add(Json.MAPPER.readTree(line));
    }
    return rows;
  }

  @Test
  void oneTypedObjectPerRowWithEveryColumn() throws IOException {
    List<DossierRecord> records = Examples.both();
    ExportCounts counts = Exporter.export(records, Filters.NONE, Format.JSONL, dir);

    assertThat(counts).isEqualTo(new ExportCounts(5, 4, 2));
    List<JsonNode> events = read(dir.resolve("events.jsonl"));
    assertThat(events).hasSize(5);
    JsonNode v5 = events.get(2);
    List<String> fields = new ArrayList<>();
    v5.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(EventRow.TABLE.columnNames());
    assertThat(v5.get("event_id").asText()).isEqualTo(records.get(0).id() + ":v5");
    assertThat(v5.get("story_date").asText()).isEqualTo("2025-03-12");
    assertThat(v5.get("negated").isBoolean()).isTrue();
    assertThat(v5.get("lat").isDouble()).isTrue();
    assertThat(v5.get("quantity_max").isIntegralNumber()).isTrue();
    assertThat(v5.get("quantity_max").asLong()).isEqualTo(3000L);
    assertThat(v5.get("target_name").isNull()).isTrue();
    assertThat(events.get(4).get("evidence").asText())
        .isEqualTo(records.get(1).events().get(0).evidence().text());
    assertThat(read(dir.resolve("statements.jsonl"))).hasSize(4);
  }

  @Test
  void everyLineEndsWithANewline() throws IOException {
    Exporter.export(List.of(Examples.lavrov()), Filters.NONE, Format.JSONL, dir);

    String raw = Files.readString(dir.resolve("statements.jsonl"), StandardCharsets.UTF_8);
    assertThat(raw).endsWith("}\n").doesNotContain("\n\n");
    assertThat(raw.lines()).hasSize(4);
  }
}
