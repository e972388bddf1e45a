package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.DossierRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchTest {
  @Test
  void copiesAreNewArticlesWithTheSameFacts() {
    DossierRecord example = Extracted.example();
    DossierRecord copy = SearchBench.copy(example, 9);
    assertThat(copy.id()).isEqualTo(example.id() + "-9");
    assertThat(copy.published()).isEqualTo(example.published().minusDays(9));
    assertThat(copy.outlet()).isEqualTo("Wikinews");
    assertThat(copy.statements()).isEqualTo(example.statements());
  }

  @Test
  void theWorkloadIsMixedDeterministicAndFindsThings(@TempDir Path dir) throws Exception {
    List<DossierRecord> records = Extracted.records();
    List<Filters> workload = SearchBench.workload(records, 70, 7);
    assertThat(workload).isEqualTo(SearchBench.workload(records, 70, 7));
    assertThat(workload).anyMatch(f -> f.speaker() != null).anyMatch(f -> f.type() != null)
        .anyMatch(f -> f.query() == null).anyMatch(f -> f.kind() == Filters.Kind.ARTICLE);
    try (Store store = Store.open(dir)) {
      records.forEach(store::put);
      store.commit(List.of());
      Search search = new Search(store);
      long found = workload.stream().filter(f -> search.find(f, 1, 10).total() > 0).count();
      assertThat(found).as("searches with hits even on 17 articles").isGreaterThan(20);
      SearchBench.Latency latency = SearchBench.measure(search, workload, 10);
      assertThat(latency.searches()).isEqualTo(70);
      assertThat(latency.withHits()).isEqualTo((int) found);
      assertThat(latency.p50()).isPositive().isLessThanOrEqualTo(latency.p99());
      assertThat(latency.p99()).isLessThanOrEqualTo(latency.max());
    }
  }

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (i + 1) * 1_000_000L;
    }
    assertThat(SearchBench.percentile(nanos, 0.50)).isEqualTo(50.0);
    assertThat(SearchBench.percentile(nanos, 0.99)).isEqualTo(99.0);
  }
}
