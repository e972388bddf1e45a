package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.store.Filters.Kind;
import org.dossier.store.Timeline.Bucket;
import org.dossier.store.Timeline.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timelines over a store of the 17 bundled articles. */
class TimelineTest {
  @TempDir
  static Path dir;
  static Store store;

  @BeforeAll
  static void ingest() throws Exception {
    store = Store.open(dir);
    try (Ingest ingest = new Ingest(store, 100)) {
      Extracted.records().forEach(ingest::add);
    }
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  @Test
  void lavrovsStatementsAndEventsInDateOrderWithMonthlyCounts() {
    Timeline t = Timeline.of(store, "Lavrov", Filters.NONE, Period.MONTH, 100);
    assertThat(t.statements()).isEqualTo(5);
    assertThat(t.events()).isEqualTo(1);
    assertThat(t.buckets()).containsExactly(new Bucket("2025-03", LocalDate.of(2025, 3, 1), 5, 1));
    assertThat(t.entries()).hasSize(6).extracting(Hit::kind).containsOnly(Kind.STATEMENT, Kind.EVENT);
    assertThat(t.entries()).filteredOn(h -> h.kind() == Kind.EVENT)
        .extracting(h -> h.event().type() + " " + h.event().target().name()).containsExactly("CONSULT Mario Naufal");
  }

  @Test
  void aTopicKeepsOnlyWhatIsAboutIt() {
    Timeline t = Timeline.of(store, "Sergey Lavrov", Filters.text("peacekeepers"), Period.MONTH, 100);
    assertThat(t.topic()).isEqualTo("peacekeepers");
    assertThat(t.statements()).isEqualTo(1);
    assertThat(t.events()).isZero();
    assertThat(t.entries()).extracting(Hit::id).containsExactly("s5");
  }

  @Test
  void weeksFollowIsoWeekYearsAndEventsCountWhenTheyHappened() {
    Timeline t = Timeline.of(store, "PRK", Filters.NONE, Period.WEEK, 100);
    assertThat(t.events()).isEqualTo(2);
    // the troop transfer happened "from January to February" (2025-01-01, a Wednesday of ISO week 2025-W01)
    assertThat(t.buckets()).containsExactly(
        new Bucket("2025-W01", LocalDate.of(2024, 12, 30), 0, 1),
        new Bucket("2025-W11", LocalDate.of(2025, 3, 10), 0, 1));
    assertThat(t.entries()).extracting(Hit::id).containsExactly("v6", "v5");
  }

  @Test
  void theLimitCutsEntriesButNotCounts() {
    Timeline t = Timeline.of(store, "RUS", Filters.NONE, Period.MONTH, 2);
    assertThat(t.entries()).hasSize(2);
    assertThat(t.statements() + t.events()).isGreaterThan(2);
    assertThat(t.buckets().stream().mapToLong(Bucket::total).sum()).isEqualTo(t.statements() + t.events());
  }
}
