package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process that is ingesting (SIGKILL, no shutdown hooks) and checks what the store shows
 * afterwards: whole committed batches only, no article with part of its statements or events, and a rerun that
 * completes without duplicates.
 */
class CrashTest {
  @TempDir
  Path tmp;

  @Test
  void aKillInTheMiddleOfABatchLeavesOnlyTheCommittedBatchAndARerunCompletes() throws Exception {
    List<DossierRecord> records = Extracted.records();
    Path dir = tmp.resolve("store");
    Process child = start(dir, "5", "hang", "7");
    try {
      assertThat(awaitLine(child, "HALF-WRITTEN")).isEqualTo("HALF-WRITTEN 2");
      assertThat(uncommittedFiles(dir)).as("the open batch is on disk, uncommitted").isNotEmpty();
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> firstBatch = records.subList(0, 5).stream().map(DossierRecord::id).toList();
    try (Store store = Store.openReadOnly(dir)) {
      assertThat(store.lastCommit().articles()).containsExactlyElementsOf(firstBatch);
      assertThat(store.counts().articles()).isEqualTo(5);
      assertWhole(store, records.subList(0, 5));
      assertThat(store.get(records.get(5).id())).isEmpty();
    }
    try (Store store = Store.open(dir); Ingest rerun = new Ingest(store, 5)) {
      records.forEach(rerun::add);
      rerun.commit();
      assertThat(rerun.tally()).isEqualTo(new Ingest.Tally(12, 0, 5, 3));
      assertThat(store.counts()).isEqualTo(new Store.Counts(17, Extracted.statements(), Extracted.events()));
      assertWhole(store, records);
    }
  }

  @Test
  void aKillAtAnyMomentOfAContinuousIngestShowsOnlyWholeBatches() throws Exception {
    Path dir = tmp.resolve("store");
    Process child = start(dir, "10", "loop");
    try {
      awaitLine(child, "COMMITTED 3");
      Thread.sleep(ThreadLocalRandom.current().nextInt(300));
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    Map<String, DossierRecord> originals = StoreTest.byId(Extracted.records());
    try (Store store = Store.openReadOnly(dir)) {
      long articles = store.counts().articles();
      assertThat(articles).isGreaterThanOrEqualTo(30).isEqualTo(10 * store.lastCommit().sequence());
      List<DossierRecord> visible = new ArrayList<>();
      new Search(store).forEach(Filters.NONE.withKind(Kind.ARTICLE), h -> visible.add(
          copy(originals.get(h.article().id().substring(0, h.article().id().indexOf('-'))),
              Integer.parseInt(h.article().id().substring(h.article().id().indexOf('-') + 1)))));
      assertThat(visible).hasSize((int) articles);
      assertWhole(store, visible);
    }
  }

  /** A record under a new id, as if another article said the same. */
  static DossierRecord copy(DossierRecord r, int n) {
    return new DossierRecord(r.id() + "-" + n, r.title(), r.published(), r.outlet(), r.dateline(), r.language(),
        r.source(), r.text(), r.entities(), r.statements(), r.events());
  }

  /** Each record is in the store once, with exactly its statements and events. */
  private static void assertWhole(Store store, List<DossierRecord> records) {
    for (DossierRecord r : records) {
      assertThat(count(store, r.id(), Kind.ARTICLE)).as(r.id()).isEqualTo(1);
      assertThat(count(store, r.id(), Kind.STATEMENT)).as(r.id()).isEqualTo(r.statements().size());
      assertThat(count(store, r.id(), Kind.EVENT)).as(r.id()).isEqualTo(r.events().size());
    }
    assertThat(store.counts().statements())
        .isEqualTo(records.stream().mapToLong(r -> r.statements().size()).sum());
  }

  private static int count(Store store, String articleId, Kind kind) {
    return store.read(s -> s.count(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ARTICLE, articleId)), Occur.FILTER)
        .add(Store.kindQuery(kind), Occur.FILTER).build()));
  }

  private Process start(Path dir, String... args) throws Exception {
    Path jsonl = Extracted.writeJsonLines(tmp.resolve("records.jsonl"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), IngestThenHang.class.getName(),
        dir.toString(), jsonl.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Reads the child's output until a line starts with {@code prefix}; fails if the child ends first. */
  private static String awaitLine(Process child, String prefix) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("the child ended (exit " + child.waitFor() + ") before printing " + prefix);
  }

  /** Index files on disk that the last commit does not reference. */
  private static List<String> uncommittedFiles(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); Stream<Path> files = Files.list(dir)) {
      var committed = SegmentInfos.readLatestCommit(d).files(true);
      return files.map(p -> p.getFileName().toString())
          .filter(f -> !committed.contains(f) && !f.equals("write.lock"))
          .collect(Collectors.toList());
    }
  }
}
