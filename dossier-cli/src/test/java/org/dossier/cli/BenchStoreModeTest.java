package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dossier bench --store} on the example article, small enough for a test. */
class BenchStoreModeTest {
  @Test
  void reportsIngestOverheadStoreSizeAndSearchLatency() {
    var r = ExtractCommandTest.run("bench", "--store", "--rounds", "1", "--warmup", "0", "--store-articles", "200",
        "--searches", "100", "--threads", "2", "--event-model", "off", "--story-events", "4000",
        ExtractCommandTest.EXAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("ingest: 1 articles, 2 threads, mean of 1 rounds after 0 warm-up: extract alone [\\d.]+ "
            + "articles/s, extract \\+ store [\\d.]+ articles/s; store overhead -?[\\d.]+%")
        .containsPattern("store: 200 articles \\(1 extracted articles x 200 copies with new ids, dates and outlets\\), "
            + "1600 statements, 1200 events, indexed in [\\d.]+ s \\(\\d+ articles/s\\), [\\d.]+ MB on disk")
        .containsPattern("search: 100 mixed searches .* p50 [\\d.]+ ms, p99 [\\d.]+ ms, max [\\d.]+ ms")
        .containsPattern("without stories [\\d.]+ articles/s, so stories cost -?[\\d.]+%")
        .containsPattern("stories on these records \\(120 copies, 120 articles, 720 events, .*stories add -?[\\d.]+ ms "
            + "per article, -?[\\d.]+% of extract \\+ store")
        .containsPattern("stories: 1000 synthetic articles, 4000 events .* without [\\d.]+ events/s, with [\\d.]+ "
            + "events/s; stories cost -?[\\d.]+% of store ingest")
        .containsPattern("stories: \\d+ stories in a store of 4000 events")
        .containsPattern("stories: 1000 lookups by id .* p50 [\\d.]+ ms");
  }
}
