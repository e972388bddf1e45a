package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dossier.actor.ResolverTest.resolve;
import static org.dossier.actor.ResolverTest.resolveOn;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** Names as news writes them and NER's typing errors, on hand-tagged sentences (no CoreNLP models). */
class NewsNamesTest {

  @Test
  void matchKeyFoldsHyphensDiacriticsRomanisationsAndPossessives() {
    assertThat(PhraseIndex.key("Zelenskyy")).isEqualTo(PhraseIndex.key("Zelensky"))
        .isEqualTo(PhraseIndex.key("Zelenskiy")).isEqualTo(PhraseIndex.key("Zelenskii"));
    assertThat(PhraseIndex.key("Sergei")).isEqualTo(PhraseIndex.key("Sergey"));
    assertThat(PhraseIndex.key("Kyïv")).isEqualTo("KYIV");
    assertThat(PhraseIndex.key("Erdoğan")).isEqualTo("ERDOGAN");
    assertThat(PhraseIndex.key("Jong-un")).isEqualTo("JONGUN");
    assertThat(PhraseIndex.key("Russia's")).isEqualTo("RUSSIA");
    assertThat(PhraseIndex.key("Russia’s")).isEqualTo("RUSSIA");
    assertThat(PhraseIndex.key("'s")).isEqualTo("'S");
    assertThat(PhraseIndex.key("Zelenska")).isNotEqualTo(PhraseIndex.key("Zelensky"));
  }

  @Test
  void kimJongUnUnderHisSpellings() {
    for (String name : List.of("Kim/NNP/PERSON Jong-un/NNP/PERSON", "Kim/NNP/PERSON Jong/NNP/PERSON Un/NNP/PERSON",
        "Kim/NNP/PERSON Jong/NNP/PERSON -/HYPH/PERSON un/NNP/PERSON")) {
      List<Entity> e = resolve(name + " spoke/VBD/O ././O");
      assertThat(e).extracting(Entity::type, Entity::actor).as(name).containsExactly(tuple("PERSON", "PRKGOV"));
    }
  }

  @Test
  void zelenskiyIsTheUkrainianPresident() {
    List<Entity> e = resolve("Volodymyr/NNP/PERSON Zelenskiy/NNP/PERSON spoke/VBD/O ././O");
    assertThat(e).extracting(Entity::actor).containsExactly("UKRGOV");
  }

  @Test
  void aLoneSurnameIsTheOfficeHolderOfThatNameOnTheDate() {
    List<Entity> sunak = resolveOn(LocalDate.of(2023, 5, 2), "Mr/NNP/O Sunak/NNP/PERSON said/VBD/O ././O");
    assertThat(sunak).extracting(Entity::name, Entity::actor, Entity::rule)
        .containsExactly(tuple("Rishi Sunak", "GBRGOV", "surname+office"));
    List<Entity> xi = resolve("President/NNP/O Xi/NNP/PERSON said/VBD/O ././O");
    assertThat(xi).extracting(Entity::actor).containsExactly("CHNGOV");
    // Mr: Andy Harris, not Kamala Harris nor Rebecca Harris; Ms: both women hold an office in 2023, no guess
    List<Entity> mr = resolveOn(LocalDate.of(2023, 5, 2), "Mr/NNP/O Harris/NNP/PERSON spoke/VBD/O ././O");
    assertThat(mr).extracting(Entity::actor).containsExactly("USALEG");
    List<Entity> ms = resolveOn(LocalDate.of(2023, 5, 2), "Ms/NNP/O Harris/NNP/PERSON spoke/VBD/O ././O");
    assertThat(ms).extracting(Entity::actor).containsExactly((String) null);
  }

  @Test
  void aFullNameInTheArticleWinsOverTheOfficeHolder() {
    List<Entity> e = resolveOn(LocalDate.of(2023, 5, 2), "Tom/NNP/PERSON Sunak/NNP/PERSON ,/,/O a/DT/O "
        + "farmer/NN/O ,/,/O spoke/VBD/O ././O", "Mr/NNP/O Sunak/NNP/PERSON said/VBD/O ././O");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).name()).isEqualTo("Tom Sunak");
    assertThat(e.get(0).rule()).isNotEqualTo("surname+office");
    assertThat(e.get(0).mentions()).hasSize(2);
  }

  @Test
  void anAcronymDefinedInTheTextIsTheSameEntity() {
    List<Entity> e = resolve("The/DT/O Korean/NNP/ORGANIZATION People/NNP/ORGANIZATION 's/POS/ORGANIZATION "
        + "Army/NNP/ORGANIZATION (/-LRB-/O KPA/NNP/ORGANIZATION )/-RRB-/O fired/VBD/O ././O",
        "The/DT/O KPA/NNP/ORGANIZATION said/VBD/O ././O");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).mentions()).extracting(m -> m.text()).containsExactly("Korean People 's Army", "KPA", "KPA");
  }

  @Test
  void placesAndBodiesAreNeverPersons() {
    List<Entity> e = resolve("Kyiv/NNP/PERSON and/CC/O Nato/NNP/PERSON and/CC/O Ukraine/NNP/PERSON "
        + "spoke/VBD/O ././O");
    assertThat(e).extracting(Entity::name, Entity::type).containsExactly(tuple("Kyiv", "LOCATION"),
        tuple("Nato", "ORGANIZATION"), tuple("Ukraine", "COUNTRY"));
  }

  @Test
  void aPersonNamedLikeASmallPlaceStaysAPerson() {
    List<Entity> e = resolve("Jackson/NNP/PERSON and/CC/O Johnson/NNP/PERSON spoke/VBD/O ././O");
    assertThat(e).extracting(Entity::type).containsExactly("PERSON", "PERSON");
  }

  @Test
  void pageFurnitureAndHeadlineFragmentsAreNotEntities() {
    List<Entity> e = resolve("Privacy/NNP/ORGANIZATION Policy/NNP/ORGANIZATION |/SYM/O Newsletters/NNP/ORGANIZATION "
        + "|/SYM/O Latest/JJS/ORGANIZATION Ukrainian/NNP/ORGANIZATION Counteroffensive/NNP/ORGANIZATION News/NNP/ORGANIZATION",
        "Human/NNP/ORGANIZATION Rights/NNP/ORGANIZATION Watch/NNP/ORGANIZATION spoke/VBD/O ././O");
    assertThat(e).extracting(Entity::type).containsExactly("ORGANIZATION");
    assertThat(e.get(0).mentions().get(0).text()).isEqualTo("Human Rights Watch");
  }

  @Test
  void bareCompassWordsAreNotPlaces() {
    List<Entity> e = resolve("Fighting/NN/O spread/VBD/O in/IN/O the/DT/O North/NNP/LOCATION and/CC/O "
        + "North/NNP/LOCATION Korea/NNP/LOCATION ././O");
    assertThat(e).extracting(Entity::name).containsExactly("North Korea");
  }

  @Test
  void oneActorIsOneEntityWhateverTypeNerGaveEachMention() {
    List<Entity> e = resolve("Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD/O ././O",
        "Zelenskyy/NNP/ORGANIZATION 's/POS/O office/NN/O said/VBD/O ././O");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).mentions()).hasSize(2);
  }
}
