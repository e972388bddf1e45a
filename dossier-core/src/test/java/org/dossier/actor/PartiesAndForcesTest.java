package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dossier.actor.ResolverTest.resolve;
import static org.dossier.actor.ResolverTest.resolveOn;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** Parties (Party Facts) and state forces (World Factbook) of the generated knowledge base, on tagged sentences. */
class PartiesAndForcesTest {
  private static final LocalDate OCT_2019 = LocalDate.of(2019, 10, 16);

  @Test
  void ordinaryWordsAndPhrasesGetNoPartyCode() {
    List<Entity> e = resolve(
        "Change/NNP/O is/VBZ/O coming/VBG/O ,/,/O and/CC/O there/EX/O is/VBZ/O no/DT/O Alternative/NNP/O ././O",
        "Yes/UH/O ,/,/O Together/RB/O we/PRP/O move/VBP/O Forward/RB/O ././O",
        "Unity/NNP/O and/CC/O Solidarity/NNP/O matter/VBP/O ././O");
    assertThat(e).extracting(Entity::actor).allSatisfy(a -> assertThat(a == null ? "" : a).doesNotEndWith("PTY"));
  }

  @Test
  void aNameManyCountriesShareHasNoCountryOfItsOwn() {
    List<Entity> e = resolve("The/DT/O People/NNP/ORGANIZATION 's/POS/ORGANIZATION Party/NNP/ORGANIZATION "
        + "won/VBD/O ././O");
    assertThat(e).extracting(Entity::name, Entity::type, Entity::actor)
        .containsExactly(tuple("People's Party", "ORGANIZATION", "---PTY"));
  }

  @Test
  void aSharedNameTakesTheArticlesCountry() {
    List<Entity> e = resolveOn(OCT_2019, "Hong/NNP/LOCATION Kong/NNP/LOCATION police/NNS/O and/CC/O "
            + "Hong/NNP/LOCATION Kong/NNP/LOCATION lawmakers/NNS/O met/VBD/O in/IN/O Hong/NNP/LOCATION "
            + "Kong/NNP/LOCATION ././O",
        "The/DT/O Democratic/NNP/ORGANIZATION Party/NNP/ORGANIZATION and/CC/O the/DT/O Civic/NNP/ORGANIZATION "
            + "Party/NNP/ORGANIZATION walked/VBD/O out/RP/O ././O");
    assertThat(e).extracting(Entity::name, Entity::actor).contains(tuple("Democratic Party", "HKGPTY"),
        tuple("Civic Party", "HKGPTY"));
  }

  @Test
  void partiesOfOneCountryAndTheirSafeAcronyms() {
    List<Entity> e = resolveOn(OCT_2019, "Alternative/NNP/ORGANIZATION for/IN/ORGANIZATION "
            + "Germany/NNP/ORGANIZATION gained/VBD/O ././O",
        "The/DT/O AfD/NNP/ORGANIZATION and/CC/O Fidesz/NNP/PERSON and/CC/O PiS/NNP/ORGANIZATION spoke/VBD/O ././O");
    assertThat(e).extracting(Entity::type, Entity::actor).containsExactly(tuple("ORGANIZATION", "DEUPTY"),
        tuple("ORGANIZATION", "HUNPTY"), tuple("ORGANIZATION", "POLPTY"));
    assertThat(e.get(0).name()).isEqualTo("Alternative for Germany");
    assertThat(e.get(0).mentions()).hasSize(2);
  }

  @Test
  void anAcronymWordNetKnowsOrOneSeveralPartiesUseIsLeftOut() {
    // SNP is also a single-nucleotide polymorphism; NDP is a party in Canada, Egypt and elsewhere
    List<Entity> e = resolveOn(OCT_2019, "The/DT/O SNP/NNP/ORGANIZATION and/CC/O the/DT/O NDP/NNP/ORGANIZATION "
        + "met/VBD/O ././O");
    assertThat(e).extracting(Entity::actor).allSatisfy(a -> assertThat(a == null ? "" : a).doesNotEndWith("PTY"));
  }

  @Test
  void aNativeNameWithLettersThatHaveNoDiacriticToDrop() {
    List<Entity> e = resolveOn(OCT_2019, "Adalet/NNP/ORGANIZATION ve/NNP/ORGANIZATION Kalkınma/NNP/ORGANIZATION "
        + "Partisi/NNP/ORGANIZATION won/VBD/O ././O");
    assertThat(e).extracting(Entity::actor).containsExactly("TURPTY");
  }

  @Test
  void aPartyIsNotCodedBeforeItWasFounded() {
    List<Entity> e = resolveOn(LocalDate.of(2005, 1, 1), "Alternative/NNP/ORGANIZATION for/IN/ORGANIZATION "
        + "Germany/NNP/ORGANIZATION met/VBD/O ././O");
    assertThat(e).extracting(Entity::actor).doesNotContain("DEUPTY");
  }

  @Test
  void stateForcesBySectorAndWithTheCountrysAdjective() {
    List<Entity> e = resolve("The/DT/O Indonesian/NNP/ORGANIZATION Navy/NNP/ORGANIZATION ,/,/O the/DT/O "
        + "Russian/NNP/ORGANIZATION Aerospace/NNP/ORGANIZATION Forces/NNP/ORGANIZATION ,/,/O the/DT/O "
        + "Indonesian/NNP/ORGANIZATION National/NNP/ORGANIZATION Police/NNP/ORGANIZATION and/CC/O "
        + "Ukraine/NNP/ORGANIZATION 's/POS/ORGANIZATION National/NNP/ORGANIZATION Guard/NNP/ORGANIZATION "
        + "met/VBD/O ././O");
    assertThat(e).extracting(Entity::type, Entity::actor).containsExactly(tuple("ORGANIZATION", "IDNMIL"),
        tuple("ORGANIZATION", "RUSMIL"), tuple("ORGANIZATION", "IDNCOP"), tuple("ORGANIZATION", "UKRMIL"));
  }
}
