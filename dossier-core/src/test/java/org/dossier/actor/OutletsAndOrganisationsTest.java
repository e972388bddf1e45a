package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dossier.actor.ResolverTest.resolve;
import static org.dossier.actor.ResolverTest.resolveOn;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** The outlet and organisation tables (Media.actors.txt, Organisations.actors.txt) on hand-tagged sentences. */
class OutletsAndOrganisationsTest {

  private static List<String> actors(List<Entity> e) {
    return e.stream().map(Entity::actor).toList();
  }

  @Test
  void yonhapWhateverTypeNerGivesIt() {
    for (String ner : List.of("ORGANIZATION", "PERSON", "O")) {
      List<Entity> e = resolve("Yonhap/NNP/" + ner + " reported/VBD/O ././O");
      assertThat(e).as(ner).extracting(Entity::name, Entity::type, Entity::actor)
          .containsExactly(tuple("Yonhap", "ORGANIZATION", "KORMED"));
    }
  }

  @Test
  void agenciesUnderTheirFullNames() {
    List<Entity> e = resolve("according/VBG/O to/TO/O the/DT/O Korean/NNP/ORGANIZATION Central/NNP/ORGANIZATION "
        + "News/NNP/ORGANIZATION Agency/NNP/ORGANIZATION ,/,/O Sky/NNP/ORGANIZATION News/NNP/ORGANIZATION and/CC/O "
        + "Al-Jazeera/NNP/ORGANIZATION ././O");
    assertThat(e).extracting(Entity::type).containsOnly("ORGANIZATION");
    assertThat(actors(e)).containsExactly("PRKMED", "GBRMED", "QATMED");
    // named as the text writes it when that is fuller than the entry's name (KCNA)
    assertThat(e.get(0).name()).isEqualTo("Korean Central News Agency");
  }

  @Test
  void anOutletNamedOnlyWithItsArticleIsFoundAfterALowercaseThe() {
    assertThat(actors(resolve("the/DT/O Guardian/NNP/ORGANIZATION reported/VBD/O ././O"))).containsExactly("GBRMED");
    assertThat(actors(resolve("The/DT/O Guardian/NNP/ORGANIZATION reported/VBD/O ././O"))).containsExactly("GBRMED");
    // without its article "Guardian" is no outlet, and Iran's Guardian Council stays Iranian
    assertThat(resolve("Guardian/NNP/O angels/NNS/O patrolled/VBD/O ././O")).isEmpty();
    assertThat(actors(resolve("Iran/NNP/LOCATION 's/POS/O Guardian/NNP/ORGANIZATION Council/NNP/ORGANIZATION "
        + "ruled/VBD/O ././O"))).doesNotContain("GBRMED").allMatch(a -> a == null || a.startsWith("IRN"));
  }

  @Test
  void wordsThatAreAlsoOutletNamesStayWords() {
    assertThat(resolve("Time/NNP/O will/MD/O tell/VB/O ././O")).isEmpty();
    assertThat(resolve("CCTV/NNP/O footage/NN/O showed/VBD/O the/DT/O attack/NN/O ././O")).isEmpty();
    assertThat(actors(resolve("Lawmakers/NNS/O on/IN/O the/DT/O Hill/NNP/LOCATION voted/VBD/O ././O")))
        .doesNotContain("USAMED");
    // PTI is also Imran Khan's party: the table has only "Press Trust of India"
    assertThat(actors(resolve("PTI/NNP/ORGANIZATION supporters/NNS/O marched/VBD/O in/IN/O Lahore/NNP/LOCATION ././O")))
        .doesNotContain("INDMED");
    assertThat(actors(resolve("the/DT/O Press/NNP/ORGANIZATION Trust/NNP/ORGANIZATION of/IN/ORGANIZATION "
        + "India/NNP/ORGANIZATION reported/VBD/O ././O"))).containsExactly("INDMED");
  }

  @Test
  void aNameNerMissedIsFoundAfterAnArticleOrAnAdjective() {
    assertThat(actors(resolve("The/DT/O Canadian/NNP/O Press/NNP/O reported/VBD/O it/PRP/O ././O")))
        .containsExactly("CANMED");
    assertThat(resolveOn(LocalDate.of(2019, 6, 1), "talks/NNS/O with/IN/O the/DT/O Afghan/JJ/MISC "
        + "Taliban/NNP/O ././O")).extracting(Entity::name, Entity::actor).containsExactly(tuple("Taliban", "AFGREB"));
  }

  @Test
  void namesNerCallsMiscOrTheTaggerANounAreStillFound() {
    // as CoreNLP tags them: a hyphenated agency as MISC split at its hyphen, a channel with digits as a noun
    assertThat(actors(resolve("the/DT/O Agence/NNP/MISC France/NNP/MISC -/HYPH/MISC Presse/NNP/MISC "
        + "news/NN/O service/NN/O ././O"))).containsExactly("FRAMED");
    assertThat(actors(resolve("TVN24/NN/O reported/VBD/O he/PRP/O received/VBD/O surgery/NN/O ././O")))
        .containsExactly("POLMED");
    assertThat(resolve("Add/VB/O 24/CD/O eggs/NNS/O ././O")).isEmpty();
  }

