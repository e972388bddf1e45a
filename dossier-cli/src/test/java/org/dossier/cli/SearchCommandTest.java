package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dossier.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier search} on a store of the example article. */
class SearchCommandTest {
  static String store;

  @BeforeAll
  static void ingest() {
    store = ExampleStore.path();
  }

  @Test
  void lavrovOnPeacekeepersShowsTheStatementWithItsSource() {
    var r = IngestCommandTest.run("search", "--store", store, "--speaker", "Lavrov", "peacekeepers");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 hit for peacekeepers (speaker Lavrov), page 1 of 1")
        .contains("1. statement s5 · Sergey Lavrov (RUSGOV) · direct · score ")
        .contains("   Under no circumstances. No one talks to us")
        .contains("   UNN, 2025-03-12: \"Under no circumstances\": Lavrov opposes the possible introduction of a "
            + "foreign contingent into Ukraine — ")
        .contains("examples/unn-2025-03-12-lavrov.txt")
        .doesNotContain("Rubio");
  }

  @Test
  void aStatementWhoseSentenceSaysMoreShowsItsEvidence() {
    var r = IngestCommandTest.run("search", "--store", store, "--speaker", "Trump");
    assertThat(r.out()).contains("statement s6 · Donald Trump (USAGOV) · indirect")
        .contains("   evidence: By the way, Trump, when asked about peacekeepers, said that it was too early");
  }

  @Test
  void jsonForScriptsWithFacets() throws Exception {
    var r = IngestCommandTest.run("search", "--store", store, "--json", "--facets", "--kind", "EVENT",
        "--country", "rus");
    JsonNode out = Json.MAPPER.readTree(r.out());
    assertThat(out.get("total").asInt()).isEqualTo(4);
    // Russia as source or target (v1, v5), Lavrov's country (v2), the place of the troop transfer (v6)
    assertThat(out.get("hits")).extracting(h -> h.get("event").get("id").asText())
        .containsExactlyInAnyOrder("v1", "v2", "v5", "v6");
    assertThat(out.get("hits").get(0).get("evidence").asText()).isNotBlank();
    assertThat(out.get("facets").get("type").toString()).contains("{\"value\":\"COOPERATE\",\"count\":1}");
  }

  @Test
  void pagesWithoutWordsListEverything() throws Exception {
    var second = Json.MAPPER.readTree(IngestCommandTest.run("search", "--store", store, "--json", "--kind",
        "statement", "--size", "3", "--page", "3").out());
    assertThat(second.get("total").asInt()).isEqualTo(8);
    assertThat(second.get("hits")).hasSize(2);
    var text = IngestCommandTest.run("search", "--store", store, "--kind", "statement", "--size", "3");
    assertThat(text.out()).startsWith("8 hits (statements), page 1 of 3").contains("\n3. statement");
  }

  @Test
  void badInputGivesAMessageNotAStackTrace(@TempDir Path empty) {
    var kind = IngestCommandTest.run("search", "--store", store, "--kind", "tweet", "x");
    assertThat(kind.exit()).isNotZero();
    assertThat(kind.err()).contains("must be statement, event or article, was tweet");
    var none = IngestCommandTest.run("search", "--store", empty.resolve("none").toString(), "x");
    assertThat(none.exit()).isEqualTo(Main.FAILED);
    assertThat(none.err()).contains("no Dossier store here (run dossier ingest first)");
    var dates = IngestCommandTest.run("search", "--store", store, "--from", "2025-03-12", "--to", "2025-01-01");
    assertThat(dates.err()).contains("--to 2025-01-01 is before --from 2025-03-12");
  }
}
