package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.corenlp.CoreNlpPipeline;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.pipeline.Articles;
import org.dossier.pipeline.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event stage on real article text, through the real analysis. */
class EventsTest {
  private static Extractor extractor;

  @BeforeAll
  static void pipeline() {
    extractor = CoreNlpPipeline.standard();
  }

  static DossierRecord extract(String item, byte[] bytes) {
    List<Article> out = Articles.read(item, new ByteArrayInputStream(bytes), p -> {
      throw new AssertionError(p.toString());
    });
    return extractor.extract(out.get(0));
  }

  static List<String> events(String text) {
    String json = "{\"title\": \"News\", \"published\": \"2025-03-12\", \"text\": \""
        + text.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    return extract("test.jsonl", json.getBytes(StandardCharsets.UTF_8)).events().stream().map(EventsTest::line)
        .toList();
  }

  /** One event as a readable line: TYPE source -> target [negated] certainty. */
  static String line(Event e) {
    return e.type() + " " + (e.source() == null ? "-" : e.source().actor()) + " -> "
        + (e.target() == null ? "-" : e.target().actor()) + (e.negated() ? " negated" : "") + " " + e.certainty();
  }

  @Test
  void theExampleArticleGivesItsEventsAndNoOthers() throws Exception {
    Path example = Path.of(System.getProperty("dossier.root", ".."), "examples", "unn-2025-03-12-lavrov.txt");
    DossierRecord all = extract("unn.txt", Files.readAllBytes(example));
    // what the learned model proposes where no rule fired is marked as such and trusted less than any rule's event
    List<Event> proposed = all.events().stream().filter(e -> e.rule().startsWith("model:")).toList();
    assertThat(proposed).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.15, 0.5));
    List<Event> ruled = all.events().stream().filter(e -> !proposed.contains(e)).toList();
    assertThat(ruled).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.5, 1.0));
    DossierRecord rec = new DossierRecord(all.id(), all.title(), all.published(), all.outlet(), all.dateline(),
        all.language(), all.source(), all.text(), all.entities(), all.statements(), ruled, all.notes());
    assertThat(rec.events()).extracting(EventsTest::line).containsExactly(
        "REJECT RUS -> UKR reported",
        "CONSULT RUSGOV -> USAMED asserted",
        "AGREE UKR -> - reported",
        "COOPERATE USA -> UKR asserted",
        "COOPERATE PRK -> RUS asserted",
        "MOBILIZE PRKMIL -> - alleged");
    Event refusal = rec.events().get(0);
    assertThat(refusal.statement()).isEqualTo("s2");
    assertThat(refusal.evidence().text()).startsWith("Russia will not agree to the introduction");
    Event troops = rec.events().get(5);
    assertThat(troops.quantity()).isEqualTo(new Event.Quantity(1000L, 3000L, "soldiers"));
    assertThat(troops.when()).isEqualTo(new Event.When("2025-01-01", "2025-02-28", "from January to February"));
    assertThat(troops.where().name()).isEqualTo("Kursk region");
    assertThat(troops.where().country()).isEqualTo("RUS");
    assertThat(troops.where().lat()).isCloseTo(51.7, org.assertj.core.data.Offset.offset(0.5));
    assertThat(troops.mode()).isEqualTo("troops");
    for (Event e : rec.events()) {
      assertThat(rec.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
    }
  }

  @Test
  void negationTurnsCooperationIntoRefusalAndOtherActsStayNegated() {
    assertThat(events("Hungary will not support the new sanctions against Russia.\n\n"
        + "Israeli forces did not attack the Gaza Strip on Tuesday."))
        .containsExactly("REJECT HUN -> RUS asserted", "ASSAULT ISRMIL -> PSE negated asserted");
  }

  @Test
  void futureCooperationIsAgreementAndHedgesMakeAllegations() {
    assertThat(events("Germany will provide military aid to Ukraine.\n\n"
        + "Russian troops reportedly attacked Kharkiv."))
        .containsExactly("AGREE DEU -> UKR asserted", "ASSAULT RUSMIL -> UKR alleged");
  }

  @Test
  void eventsInsideStatementsAreReportedAndLinked() {
    String json = "{\"title\": \"News\", \"published\": \"2025-03-12\", \"text\": \"Zelensky said that Russia "
        + "attacked Kyiv yesterday.\"}";
    DossierRecord rec = extract("t.jsonl", json.getBytes(StandardCharsets.UTF_8));
    assertThat(rec.events()).extracting(EventsTest::line).containsExactly("ASSAULT RUS -> UKR reported");
    assertThat(rec.events().get(0).statement()).isEqualTo(rec.statements().get(0).id());
    assertThat(rec.events().get(0).when().start()).isEqualTo("2025-03-11");
  }

  @Test
  void questionsAndHypotheticalsAssertNoEvent() {
    assertThat(events("Will Russia attack Finland?\n\nPoland could send troops to Ukraine.")).isEmpty();
  }

  @Test
  void noEventWithoutAnActorInTheSameClause() {
    assertThat(events("The attack was condemned. Cooperation continues.")).isEmpty();
  }

  @Test
  void aPassiveWithoutAgentImpliesThePoliceOrTheCourtsWhereTheLexiconSaysSo() {
    // "was arrested" implies the police, "was sentenced" a court, of the country the story is set in; the
    // arrested man is the target (uncoded: a private person)
    assertThat(events("Daniel Montalvo was arrested in Los Angeles on Friday. He was sentenced in Los Angeles "
        + "to two years in prison.")).contains("COERCE USACOP -> null asserted", "SANCTION USAJUD -> null asserted");
    // no implied agent for a verb whose lexicon line gives none
    assertThat(events("The attack was condemned.")).isEmpty();
  }
}
