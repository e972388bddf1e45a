package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier ingest} end to end: the real pipeline into a real store. */
class IngestCommandTest {
  static final Path ROOT = ExtractCommandTest.ROOT;
  static final Path EXAMPLE = ExtractCommandTest.EXAMPLE;

  static ExtractCommandTest.Run run(String... args) {
    return ExtractCommandTest.run(args);
  }

  @Test
  void ingestsGoodArticlesReportsBadOnesAndARerunChangesNothing(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(EXAMPLE, input.resolve("a-example.txt"));
    Files.writeString(input.resolve("b-empty.txt"), "");
    Files.writeString(input.resolve("c-same.txt"), Files.readString(EXAMPLE));
    Path store = tmp.resolve("store");
    String wikinews = ROOT.resolve("eval/wikinews").toString();

    var first = run("ingest", "--store", store.toString(), "--batch", "4", input.toString(), wikinews);
    assertThat(first.exit()).as(first.err()).isEqualTo(Main.SKIPPED);
    assertThat(first.err()).as("no terminal: progress lines, the last one of all items")
        .containsSubsequence("dossier: loading models…", "dossier: models loaded in ", "dossier: ingest ",
            "19/19 articles (", " articles/s\n", "dossier: 17 articles: ");
    assertThat(first.err())
        .contains("dossier: skipped " + input.resolve("b-empty.txt") + ": empty")
        .contains("c-same.txt: skipped: duplicate of 06461717b0e1568c")
        .contains("dossier: 17 articles: 17 added, 0 updated, 0 unchanged; skipped 2 (1 duplicate, 1 empty); "
            + store + " now holds 17 articles, ")
        .contains("(5 commits)");
    Store.Counts counts;
    try (Store s = Store.openReadOnly(store)) {
      counts = s.counts();
      assertThat(counts.articles()).isEqualTo(17);
      assertThat(s.lastCommit().articles()).hasSize(1);
    }

    var again = run("ingest", "--store", store.toString(), input.toString(), wikinews);
    assertThat(again.exit()).as(again.err()).isEqualTo(Main.SKIPPED);
    assertThat(again.err()).contains(store + " holds 17 articles; last commit #5")
        .contains("17 articles: 0 added, 0 updated, 17 unchanged; skipped 2 (1 duplicate, 1 empty); ")
        .contains("(0 commits)")
        .as("nothing to analyse: the models never load").doesNotContain("loading models");
    try (Store s = Store.openReadOnly(store)) {
      assertThat(s.counts()).isEqualTo(counts);
    }

    Path copies = Files.createDirectories(tmp.resolve("copies"));
    Files.copy(EXAMPLE, copies.resolve("moved.txt"));
    var copy = run("ingest", "--store", store.toString(), copies.toString());
    assertThat(copy.exit()).as(copy.err()).isEqualTo(Main.SKIPPED);
    assertThat(copy.err())
        .contains("moved.txt: skipped: duplicate of 06461717b0e1568c (stored from " + input.resolve("a-example.txt"))
        .contains("0 articles: 0 added, 0 updated, 0 unchanged; skipped 1 (1 duplicate)");
    try (Store s = Store.openReadOnly(store)) {
      assertThat(s.get("06461717b0e1568c").orElseThrow().source().path())
          .as("the stored article keeps its source").isEqualTo(input.resolve("a-example.txt").toString());
    }
  }

  @Test
  void missingPathsAndEmptyFoldersAreFoundBeforeTheModelsLoad(@TempDir Path tmp) throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty/sub"));
    Files.writeString(empty.resolve(".hidden"), "not read");
    Path store = tmp.resolve("store");
    var nothing = run("ingest", "--store", store.toString(), tmp.resolve("nope.txt").toString(),
        tmp.resolve("empty").toString());
    assertThat(nothing.exit()).isEqualTo(Main.FAILED);
    assertThat(nothing.err()).isEqualTo("dossier: skipped " + tmp.resolve("nope.txt") + ": not found\n"
        + "dossier: warning: " + tmp.resolve("empty") + " holds no files to read\n"
        + "dossier: nothing to ingest\n");
    assertThat(store).doesNotExist();

    var some = run("ingest", "--store", store.toString(), tmp.resolve("nope.txt").toString(), EXAMPLE.toString());
    assertThat(some.exit()).as(some.err()).isEqualTo(Main.SKIPPED);
    assertThat(some.err()).startsWith("dossier: skipped " + tmp.resolve("nope.txt") + ": not found\n")
        .contains("1 articles: 1 added, 0 updated, 0 unchanged; skipped 1 (1 not found)");
  }

  @Test
  void anArticleExtractedDifferentlyIsReplaced(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    Path actors = Files.writeString(tmp.resolve("mine.actors.txt"), "LARRY_JOHNSON_\n\t[GBRMED] # Columnist\n");
    assertThat(run("ingest", "--store", store.toString(), EXAMPLE.toString()).exit()).isZero();
    var changed = run("ingest", "--store", store.toString(), "--actors", actors.toString(), EXAMPLE.toString());
    assertThat(changed.err()).contains("1 articles: 0 added, 1 updated, 0 unchanged");
    try (Store s = Store.openReadOnly(store)) {
      assertThat(s.counts().articles()).isEqualTo(1);
      assertThat(s.get("06461717b0e1568c").orElseThrow().entities())
          .anySatisfy(e -> assertThat(e.name() + " " + e.actor()).isEqualTo("Larry Johnson GBRMED"));
    }
  }

  @Test
  void skipReasonsAreGroupedByKind() {
    assertThat(IngestCommand.category("skipped: duplicate of 1a2b (x.txt)")).isEqualTo("duplicate");
    assertThat(IngestCommand.category("skipped: near duplicate (93% alike) of 1a2b (x.txt)"))
        .isEqualTo("near duplicate");
    assertThat(IngestCommand.category("too large: 6 MB of text, limit 5 MB")).isEqualTo("too large");
    assertThat(IngestCommand.category("binary")).isEqualTo("binary");
  }
}
