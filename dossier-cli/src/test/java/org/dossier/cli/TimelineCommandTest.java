package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code dossier timeline} on a store of the example article. */
class TimelineCommandTest {
  static String store;

  @BeforeAll
  static void ingest() {
    store = ExampleStore.path();
  }

  @Test
  void lavrovsTimelineCountsPerMonthAndListsEntriesInDateOrder() {
    var r = IngestCommandTest.run("timeline", "--store", store, "Lavrov");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Lavrov: 5 statements, 1 event (1 story)\n")
        .contains("month     statements  events")
        .contains("2025-03            5       1  ########################################")
        .contains("2025-03-12  Sergey Lavrov (RUSGOV) said (direct)")
        .contains("2025-03-12  CONSULT Sergey Lavrov (RUSGOV) → Mario Naufal (USAMED) · asserted");
  }

  @Test
  void weeksTopicsAndJson() throws Exception {
    var weeks = IngestCommandTest.run("timeline", "--store", store, "--by", "WEEK", "PRK");
    assertThat(weeks.out()).contains("2025-W01           0       1").contains("2025-W11           0       1");
    assertThat(weeks.out().indexOf("2025-01-01  MOBILIZE/troops North Korean soldiers (PRKMIL)"))
        .isPositive().isLessThan(weeks.out().indexOf("2025-03-12  COOPERATE North Korea (PRK) → Russia (RUS)"));
    JsonNode json = Json.MAPPER.readTree(IngestCommandTest.run("timeline", "--store", store, "--json",
        "--topic", "peacekeepers", "Lavrov").out());
    assertThat(json.get("statements").asInt()).isEqualTo(1);
    assertThat(json.get("events").asInt()).isZero();
    assertThat(json.get("buckets").get(0).get("period").asText()).isEqualTo("2025-03");
    assertThat(json.get("entries").get(0).get("statement").get("id").asText()).isEqualTo("s5");
    assertThat(json.get("entries").get(0).get("date").asText()).isEqualTo("2025-03-12");
  }

  @Test
  void theLimitSaysHowManyMoreThereAre() {
    var r = IngestCommandTest.run("timeline", "--store", store, "--limit", "2", "RUS");
    assertThat(r.out()).containsPattern("\\n\\d+ more; narrow with --from/--to or raise --limit");
  }
}
