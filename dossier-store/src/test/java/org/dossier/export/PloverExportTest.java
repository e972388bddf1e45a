package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
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

class PloverExportTest {
  @TempDir
  Path dir;

  private List<JsonNode> export(Filters filters) throws IOException {
    Exporter.export(Examples.both(), filters, Format.PLOVER, dir);
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(PloverExport.FILE), StandardCharsets.UTF_8)) {
      records.add(Json.MAPPER.readTree(line));
    }
    return records;
  }

  @Test
  void everyRecordHasTheRequiredFields() throws IOException {
    List<JsonNode> records = export(Filters.NONE);

    assertThat(records).hasSize(5).allSatisfy(r -> {
      assertThat(r.get("id").asText()).contains(":v");
      assertThat(r.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(r.get("actor").isArray()).isTrue();
      assertThat(r.get("event").isArray()).isTrue();
      assertThat(r.get("event")).hasSize(1);
      assertThat(r.get("coder").asText()).isEqualTo("Dossier");
      assertThat(r.get("version").asText()).isEqualTo("1");
      assertThat(r.at("/cite_info/coder").asText()).isEqualTo("Dossier");
    });
  }

  @Test
  void mobilizeCarriesPlaceTimeSizeAndText() throws IOException {
    DossierRecord lavrov = Examples.lavrov();
    JsonNode v5 = export(Filters.NONE).get(2);

    assertThat(v5.get("id").asText()).isEqualTo(lavrov.id() + ":v5");
    assertThat(v5.get("date").asText()).isEqualTo("2025-01-01");
    assertThat(v5.get("enddate").asText()).isEqualTo("2025-02-28");
    assertThat(v5.at("/event/0").asText()).isEqualTo("MOBILIZE");
    assertThat(v5.get("quad_code").asInt()).isEqualTo(4);
    assertThat(v5.at("/mode/0").asText()).isEqualTo("troops");
    assertThat(v5.at("/context/0").asText()).isEqualTo("military");
    assertThat(v5.at("/actor/0/code").asText()).isEqualTo("PRK");
    assertThat(v5.at("/actor/0/sector").asText()).isEqualTo("MIL");
    assertThat(v5.at("/actor/0/entity_text").asText()).isEqualTo("North Korean soldiers");
    assertThat(v5.has("recipient")).isFalse();
    assertThat(v5.at("/event_loc/extracted_place").asText()).isEqualTo("Kursk region");
    assertThat(v5.at("/event_loc/country_code").asText()).isEqualTo("RUS");
    assertThat(v5.at("/event_loc/lat").isDouble()).isTrue();
    assertThat(v5.at("/size/count/min").asLong()).isEqualTo(1000L);
    assertThat(v5.at("/size/count/max").asLong()).isEqualTo(3000L);
    assertThat(v5.at("/size/unit").asText()).isEqualTo("soldiers");
    int start = v5.at("/text_info/start").asInt();
    int end = v5.at("/text_info/end").asInt();
    assertThat(lavrov.text().substring(start, end)).isEqualTo(v5.at("/event_text/0").asText());
    assertThat(v5.at("/cite_info/publication").asText()).isEqualTo("UNN");
    assertThat(v5.get("certainty").asText()).isEqualTo("alleged");
  }

  @Test
  void recipientsAndArticleDatesWhereTheEventHasNoOwnTime() throws IOException {
    JsonNode v6 = export(Filters.NONE).get(3);

    assertThat(v6.at("/recipient/0/code").asText()).isEqualTo("PRK");
    assertThat(v6.at("/recipient/0").has("sector")).isFalse();
    assertThat(v6.get("date").asText()).isEqualTo("2025-03-12");
    assertThat(v6.has("enddate")).isFalse();
    assertThat(v6.has("size")).isFalse();
    assertThat(v6.has("event_loc")).isFalse();
  }

  @Test
  void filtersApplyAndAStreamGetsTheSameLines() throws IOException {
    Filters prk = new Filters(null, null, "PRK", null, null, null, null, null, null);
    assertThat(export(prk)).extracting(r -> r.at("/event/0").asText()).containsExactly("MOBILIZE", "COOPERATE");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportCounts counts = Exporter.export(Examples.both(), prk, Format.PLOVER, out);
    assertThat(counts).isEqualTo(new ExportCounts(2, 0, 0));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(dir.resolve(PloverExport.FILE), StandardCharsets.UTF_8));
  }
}
