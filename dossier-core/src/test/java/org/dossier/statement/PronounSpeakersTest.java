package org.dossier.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** "it" and "they" as speakers, on hand-made attributions. */
class PronounSpeakersTest {
  private static final Entity CHURCH = new Entity("e1", "Church of Scientology", "ORGANIZATION", "USAREL", "USA",
      null, "test", List.of(new Mention(0, 6, "Church")));
  private static final Entity RUSSIA = new Entity("e2", "Russia", "COUNTRY", "RUS", "RUS", null, "test",
      List.of(new Mention(100, 106, "Russia")));
  private static final Entity LAVROV = new Entity("e3", "Sergey Lavrov", "PERSON", "RUSGOV", "RUS", null, "test",
      List.of(new Mention(200, 206, "Lavrov")));

  private static Attribution said(String speaker, String entity, int at) {
    return new Attribution(new Party(speaker, entity, null), "say", at, Attribution.INDIRECT,
        new Span(at + 10, at + 20, "x".repeat(10)), "test");
  }

  private static List<String> speakers(Attribution... found) {
    return new PronounSpeakers(List.of(CHURCH, RUSSIA, LAVROV)).apply(List.of(found)).stream()
        .map(a -> a.speaker().name()).toList();
  }

  @Test
  void theyContinueTheBodyOrPluralSourceOfThePreviousStatementButNotAPerson() {
    assertThat(speakers(said("Church", "e1", 10), said("They", null, 40))).containsExactly("Church", "Church");
    assertThat(speakers(said("officials", null, 10), said("they", null, 40))).containsExactly("officials", "officials");
    assertThat(speakers(said("Lavrov", "e3", 210), said("They", null, 240))).containsExactly("Lavrov", "They");
  }

  @Test
  void itIsTheOrganisationNamedLastElseTheCountryNeverAPerson() {
    assertThat(speakers(said("Lavrov", "e3", 210), said("it", null, 240)))
        .containsExactly("Lavrov", "Church of Scientology");
    assertThat(new PronounSpeakers(List.of(RUSSIA, LAVROV)).apply(List.of(said("It", null, 240))))
        .extracting(a -> a.speaker().name()).containsExactly("Russia");
  }
}
