package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.junit.jupiter.api.Test;

/** The text summary of hand-built records: who said what, what happened, nothing left out or invented. */
class TextSummaryTest {
  private static final String TEXT = "Talks fail\n\nThe minister said talks failed. Troops shelled Kharkiv.";

  private static DossierRecord record(List<Statement> statements, List<Event> events) {
    return new DossierRecord("a1", "Talks fail", LocalDate.of(2024, 5, 1), "Wire", null, "en",
        new Source("in/a.txt", "https://example.org/a"), TEXT, List.of(), statements, events);
  }

  private static Span span(String phrase) {
    int at = TEXT.indexOf(phrase);
    return new Span(at, at + phrase.length(), phrase);
  }

  @Test
  void listsSpeakersAndEventsWithActorsTimeAndPlace() {
    Statement said = new Statement("s1", new Party("Dmytro Kuleba", "e1", "UKRGOV"), "say", "indirect", null,
        span("talks failed"), "reported:ccomp");
    Event shelled = new Event("v1", "ASSAULT", "artillery", List.of(), new Party("Troops", null, "RUSMIL"),
        null, false, "asserted", null, new Event.When("2024-04-30", "2024-04-30", "yesterday"),
        new Event.Where("Kharkiv", "UKR", 49.99, 36.23, "Kharkiv Oblast", 706483L, "PPLA"), null,
        span("Troops shelled Kharkiv"), "lexicon:verb:shell");

    String text = TextSummary.of(record(List.of(said), List.of(shelled)));

    assertThat(text).startsWith("Talks fail\nWire · 2024-05-01 · https://example.org/a\n"
        + "0 entities, 1 statement, 1 event\n");
    assertThat(text).contains("\nWho said what\n  Dmytro Kuleba (UKRGOV) [s1 say, indirect]: “talks failed”\n");
    assertThat(text).contains("\nWhat happened\n  ASSAULT/artillery [v1]: Troops (RUSMIL), asserted; "
        + "when 2024-04-30 (\"yesterday\"); where Kharkiv, Kharkiv Oblast, UKR\n    “Troops shelled Kharkiv”\n");
  }

  @Test
  void anArticleWithNothingFoundSaysSo() {
    String text = TextSummary.of(record(List.of(), List.of()));

    assertThat(text).contains("0 entities, 0 statements, 0 events").doesNotContain("Who said what")
        .doesNotContain("What happened");
  }

  @Test
  void negatedEventsAndUnnamedSpeakersAreShownAsSuch() {
    Statement unnamed = new Statement("s1", null, null, "direct", null, span("talks failed"), "quote");
    Event refused = new Event("v1", "REJECT", null, List.of(), new Party("the minister", null, null),
        new Party("Kyiv", null, "UKR"), true, "reported", "s1", null, null, new Event.Quantity(2L, 2L, null),
        null, "lexicon");

    String text = TextSummary.of(record(List.of(unnamed), List.of(refused)));

    assertThat(text).contains("  someone [s1, direct]: “talks failed”")
        .contains("REJECT [v1]: the minister → Kyiv (UKR), negated, reported in s1; 2\n");
  }
}
