package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.store.Filters.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the real records of the bundled articles. */
class StoreTest {
  @TempDir
  Path dir;

  @Test
  void aRecordComesBackAsItWasPut() throws Exception {
    DossierRecord example = Extracted.example();
    try (Store store = Store.open(dir)) {
      assertThat(store.put(example)).isEqualTo(Store.Outcome.ADDED);
      store.commit(List.of(example.id()));
      assertThat(store.get(example.id())).contains(example);
      assertThat(store.get("nope")).isEmpty();
      assertThat(store.counts()).isEqualTo(new Store.Counts(1, 8, 6));
    }
  }

  @Test
  void reIngestingChangesNothingAndAChangedRecordReplacesItsBlock() throws Exception {
    List<DossierRecord> records = Extracted.records();
    Store.Counts all = new Store.Counts(17, Extracted.statements(), Extracted.events());
    try (Store store = Store.open(dir)) {
      records.forEach(store::put);
      store.commit(List.of());
      assertThat(store.counts()).isEqualTo(all);
    }
    try (Store store = Store.open(dir)) {
      for (DossierRecord r : records) {
        assertThat(store.put(r)).isEqualTo(Store.Outcome.UNCHANGED);
      }
      DossierRecord example = Extracted.example();
      DossierRecord fewer = new DossierRecord(example.id(), example.title(), example.published(), example.outlet(),
          example.dateline(), example.language(), example.source(), example.text(), example.entities(),
          example.statements().subList(0, 2), example.events());
      assertThat(store.put(fewer)).isEqualTo(Store.Outcome.UPDATED);
      assertThat(store.put(fewer)).as("same record again before the commit").isEqualTo(Store.Outcome.UNCHANGED);
      store.commit(List.of(example.id()));
      assertThat(store.counts()).isEqualTo(new Store.Counts(17, all.statements() - 6, all.events()));
      assertThat(store.get(example.id()).orElseThrow().statements()).hasSize(2);
    }
  }

  @Test
  void onlyCommittedWritesSurviveAndReadersSeeCommitsAfterRefresh() throws Exception {
    List<DossierRecord> records = Extracted.records();
    try (Store store = Store.open(dir)) {
      store.put(records.get(0));
      store.put(records.get(1));
      store.commit(List.of(records.get(0).id(), records.get(1).id()));
      try (Store reader = Store.openReadOnly(dir)) {
        assertThat(reader.counts().articles()).isEqualTo(2);
        store.put(records.get(2));
        store.commit(List.of(records.get(2).id()));
        assertThat(reader.counts().articles()).as("before refresh").isEqualTo(2);
        reader.refresh();
        assertThat(reader.counts().articles()).isEqualTo(3);
        assertThat(reader.lastCommit().articles()).containsExactly(records.get(2).id());
        assertThatThrownBy(() -> reader.put(records.get(3))).isInstanceOf(IllegalStateException.class);
      }
      store.put(records.get(3)); // never committed
    }
    try (Store store = Store.openReadOnly(dir)) {
      assertThat(store.counts().articles()).isEqualTo(3);
      assertThat(store.get(records.get(3).id())).isEmpty();
      CommitInfo last = store.lastCommit();
      assertThat(last.sequence()).isEqualTo(2);
      assertThat(last.articles()).containsExactly(records.get(2).id());
      assertThat(last.time()).isNotNull();
    }
  }

