package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.eval.EntityScore;
import org.dossier.eval.Gold;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier extract} end to end on real articles. */
class ExtractCommandTest {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));
  static final Path EXAMPLE = ROOT.resolve("examples/unn-2025-03-12-lavrov.txt");

  record Run(int exit, String out, String err) {
    List<DossierRecord> records() {
      List<DossierRecord> out = new ArrayList<>();
      for (String line : this.out.split("\n")) {
        if (!line.isBlank()) {
          out.add(Json.read(line));
        }
      }
      return out;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theExampleArticleHasEveryGoldEntityWithItsCode() throws Exception {
    Run r = run("extract", "--threads", "1", EXAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<DossierRecord> records = r.records();
    assertThat(records).hasSize(1);
    DossierRecord rec = records.get(0);
    assertThat(rec.published()).hasToString("2025-03-12");
    assertThat(rec.outlet()).isEqualTo("UNN");
    assertThat(rec.dateline()).isEqualTo("Kyiv");
    assertThat(rec.text()).startsWith("\"Under no circumstances\": Lavrov opposes");
    Gold gold = Gold.read(ROOT.resolve("eval/gold/tune/unn-2025-03-12-lavrov.json"));
    List<EntityScore.Outcome> outcomes = EntityScore.score(gold.entities(), rec.entities());
    assertThat(outcomes).allSatisfy(o -> assertThat(o.codeRight()).as(o.toString()).isTrue());
    for (Entity e : rec.entities()) {
      e.mentions().forEach(m -> assertThat(rec.text().substring(m.start(), m.end())).isEqualTo(m.text()));
    }
  }

  @Test
  void resolutionGroupsMentionsAndKnowsRoles() {
    DossierRecord rec = run("extract", EXAMPLE.toString()).records().get(0);
    Entity lavrov = entity(rec, "Sergey Lavrov");
    assertThat(lavrov.actor()).isEqualTo("RUSGOV");
    assertThat(lavrov.role()).isEqualTo("Foreign Minister");
    assertThat(lavrov.mentions()).extracting(m -> m.text())
        .contains("Sergei Lavrov", "Sergey Lavrov", "Lavrov", "He", "him");
    assertThat(entity(rec, "Russia").mentions()).extracting(m -> m.text()).contains("Russian Federation");
    assertThat(entity(rec, "Russia").type()).isEqualTo("COUNTRY");
    assertThat(entity(rec, "North Korean soldiers").actor()).isEqualTo("PRKMIL");
    assertThat(entity(rec, "Marco Rubio").role()).isEqualTo("Secretary of State");
    assertThat(entity(rec, "Donald Trump").actor()).isEqualTo("USAGOV");
    assertThat(entity(rec, "Larry Johnson").actor()).isEqualTo("USAMED");
  }

  private static Entity entity(DossierRecord rec, String name) {
    return rec.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + rec.entities()));
  }

  @Test
  void prettyPrintsForHumans() {
    Run r = run("extract", "--pretty", EXAMPLE.toString());
    assertThat(r.out()).contains("\n  \"entities\" : [");
  }

  @Test
  void textFormatSummarisesEachArticleForAPerson() {
    Run r = run("extract", "--format", "text", "--event-model", "off", EXAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("\"Under no circumstances\": Lavrov opposes")
        .contains("\nUNN · Kyiv · 2025-03-12 · ")
        .contains("\nWho said what\n  Sergey Lavrov (RUSGOV) [s")
        .contains("Donald Trump (USAGOV) [s6 say, indirect, reported in s5]: “it was too early to talk about it")
        .contains("\nWhat happened\n")
        .contains("MOBILIZE/troops [v6]: North Korean soldiers (PRKMIL), alleged in s8; when 2025-01-01 to "
            + "2025-02-28 (\"from January to February\"); where Kursk region, Kursk Oblast, RUS; 1000–3000 soldiers")
        .doesNotContain("\"entities\"");
    assertThat(r.err()).contains("dossier: 1 article extracted, 0 duplicates skipped, 0 bad items skipped");
    Run bad = run("extract", "--format", "xml", EXAMPLE.toString());
    assertThat(bad.exit()).isEqualTo(Main.FAILED);
    assertThat(bad.err()).contains("json or text").contains("Try 'dossier extract --help'.")
        .doesNotContain("Usage:");
  }

  @Test
  void aBatchWithBadItemsKeepsTheGoodOnesAndExitsTwo(@TempDir Path dir) throws Exception {
    Files.copy(EXAMPLE, dir.resolve("a-good.txt"));
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.bin"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x00, 0x00});
    Files.writeString(dir.resolve("d-broken.jsonl"),
        "{\"title\": \"Fine\", \"text\": \"Kim Jong Un met Vladimir Putin in Moscow.\", \"published\": \"2024-06-19\"}\n"
            + "{\"title\": \"Cut off\", \"text\": \"The min\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("e-duplicate.txt"), Files.readString(EXAMPLE));
    Run r = run("extract", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.SKIPPED);
    assertThat(r.records()).extracting(DossierRecord::title)
        .containsExactly("\"Under no circumstances\": Lavrov opposes the possible introduction of a foreign "
            + "contingent into Ukraine", "Fine");
    assertThat(r.err()).contains("b-empty.txt: empty").contains("c-binary.bin: binary")
        .contains("d-broken.jsonl:2").contains("e-duplicate.txt");
    DossierRecord fine = r.records().get(1);
    assertThat(fine.entities()).extracting(Entity::name, Entity::actor)
        .contains(org.assertj.core.groups.Tuple.tuple("Kim Jong Un", "PRKGOV"),
            org.assertj.core.groups.Tuple.tuple("Vladimir Putin", "RUSGOV"));
  }

  @Test
  void readsStandardInput() {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "{\"title\": \"Talks\", \"text\": \"Zelensky met Donald Trump.\", \"published\": \"2025-02-28\"}\n"
              .getBytes(StandardCharsets.UTF_8)));
      Run r = run("extract", "-");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.records().get(0).entities()).extracting(Entity::actor).contains("UKRGOV", "USAGOV");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void userDictionariesAndLexiconsExtendTheBuiltInOnes(@TempDir Path dir) throws Exception {
    Path actors = Files.writeString(dir.resolve("mine.actors.txt"), "JANE_DOE_\n\t[GBRMED] # Columnist\n");
    Path events = Files.writeString(dir.resolve("mine.events.txt"), "pound v ASSAULT mode=heavy-weapons\n");
    Path article = Files.writeString(dir.resolve("a.jsonl"), "{\"title\": \"Strikes\", \"published\": "
        + "\"2025-03-12\", \"text\": \"Russia pounded Kharkiv overnight, Jane Doe reported.\"}\n");
    DossierRecord plain = run("extract", "--event-model", "off", article.toString()).records().get(0);
    assertThat(plain.events()).isEmpty();
    DossierRecord extended = run("extract", "--actors", actors.toString(), "--events", events.toString(),
        article.toString()).records().get(0);
    assertThat(extended.entities()).extracting(Entity::name, Entity::actor, Entity::role)
        .contains(org.assertj.core.groups.Tuple.tuple("Jane Doe", "GBRMED", "Columnist"));
    assertThat(extended.events()).extracting(e -> e.type() + " " + e.mode() + " " + e.source().actor() + " -> "
        + e.target().actor()).containsExactly("ASSAULT heavy-weapons RUS -> UKR");
  }

  @Test
  void missingPathIsReportedNotFatal(@TempDir Path dir) {
    Run r = run("extract", dir.resolve("nope.txt").toString(), EXAMPLE.toString());
    assertThat(r.exit()).isEqualTo(Main.SKIPPED);
    assertThat(r.records()).hasSize(1);
    assertThat(r.err()).contains("nope.txt");
  }
}
