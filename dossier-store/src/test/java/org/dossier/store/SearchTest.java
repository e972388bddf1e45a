package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a store of the 17 bundled articles. */
class SearchTest {
  @TempDir
  static Path dir;
  static Store store;
  static Search search;

  @BeforeAll
  static void ingest() throws Exception {
    store = Store.open(dir);
    try (Ingest ingest = new Ingest(store, 100)) {
      Extracted.records().forEach(ingest::add);
    }
    search = new Search(store);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  static Filters filters(String query, String speaker, String actor, String type, Kind kind) {
    return new Filters(query, speaker, actor, type, null, null, null, kind, null);
  }

  @Test
  void wordsCanBeSortedByDateEitherWayOrByRelevance() {
    Filters says = filters("said", null, null, null, null);
    List<Hit> best = search.find(says, 1, 50, Search.Order.RELEVANCE).hits();
    List<Hit> newest = search.find(says, 1, 50, Search.Order.NEWEST).hits();
    List<Hit> oldest = search.find(says, 1, 50, Search.Order.OLDEST).hits();
    assertThat(best).hasSize(50).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
    assertThat(best.get(0).score()).isPositive();
    assertThat(newest).extracting(h -> h.article().published()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(newest.get(0).article().published()).isAfter(oldest.get(0).article().published());
    assertThat(oldest).extracting(Hit::date).isSorted();
    assertThat(newest).allSatisfy(h -> assertThat(h.score()).isZero());
    assertThat(Search.Order.of(null)).isEqualTo(Search.Order.RELEVANCE);
    assertThat(Search.Order.of("Oldest")).isEqualTo(Search.Order.OLDEST);
    assertThatThrownBy(() -> Search.Order.of("size")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lavrovOnPeacekeepersFindsHisStatementWithItsEvidenceAndSource() {
    Page page = search.find(filters("peacekeepers", "Lavrov", null, null, null), 1, 10);
    assertThat(page.total()).isEqualTo(1);
    Hit hit = page.hits().get(0);
    assertThat(hit.kind()).isEqualTo(Kind.STATEMENT);
    assertThat(hit.statement().speaker().name()).isEqualTo("Sergey Lavrov");
    assertThat(hit.text()).startsWith("Under no circumstances. No one talks to us").contains("as peacekeepers?");
    assertThat(hit.evidence()).isEqualTo(hit.text());
    assertThat(hit.article().title()).startsWith("\"Under no circumstances\": Lavrov opposes");
    assertThat(hit.article().outlet()).isEqualTo("UNN");
    assertThat(hit.article().published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(hit.article().where()).endsWith("examples/unn-2025-03-12-lavrov.txt");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void withoutASpeakerTheTopicFindsWhoeverTalkedAboutItAndNotRubio() {
    Page page = search.find(filters("peacekeepers", null, null, null, Kind.STATEMENT), 1, 10);
    assertThat(page.hits()).extracting(h -> h.statement().speaker().name())
        .containsExactly("Sergey Lavrov", "Donald Trump");
    Hit trump = page.hits().get(1);
    assertThat(trump.text()).startsWith("it was too early to talk about it");
    assertThat(trump.evidence()).startsWith("By the way, Trump, when asked about peacekeepers, said that");
    assertThat(page.hits().get(0).score()).isGreaterThan(trump.score());
    assertThat(search.find(filters("peacekeepers", "Rubio", null, null, null), 1, 10).total()).isZero();
    assertThat(search.find(filters("ceasefire", "Rubio", null, null, null), 1, 10).hits())
        .extracting(Hit::text).containsExactly("Ukraine's readiness to accept the proposal for a 30-day ceasefire");
  }

  @Test
  void speakersAndActorsMatchByCodeAndCodePrefix() {
    long usaGov = Extracted.records().stream().flatMap(r -> r.statements().stream())
        .filter(s -> s.speaker() != null && "USAGOV".equals(s.speaker().actor())).count();
    assertThat(search.find(filters(null, "USAGOV", null, null, null), 1, 10).total()).isEqualTo(usaGov);
    Filters unn = new Filters(null, "usagov", null, null, null, null, null, null, "UNN");
    assertThat(search.find(unn, 1, 10).hits()).extracting(h -> h.statement().speaker().name())
        .containsExactlyInAnyOrder("Donald Trump", "Marco Rubio");
    Page russia = search.find(filters(null, null, "RUS", null, Kind.EVENT), 1, 20);
    assertThat(russia.hits()).extracting(Hit::id).contains("v1", "v2", "v5");
    assertThat(russia.hits()).allSatisfy(h -> assertThat(
        (h.event().source() == null ? "" : h.event().source().actor()) + " "
            + (h.event().target() == null ? "" : h.event().target().actor())).contains("RUS"));
    Page byName = search.find(filters(null, null, "North Korea", null, Kind.EVENT), 1, 20);
    assertThat(byName.hits()).extracting(Hit::id).containsExactly("v5");
  }

  @Test
  void typeDateCountryAndOutletFiltersNarrowTheHits() {
    long cooperate = Extracted.records().stream().flatMap(r -> r.events().stream())
        .filter(e -> e.type().equals("COOPERATE")).count();
    assertThat(search.find(filters(null, null, null, "cooperate", null), 1, 50).total()).isEqualTo(cooperate);
    Filters march = new Filters(null, null, null, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
        null, null, null);
    assertThat(search.find(march, 1, 50).total()).isEqualTo(1 + 8 + 6);
    Filters before = march.withDates(null, LocalDate.of(2025, 3, 11));
    assertThat(search.find(before.withKind(Kind.ARTICLE), 1, 50).total()).isEqualTo(16);
    Filters unn = new Filters(null, null, null, null, null, null, null, null, "unn");
    assertThat(search.find(unn, 1, 50).total()).isEqualTo(15);
    Filters prk = new Filters(null, null, null, null, null, null, "prk", Kind.EVENT, null);
    assertThat(search.find(prk, 1, 50).hits()).extracting(Hit::id).containsExactlyInAnyOrder("v5", "v6");
  }

  @Test
  void articleHitsShowTheirBestMatchingSentence() {
    Page page = search.find(filters("robotics competition", null, null, null, Kind.ARTICLE), 1, 10);
    assertThat(page.total()).isEqualTo(1);
    Hit hit = page.hits().get(0);
    assertThat(hit.article().title()).contains("all-girl Afghan team");
    assertThat(hit.evidence()).containsIgnoringCase("robotics").containsIgnoringCase("competition");
    assertThat(hit.text()).isNotBlank();
  }

  @Test
  void pagesPartitionTheHitsRankedBestFirst() {
    Filters q = Filters.text("said");
    Page first = search.find(q, 1, 7);
    assertThat(first.total()).isGreaterThan(14);
    assertThat(first.hits()).hasSize(7).extracting(Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    Set<String> seen = new HashSet<>();
    List<Hit> all = new ArrayList<>();
    for (int p = 1; p <= first.pages(); p++) {
      Page page = search.find(q, p, 7);
      assertThat(page.total()).isEqualTo(first.total());
      all.addAll(page.hits());
      page.hits().forEach(h -> assertThat(seen.add(h.article().id() + "/" + h.id())).isTrue());
    }
    assertThat(all).hasSize((int) first.total());
    assertThat(search.find(q, (int) first.pages() + 1, 7).hits()).isEmpty();
    assertThatThrownBy(() -> search.find(q, 0, 7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutWordsHitsComeNewestFirst() {
    Page page = search.find(Filters.NONE.withKind(Kind.ARTICLE), 1, 17);
    assertThat(page.total()).isEqualTo(17);
    assertThat(page.hits()).extracting(h -> h.article().published())
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(page.hits().get(0).article().id()).isEqualTo(Extracted.EXAMPLE_ID);
  }

  @Test
  void userInputNeverBreaksTheParser() {
    for (String q : List.of("\"unbalanced", "Lavrov: peacekeepers", "*eace", "AND", "24/7 (", "[a TO", "~", "+-")) {
      search.find(Filters.text(q), 1, 5); // no exception
    }
    assertThat(search.find(Filters.text("Lavrov: peacekeepers").withKind(Kind.STATEMENT), 1, 5).total())
        .isEqualTo(1);
    assertThat(search.find(Filters.text("\"consent of the parties\"").withKind(Kind.STATEMENT), 1, 10).hits())
        .extracting(Hit::id).contains("s4", "s6");
    assertThat(search.find(Filters.text("peacekeep*").withKind(Kind.STATEMENT), 1, 10).total()).isEqualTo(2);
  }

  @Test
  void pagesRoundTripThroughJson() throws Exception {
    Page page = search.find(filters("peacekeepers", null, null, null, null), 1, 10);
    String json = Json.MAPPER.writeValueAsString(page);
    assertThat(json).contains("\"kind\":\"statement\"").contains("\"kind\":\"article\"");
    assertThat(Json.MAPPER.readValue(json, Page.class)).isEqualTo(page);
  }

  @Test
  void forEachGivesEveryMatchOldestFirst() {
    List<Hit> hits = new ArrayList<>();
    search.forEach(Filters.NONE.withKind(Kind.ARTICLE), hits::add);
    assertThat(hits).hasSize(17).extracting(h -> h.article().published()).isSorted();
    assertThat(hits).extracting(h -> h.article().id())
        .containsExactlyInAnyOrderElementsOf(Extracted.records().stream().map(DossierRecord::id).toList());
  }
}
