package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;

class RowFilterTest {
  private final List<Rows> articles = Examples.both().stream().map(Rows::of).toList();

  private static Filters filters(String query, String speaker, String actor, String type, LocalDate from,
      LocalDate to, String country, Filters.Kind kind, String outlet) {
    return new Filters(query, speaker, actor, type, from, to, country, kind, outlet);
  }

  private List<String> events(Filters f) {
    RowFilter filter = new RowFilter(f);
    return articles.stream().flatMap(r -> filter.apply(r).events().stream())
        .map(e -> e.eventType() + ":" + e.eventId().substring(e.eventId().indexOf(':') + 1)).toList();
  }

  private List<String> statements(Filters f) {
    RowFilter filter = new RowFilter(f);
    return articles.stream().flatMap(r -> filter.apply(r).statements().stream())
        .map(s -> s.speakerName() + ":" + s.statementId().substring(s.statementId().indexOf(':') + 1)).toList();
  }

  @Test
  void noFiltersKeepEverything() {
    assertThat(events(Filters.NONE))
        .containsExactly("REJECT:v1", "AGREE:v4", "MOBILIZE:v5", "COOPERATE:v6", "PROTEST:v1");
    assertThat(statements(null)).hasSize(4);
    assertThat(events(filters(" ", "", null, " ", null, null, "", null, ""))).hasSize(5);
  }

  @Test
  void typeKeepsOnlyThatEventAndTheStatementReportingIt() {
    Filters mobilize = filters(null, null, null, "MOBILIZE", null, null, null, null, null);
    assertThat(events(mobilize)).containsExactly("MOBILIZE:v5");
    assertThat(statements(mobilize)).containsExactly("intelligence:s8");
    assertThat(events(filters(null, null, null, "mobilize", null, null, null, null, null))).hasSize(1);
  }

  @Test
  void actorCodeMatchesSourceOrTargetByPrefix() {
    Filters prk = filters(null, null, "PRK", null, null, null, null, null, null);
    assertThat(events(prk)).containsExactly("MOBILIZE:v5", "COOPERATE:v6");
    assertThat(statements(prk)).isEmpty();
    assertThat(events(filters(null, null, "UKR", null, null, null, null, null, null)))
        .containsExactly("REJECT:v1", "AGREE:v4", "PROTEST:v1");
  }

  @Test
  void actorAndSpeakerMatchNamesByWholeWords() {
    assertThat(statements(filters(null, null, "lavrov", null, null, null, null, null, null)))
        .containsExactly("Sergey Lavrov:s1", "Sergey Lavrov:s5");
    assertThat(statements(filters(null, null, "Lav", null, null, null, null, null, null))).isEmpty();
    assertThat(events(filters(null, null, "North Korean soldiers", null, null, null, null, null, null)))
        .containsExactly("MOBILIZE:v5");
  }

  @Test
  void speakerKeepsTheEventsReportedInTheirStatements() {
    Filters lavrov = filters(null, "Sergey Lavrov", null, null, null, null, null, null, null);
    assertThat(events(lavrov)).containsExactly("REJECT:v1");
    assertThat(events(filters(null, "intelligence", null, null, null, null, null, null, null)))
        .containsExactly("MOBILIZE:v5");
    assertThat(statements(filters(null, "USAGOV", null, null, null, null, null, null, null)))
        .containsExactly("Donald Trump:s6");
  }

  @Test
  void dateRangeExcludesArticlesOutsideIt() {
    Filters april = filters(null, null, null, null, LocalDate.of(2025, 4, 1), null, null, null, null);
    assertThat(events(april)).containsExactly("PROTEST:v1");
    assertThat(statements(april)).isEmpty();
    Filters march = filters(null, null, null, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 12), null,
        null, null);
    assertThat(events(march)).hasSize(4).doesNotContain("PROTEST:v1");
    Filters before = filters(null, null, null, null, null, LocalDate.of(2025, 3, 11), null, null, null);
    assertThat(events(before)).isEmpty();
  }

  @Test
  void countryMatchesActorsOrPlace() {
    assertThat(events(filters(null, null, null, null, null, null, "rus", null, null)))
        .containsExactly("REJECT:v1", "MOBILIZE:v5", "COOPERATE:v6");
    assertThat(statements(filters(null, null, null, null, null, null, "USA", null, null)))
        .containsExactly("Donald Trump:s6");
  }

  @Test
  void queryNeedsEveryWordInContentOrEvidence() {
    assertThat(events(filters("kursk SOLDIERS", null, null, null, null, null, null, null, null)))
        .containsExactly("MOBILIZE:v5");
    assertThat(events(filters("Kursk Lavrov", null, null, null, null, null, null, null, null))).isEmpty();
    assertThat(statements(filters("too early", null, null, null, null, null, null, null, null)))
        .containsExactly("Donald Trump:s6");
    assertThat(statements(filters("earl", null, null, null, null, null, null, null, null))).isEmpty();
  }

  @Test
  void kindAndOutletChooseTablesAndArticles() {
    Filters onlyStatements = filters(null, null, null, null, null, null, null, Filters.Kind.STATEMENT, null);
    assertThat(events(onlyStatements)).isEmpty();
    assertThat(statements(onlyStatements)).hasSize(4);
    assertThat(new RowFilter(onlyStatements).wantsEvents()).isFalse();
    assertThat(events(filters(null, null, null, null, null, null, null, Filters.Kind.EVENT, "test wire")))
        .containsExactly("PROTEST:v1");
  }
}
