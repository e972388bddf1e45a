package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.DossierRecord;
import org.dossier.read.Problem;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz test: {@code extract} and {@code ingest} over over a thousand hostile items ({@link HostileCorpus})
 * mixed with twenty good articles keep every good article, give a reason line for every bad item, and print no
 * stack trace. The timeout guards against hangs only.
 */
class HostileInputTest {
  static final long SEED = 15;
  static final int HOSTILE = 1_000;

  @TempDir
  Path tmp;

  static List<Path> goodArticles() throws IOException {
    Path root = ExtractCommandTest.ROOT;
    try (Stream<Path> wikinews = Files.list(root.resolve("eval/wikinews"));
        Stream<Path> wn2019 = Files.list(root.resolve("eval/wikinews-2019"))) {
      List<Path> first = wikinews.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Path> more = wn2019.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20 - first.size()).toList();
      return Stream.concat(first.stream(), more.stream()).toList();
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void extractAndIngestKeepEveryGoodArticleAndGiveAReasonForEveryBadItem() throws IOException {
    HostileCorpus.Corpus c = HostileCorpus.write(tmp, SEED, HOSTILE, goodArticles());
    assertThat(c.good()).hasSize(20);
    assertThat(c.bad()).hasSizeGreaterThanOrEqualTo(HOSTILE);

    long start = System.nanoTime();
    ExtractCommandTest.Run extract = ExtractCommandTest.run("extract", "--threads", "2", "--event-model", "off",
        c.input().toString());
    long extractSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    Set<String> extracted = extract.records().stream().map(r -> r.source().path()).collect(Collectors.toSet());
    assertThat(extract.exit()).as(head(extract.err())).isEqualTo(Main.SKIPPED);
    assertThat(extracted).containsAll(c.good().stream().map(Path::toString).toList());
    assertEveryBadItemHasAReason(c, extract.err(), extracted);

    start = System.nanoTime();
    Path store = tmp.resolve("store");
    ExtractCommandTest.Run ingest = ExtractCommandTest.run("ingest", "--store", store.toString(), "--threads", "2",
        "--event-model", "off", c.input().toString());
    long ingestSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(ingest.exit()).as(head(ingest.err())).isEqualTo(Main.SKIPPED);
    assertEveryBadItemHasAReason(c, ingest.err(), extracted);
    try (Store s = Store.openReadOnly(store)) {
      assertThat(s.counts().articles()).isEqualTo(extract.records().size());
    }
    long skipLines = extract.err().lines().filter(l -> l.startsWith("dossier: skipped ")).count();
    System.out.printf("hostile corpus: %d bad items + %d reaching analysis + %d good articles; extract: %d records, "
            + "%d skip lines, %d s; ingest: %d s%n", c.bad().size(), c.analysed().size(), c.good().size(),
        extract.records().size(), skipLines, extractSeconds, ingestSeconds);
  }

  private static void assertEveryBadItemHasAReason(HostileCorpus.Corpus c, String err, Set<String> records) {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by")
        .doesNotContain("java.lang.");
    Set<String> skipped = err.lines().filter(l -> l.startsWith("dossier: skipped ")).collect(Collectors.toSet());
    for (Path bad : c.bad()) {
      String name = "dossier: skipped " + Problem.escape(bad.toString());
      assertThat(skipped).as("a reason for " + name).anyMatch(l -> l.startsWith(name));
      assertThat(records).noneMatch(r -> r.startsWith(bad.toString()));
    }
    for (Path hostile : c.analysed()) {
      String name = "dossier: skipped " + hostile;
      assertThat(records.contains(hostile.toString()) || skipped.stream().anyMatch(l -> l.startsWith(name)))
          .as("a record or a reason for " + hostile).isTrue();
    }
    // no raw control character reaches the terminal
    assertThat(err.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\r')).isEmpty();
  }

  private static String head(String err) {
    return err.length() < 3000 ? err : err.substring(0, 3000) + "…";
  }
}