  @Test
  void putsFromManyThreadsWithCommitsInBetweenStoreEachArticleOnce() throws Exception {
    List<DossierRecord> records = Extracted.records();
    try (Store store = Store.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Store.Outcome>> outcomes = new ArrayList<>();
      for (int copy = 0; copy < 6; copy++) {
        for (DossierRecord r : records) {
          DossierRecord c = SearchBench.copy(r, copy % 3); // each article put twice
          outcomes.add(pool.submit(() -> store.put(c)));
        }
        pool.submit(() -> store.commit(List.of()));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      store.commit(List.of());
      long written = 0;
      for (Future<Store.Outcome> f : outcomes) {
        written += f.get() == Store.Outcome.UNCHANGED ? 0 : 1;
      }
      assertThat(written).isBetween(51L, 102L);
      assertThat(store.counts()).isEqualTo(new Store.Counts(51, 3 * Extracted.statements(), 3 * Extracted.events()));
    }
  }

  @Test
  void aFolderWithoutAStoreIsNotOpenedForReading() {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("none"))).isInstanceOf(MissingStoreException.class)
        .hasMessageContaining("run dossier ingest first");
    assertThatThrownBy(() -> Store.openReadOnly(dir)).isInstanceOf(MissingStoreException.class);
  }

  @Test
  void onlyOneProcessOrStoreWritesAtATime() throws Exception {
    try (Store store = Store.open(dir)) {
      assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(org.apache.lucene.store.LockObtainFailedException.class);
    }
  }

  @Test
  void facetsCountTypesCountriesAndOutlets() throws Exception {
    List<DossierRecord> records = Extracted.records();
    try (Store store = Store.open(dir); Ingest ingest = new Ingest(store, 100)) {
      records.forEach(ingest::add);
      ingest.commit();
      Map<String, Long> expected = records.stream().flatMap(r -> r.events().stream())
          .collect(Collectors.groupingBy(Event::type, Collectors.counting()));
      List<Facet.Count> types = store.facets(Filters.NONE, Facet.TYPE, 100);
      assertThat(types).hasSize(expected.size());
      types.forEach(c -> assertThat((long) c.count()).as(c.value()).isEqualTo(expected.get(c.value())));
      assertThat(types.get(0).count()).isGreaterThanOrEqualTo(types.get(types.size() - 1).count());
      assertThat(store.facets(Filters.NONE.withKind(Kind.ARTICLE), Facet.OUTLET, 5))
          .contains(new Facet.Count("Wikinews", 16), new Facet.Count("UNN", 1));
      List<Facet.Count> lavrov = store.facets(Filters.NONE.withSpeaker("Lavrov"), Facet.COUNTRY, 5);
      assertThat(lavrov).containsExactly(new Facet.Count("RUS", 5));
      List<Facet.Count> months = store.facets(Filters.NONE.withKind(Kind.ARTICLE), Facet.MONTH, 50);
      assertThat(months).contains(new Facet.Count("2025-03", 1));
      assertThat(months).extracting(Facet.Count::value).isSorted().doesNotHaveDuplicates();
      List<Facet.Count> latest = store.facets(Filters.NONE.withKind(Kind.ARTICLE), Facet.MONTH, 2);
      assertThat(latest).containsExactlyElementsOf(months.subList(months.size() - 2, months.size()));
    }
  }

  @Test
  void ingestCommitsPerBatchAndRecordsTheBatchInTheCommit() throws Exception {
    List<DossierRecord> records = Extracted.records();
    try (Store store = Store.open(dir)) {
      Ingest ingest = new Ingest(store, 5);
      records.forEach(ingest::add);
      assertThat(ingest.tally().commits()).isEqualTo(3);
      assertThat(ingest.uncommitted()).isEqualTo(2);
      assertThat(store.lastCommit().articles()).containsExactlyElementsOf(
          records.subList(10, 15).stream().map(DossierRecord::id).toList());
      ingest.close();
      assertThat(ingest.tally()).isEqualTo(new Ingest.Tally(17, 0, 0, 4));
      assertThat(store.lastCommit().articles()).hasSize(2);
    }
    try (Store store = Store.open(dir); Ingest again = new Ingest(store, 5)) {
      records.forEach(again::add);
      assertThat(again.tally()).isEqualTo(new Ingest.Tally(0, 0, 17, 0));
    }
  }

  @Test
  void recordsWithAMatchComeOutWholeOldestFirst() throws Exception {
    List<DossierRecord> records = Extracted.records();
    try (Store store = Store.open(dir)) {
      records.forEach(store::put);
      store.commit(List.of());
      List<DossierRecord> all = new ArrayList<>();
      Records.forEach(store, Filters.NONE, all::add);
      assertThat(all).hasSize(17).containsAll(records);
      assertThat(all).extracting(DossierRecord::published).isSorted();
      List<DossierRecord> lavrov = new ArrayList<>();
      Records.forEach(store, Filters.NONE.withSpeaker("Sergey Lavrov"), lavrov::add);
      assertThat(lavrov).containsExactly(Extracted.example());
    }
  }

  static Map<String, DossierRecord> byId(List<DossierRecord> records) {
    return records.stream().collect(Collectors.toMap(DossierRecord::id, Function.identity()));
  }
}
