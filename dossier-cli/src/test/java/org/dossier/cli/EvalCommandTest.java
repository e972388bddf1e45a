package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier eval} on a folder holding the example's gold file. */
class EvalCommandTest {
  private static final Path GOLD = ExtractCommandTest.ROOT.resolve("eval/gold/tune/unn-2025-03-12-lavrov.json");
  private static String home;

  @BeforeAll
  static void articlesResolveAgainstTheRepo() {
    home = System.getProperty("dossier.home");
    System.setProperty("dossier.home", ExtractCommandTest.ROOT.toString());
  }

  @AfterAll
  static void restoreHome() {
    if (home == null) {
      System.clearProperty("dossier.home");
    } else {
      System.setProperty("dossier.home", home);
    }
  }

  /** Runs eval with {@code flag} on a folder holding only the example's gold file. */
  private static String eval(Path dir, String flag) throws Exception {
    Files.copy(GOLD, dir.resolve(GOLD.getFileName()));
    ExtractCommandTest.Run r = ExtractCommandTest.run("eval", "--threads", "1", "--gold", dir.toString(),
        "--plover", "none", flag);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void printsEveryScoreAsJson(@TempDir Path dir) throws Exception {
    String out = eval(dir, "--json");
    JsonNode set = Json.MAPPER.readTree(out).path(dir.getFileName().toString());
    assertThat(set.path("files").asInt()).isEqualTo(1);
    assertThat(set.path("statements").path("gold").asInt()).isEqualTo(6);
    assertThat(set.path("statements").path("f1").asDouble()).isGreaterThan(0.8);
    assertThat(set.path("entities").path("countryAccuracy").asDouble()).isGreaterThan(0.8);
    assertThat(set.path("eventTypes").has("MOBILIZE")).isTrue();
    assertThat(set.path("eventAttributes").path("quantity").get(1).asInt()).isPositive();
  }

  @Test
  void verboseListsTheRecordsOfAGoldFolder(@TempDir Path dir) throws Exception {
    assertThat(eval(dir, "-v")).contains("== " + dir.getFileName() + " (1 files)").contains("event ok   MOBILIZE")
        .contains("sector");
  }

  @Test
  void rulesAreTalliedForJudgingTriggerLinesButNeverOnTest(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.tsv");
    Path gold = Files.createDirectory(dir.resolve("gold"));
    eval(gold, "--rules=" + rules);
    // the example's transferred soldiers are a MOBILIZE the gold holds: one match, one prediction
    assertThat(Files.readAllLines(rules)).contains("lexicon:verb:transfer\t1\t1");
    ExtractCommandTest.Run test = ExtractCommandTest.run("eval", "--split", "test", "--rules", rules.toString());
    assertThat(test.exit()).isNotZero();
    assertThat(test.err()).contains("never on test");
  }
}