  @Test
  void wikinewsBelongsToNoCountry() {
    assertThat(actors(resolve("Wikinews/NNP/ORGANIZATION asked/VBD/O ././O"))).containsExactly("---MED");
  }

  @Test
  void armedGroupsAndTheCsto() {
    List<Entity> e = resolve("the/DT/O Syrian/NNP/ORGANIZATION Democratic/NNP/ORGANIZATION Forces/NNPS/ORGANIZATION "
        + "and/CC/O the/DT/O CSTO/NNP/ORGANIZATION and/CC/O the/DT/O Collective/NNP/ORGANIZATION "
        + "Security/NNP/ORGANIZATION Treaty/NNP/ORGANIZATION Organization/NNP/ORGANIZATION met/VBD/O ././O");
    assertThat(e).extracting(Entity::type).containsOnly("ORGANIZATION");
    assertThat(actors(e)).containsExactly("SYRREB", "IGOCASMIL");
    assertThat(e.get(1).mentions()).hasSize(2);
  }

  @Test
  void theTalibanAreRebelsUntilTheyGovern() {
    String s = "Taliban/NNP/ORGANIZATION fighters/NNS/O entered/VBD/O Kabul/NNP/LOCATION ././O";
    assertThat(resolveOn(LocalDate.of(2019, 6, 1), s)).extracting(Entity::name, Entity::actor)
        .contains(tuple("Taliban", "AFGREB"));
    assertThat(resolveOn(LocalDate.of(2023, 6, 1), s)).extracting(Entity::name, Entity::actor)
        .contains(tuple("Taliban", "AFGGOV"));
    // a two-word name with dated codes is still a body, not a person
    List<Entity> afghan = resolveOn(LocalDate.of(2019, 6, 1),
        "The/DT/O Afghan/NNP/PERSON Taliban/NNP/PERSON said/VBD/O ././O");
    assertThat(afghan).extracting(Entity::type, Entity::actor).containsExactly(tuple("ORGANIZATION", "AFGREB"));
  }

  @Test
  void hayatTahrirAlShamRulesSyriaAfterAssadsFall() {
    String s = "HTS/NNP/ORGANIZATION announced/VBD/O a/DT/O curfew/NN/O ././O";
    assertThat(actors(resolveOn(LocalDate.of(2023, 6, 1), s))).containsExactly("SYRREB");
    assertThat(actors(resolveOn(LocalDate.of(2025, 1, 5), s))).containsExactly("SYRGOV");
  }

  @Test
  void theAcronymRsfIsWhateverTheArticleSpelledOut() {
    List<Entity> sudan = resolveOn(LocalDate.of(2024, 5, 1),
        "The/DT/O Rapid/NNP/ORGANIZATION Support/NNP/ORGANIZATION Forces/NNPS/ORGANIZATION (/-LRB-/O "
            + "RSF/NNP/ORGANIZATION )/-RRB-/O attacked/VBD/O El/NNP/LOCATION Fasher/NNP/LOCATION ././O",
        "The/DT/O RSF/NNP/ORGANIZATION denied/VBD/O it/PRP/O ././O");
    assertThat(sudan).filteredOn(x -> x.actor() != null && x.actor().startsWith("SDN")).singleElement()
        .satisfies(x -> {
          assertThat(x.actor()).isEqualTo("SDNREB");
          assertThat(x.mentions()).hasSize(3);
        });
    assertThat(actors(resolve("Reporters/NNP/ORGANIZATION Without/IN/ORGANIZATION Borders/NNP/ORGANIZATION "
        + "protested/VBD/O ././O"))).containsExactly("NGOHRIMED");
  }

  @Test
  void theUnAndItsBodiesKeepPhoenixCodes() {
    List<Entity> e = resolve("The/DT/O World/NNP/ORGANIZATION Health/NNP/ORGANIZATION Organisation/NNP/ORGANIZATION "
        + ",/,/O UNHCR/NNP/ORGANIZATION and/CC/O the/DT/O IAEA/NNP/ORGANIZATION spoke/VBD/O ././O");
    assertThat(actors(e)).containsExactly("IGOUNOHLHWHO", "IGOUNOREFHCR", "IGOUNOIAE");
  }

  @Test
  void borderForceIsTheUkAgencyUnlessAnotherCountryNamesIt() {
    assertThat(actors(resolve("Border/NNP/ORGANIZATION Force/NNP/ORGANIZATION officers/NNS/O intercepted/VBD/O "
        + "the/DT/O boat/NN/O ././O"))).containsExactly("GBRCOP");
    assertThat(actors(resolve("The/DT/O Australian/NNP/ORGANIZATION Border/NNP/ORGANIZATION Force/NNP/ORGANIZATION "
        + "said/VBD/O ././O"))).containsExactly("AUSCOP");
  }
}
