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

/** {@code dossier eval --stories} on a hand-made set of clusters over two reports of Sanders leaving the race. */
class StoryEvalCommandTest {
  private static final String WN = "eval/stories/articles/wn-2020-04-10-bernie-sanders-ends-2020-us-presidential-bid.txt";
  private static final String RW = "eval/stories/articles/rw-2020-04-11-sanders-quits-democratic-race.txt";
  private static final String CLUSTERS = """
      {"clusters": [
       {"id": "sanders-ends-bid", "split": "tune", "kind": "event", "type": "RETREAT", "note": "two reports",
        "mentions": [{"file": "%1$s", "evidence": "Bernie Sanders ended his bid for the Democratic Party's nomination"},
                     {"file": "%2$s", "evidence": "Bernie Sanders suspended his campaign for the Democratic presidential nomination"}]},
       {"id": "decision-lightly", "split": "tune", "kind": "statement", "type": null, "note": "one quote, two outlets",
        "mentions": [{"file": "%1$s", "evidence": "I do not make this decision lightly"},
                     {"file": "%2$s", "evidence": "I do not make this decision lightly,"}]},
       {"id": "sanders-2016", "split": "test", "kind": "event", "type": "RETREAT", "note": "a test cluster",
        "mentions": [{"file": "%2$s", "evidence": "he lost to Hillary Clinton in 2016"}]}]}
      """.formatted(WN, RW);
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

  private static ExtractCommandTest.Run eval(Path dir, String... flags) throws Exception {
    Path clusters = Files.writeString(dir.resolve("clusters.json"), CLUSTERS);
    String[] args = new String[6 + flags.length];
    System.arraycopy(new String[] {"eval", "--stories", "--clusters", clusters.toString(), "--threads", "1"}, 0,
        args, 0, 6);
    System.arraycopy(flags, 0, args, 6, flags.length);
    return ExtractCommandTest.run(args);
  }

  @Test
  void printsTheScoresOfEachSplitAsJson(@TempDir Path dir) throws Exception {
    ExtractCommandTest.Run r = eval(dir, "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = Json.MAPPER.readTree(r.out()).path("stories");
    JsonNode tune = stories.path("tune");
    assertThat(tune.path("articles").asInt()).isEqualTo(2);
    assertThat(tune.path("events").path("mentions").asInt()).isEqualTo(2);
    assertThat(tune.path("statements").path("mentions").asInt()).isEqualTo(2);
    // the quote is found in both articles and is one pair of mentions in different articles
    assertThat(tune.path("statements").path("matched").asInt()).isEqualTo(2);
    assertThat(tune.path("statements").path("pairwise").path("goldMerged").asInt()).isEqualTo(1);
    assertThat(tune.path("events").path("bcubed").has("f1")).isTrue();
    assertThat(stories.path("test").path("articles").asInt()).isEqualTo(1);
  }

  @Test
  void verboseListsTheTuneClustersOnly(@TempDir Path dir) throws Exception {
    ExtractCommandTest.Run r = eval(dir, "-v");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("== stories, tune (2 articles").contains("sanders-ends-bid")
        .contains("decision-lightly").contains("pairwise P").contains("B-cubed")
        .doesNotContain("sanders-2016").contains("(the test split is scored, never listed cluster by cluster)");
  }

  @Test
  void anUnknownKeyInTheClustersIsAClearError(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), CLUSTERS.replace("\"note\"", "\"comment\""));
    ExtractCommandTest.Run r = ExtractCommandTest.run("eval", "--stories", "--clusters", bad.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("bad story gold").contains("comment");
  }
}
