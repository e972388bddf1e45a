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
    assertThat(text.out()).startsWith("8 hits (statements), page 1 of 3; 8 stories with 8 mentions\n")
        .contains("\n3. statement").contains("; story qt-");
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

  /** An option error is one line and a hint to --help: no usage text, no stack trace. */
  static void assertOneLineAndHint(ExtractCommandTest.Run r, String command) {
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err().lines()).hasSize(2);
    assertThat(r.err().lines().skip(1).findFirst()).contains("Try 'dossier " + command + " --help'.");
    assertThat(r.err()).doesNotContain("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownTypesKindsAndCountriesListTheValidValues() {
    var type = IngestCommandTest.run("search", "--store", store, "--type", "FOO");
    assertOneLineAndHint(type, "search");
    assertThat(type.err()).startsWith("dossier: unknown event type 'FOO'; valid: ACCUSE, AGREE, AID, ASSAULT,")
        .contains("THREATEN");
    var kind = IngestCommandTest.run("search", "--store", store, "--kind", "tweet");
    assertOneLineAndHint(kind, "search");
    assertThat(kind.err()).contains("statement, event or article");
    var country = IngestCommandTest.run("search", "--store", store, "--country", "Ukraine");
    assertOneLineAndHint(country, "search");
    assertThat(country.err()).contains("unknown country 'Ukraine' (did you mean UKR?); valid: ABW, AFG,")
        .contains(" WST");
    var export = IngestCommandTest.run("export", "--store", store, "--format", "csv", "--country", "UA");
    assertOneLineAndHint(export, "export");
    assertThat(export.err()).contains("(did you mean UKR?)");
  }

  @Test
  void typesAndCountriesIgnoreCase() throws Exception {
    var r = IngestCommandTest.run("search", "--store", store, "--json", "--type", "mobilize", "--country", "rus");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Json.MAPPER.readTree(r.out()).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void datesTakeAYearAMonthOrADay() throws Exception {
    for (String[] range : new String[][] {{"2025", "2025"}, {"2025-03", "2025-03"}, {"2025-03-12", "2025-03-12"}}) {
      var r = IngestCommandTest.run("search", "--store", store, "--json", "--kind", "statement",
          "--from", range[0], "--to", range[1]);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Json.MAPPER.readTree(r.out()).get("total").asInt()).as(range[0]).isEqualTo(8);
    }
    var before = IngestCommandTest.run("search", "--store", store, "--json", "--to", "2025-02");
    assertThat(Json.MAPPER.readTree(before.out()).get("total").asInt()).isZero();
    var after = IngestCommandTest.run("search", "--store", store, "--json", "--from", "2026");
    assertThat(Json.MAPPER.readTree(after.out()).get("total").asInt()).isZero();
    var bad = IngestCommandTest.run("search", "--store", store, "--from", "2020x");
    assertOneLineAndHint(bad, "search");
    assertThat(bad.err()).contains("'2020x' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
    var timeline = IngestCommandTest.run("timeline", "--store", store, "Lavrov", "--from", "2025-03",
        "--to", "2025");
    assertThat(timeline.exit()).as(timeline.err()).isZero();
    assertThat(timeline.out()).startsWith("Lavrov: 5 statements, ");
  }

  @Test
  void sizeZeroGivesTheTotalAndFacetsOnly() throws Exception {
    var json = Json.MAPPER.readTree(IngestCommandTest.run("search", "--store", store, "--json", "--size", "0",
        "--kind", "event").out());
    assertThat(json.get("total").asInt()).isEqualTo(6);
    assertThat(json.get("hits")).isEmpty();
    assertThat(json.get("facets").get("type")).isNotEmpty();
    var text = IngestCommandTest.run("search", "--store", store, "--size", "0", "--kind", "event");
    assertThat(text.out()).startsWith("6 hits (events); 6 stories with 6 mentions\n").contains("\ntype: ")
        .doesNotContain("1. event");
    assertOneLineAndHint(IngestCommandTest.run("search", "--store", store, "--size", "-1"), "search");
  }

  @Test
  void unknownOptionsAreOneLineToo() {
    var r = IngestCommandTest.run("search", "--store", store, "--sise", "3");
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).startsWith("dossier: Unknown option: '--sise'").contains("Try 'dossier search --help'.")
        .doesNotContain("Usage:");
  }
}
