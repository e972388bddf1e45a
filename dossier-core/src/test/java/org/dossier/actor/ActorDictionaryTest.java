package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  private static final ActorDictionary DICT = ActorDictionary.builtIn();
  private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 12);

  private static CodeSpan code(String phrase, LocalDate date) {
    List<ActorEntry> entries = DICT.actors().exact(List.of(phrase.split(" ")));
    assertThat(entries).as(phrase).isNotEmpty();
    return Resolution.choose(entries, date).orElseThrow();
  }

  @Test
  void picksTheRoleValidOnTheArticleDate() {
    assertThat(code("Sergei Lavrov", MARCH_2025)).extracting(CodeSpan::code, CodeSpan::note)
        .containsExactly("RUSGOV", "Foreign Minister");
    assertThat(code("Trump", MARCH_2025).code()).isEqualTo("USAGOV");
    assertThat(code("Trump", LocalDate.of(2022, 6, 1)).code()).isEqualTo("USAELI");
    assertThat(code("Marco Rubio", MARCH_2025).note()).isEqualTo("Secretary of State");
    assertThat(code("Marco Rubio", LocalDate.of(2020, 1, 1)).code()).isEqualTo("USALEG");
  }

  @Test
  void knowsTodaysLeadersAndOrganisations() {
    assertThat(code("Zelenskyy", MARCH_2025).code()).isEqualTo("UKRGOV");
    assertThat(code("Kim Jong Un", MARCH_2025).code()).isEqualTo("PRKGOV");
    assertThat(code("NATO", MARCH_2025).code()).isEqualTo("IGOWSTNAT");
    assertThat(code("European Union", MARCH_2025).code()).isEqualTo("IGOEUREEC");
  }

  @Test
  void countriesCitiesAndAdjectivesShareTheCountryCode() {
    assertThat(code("Russian Federation", MARCH_2025).code()).isEqualTo("RUS");
    assertThat(code("Kyiv", MARCH_2025).code()).isEqualTo("UKR");
    assertThat(code("Kursk", MARCH_2025).code()).isEqualTo("RUS");
    assertThat(code("North Korean", MARCH_2025).code()).isEqualTo("PRK");
    assertThat(code("U.S.", MARCH_2025).code()).isEqualTo("USA");
  }

  @Test
  void anOfficialWhoseTermsAllEndedIsAnExOfficial() {
    assertThat(code("Rishi Sunak", MARCH_2025).code()).isEqualTo("GBRELI");
  }

  @Test
  void theKnowledgeBaseKnowsOfficeHoldersPhoenixLacks() {
    assertThat(code("Nikol Pashinyan", MARCH_2025)).extracting(CodeSpan::code, CodeSpan::note)
        .containsExactly("ARMGOV", "Prime Minister");
    assertThat(code("Mikhail Mishustin", MARCH_2025).code()).isEqualTo("RUSGOV");
    assertThat(code("Rishi Sunak", LocalDate.of(2021, 3, 1)).note()).isEqualTo("Chancellor of the Exchequer");
    assertThat(code("Nancy Pelosi", LocalDate.of(2019, 3, 1)).code()).isEqualTo("USALEG");
  }

  @Test
  void anEndedOfficeInTheKnowledgeBaseWinsOverAnOpenEndedPhoenixCode() {
    // Phoenix (2014) gives Merkel DEUGOV with no end; she left office on 8 December 2021
    assertThat(code("Angela Merkel", LocalDate.of(2019, 6, 1)).code()).isEqualTo("DEUGOV");
    assertThat(code("Angela Merkel", LocalDate.of(2022, 6, 1)).code()).isEqualTo("DEUELI");
  }

  @Test
  void agentsGiveSectors() {
    assertThat(DICT.agents().exact(List.of("Foreign", "Minister"))).containsExactly("GOV");
    assertThat(DICT.agents().exact(List.of("bloggers"))).containsExactly("MED");
    assertThat(DICT.agents().exact(List.of("soldiers"))).containsExactly("MIL");
  }

  @Test
  void userFilesWinOverBuiltInEntries() throws Exception {
    java.nio.file.Path extra = java.nio.file.Files.createTempFile("extra", ".actors.txt");
    java.nio.file.Files.writeString(extra, "SERGEI_LAVROV_\n\t[RUSELI >20250101] # Retired\n");
    ActorDictionary d = ActorDictionary.builder().actors(extra).build();
    CodeSpan c = Resolution.choose(d.actors().exact(List.of("Sergei", "Lavrov")), MARCH_2025).orElseThrow();
    assertThat(c.code()).isEqualTo("RUSELI");
  }
}
