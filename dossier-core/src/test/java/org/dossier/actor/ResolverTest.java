package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Source;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** Actor resolution on hand-tagged sentences (POS and CoNLL NER as CoreNLP gives them), no parser needed. */
class ResolverTest {
  private static final Resolver RESOLVER = new Resolver(ActorDictionary.builtIn());

  /** Sentences of "word/POS/NER" tokens; one paragraph each. */
  static List<Entity> resolve(String... sentences) {
    return resolveOn(LocalDate.of(2025, 3, 12), sentences);
  }

  /** The same for an article published on {@code date}. */
  static List<Entity> resolveOn(LocalDate date, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> parsed = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (String spec : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String item : spec.split(" ")) {
        String[] f = item.split("/");
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int at = text.length();
        text.append(f[0]);
        tokens.add(new Token(tokens.size(), at, at + f[0].length(), f[0], f[1], f[0].toLowerCase(), f[2]));
      }
      parsed.add(new Sentence(parsed.size(), start, text.length(), tokens, List.of(), false));
      blocks.add(new Block(Block.Kind.PARAGRAPH, start, text.length()));
    }
    Article a = new Article("t", null, date, null, null, "en", new Source("t", null),
        text.toString(), blocks);
    return RESOLVER.resolve(a, new Analysis(parsed));
  }

  @Test
  void dictionaryNamesGetTheCodeAndRoleValidOnTheArticleDate() {
    List<Entity> e = resolve("Russian/JJ/MISC Foreign/NNP/O Minister/NNP/O Sergey/NNP/PERSON Lavrov/NNP/PERSON "
        + "met/VBD/O Marco/NNP/PERSON Rubio/NNP/PERSON ././O");
    assertThat(e).extracting(Entity::name, Entity::type, Entity::actor, Entity::role).containsExactly(
        tuple("Sergey Lavrov", "PERSON", "RUSGOV", "Foreign Minister"),
        tuple("Marco Rubio", "PERSON", "USAGOV", "Secretary of State"));
  }

  @Test
  void titlesAndNationalitiesCodeUnknownNamesAndListsShareThem() {
    List<Entity> e = resolve("He/PRP/O spoke/VBD/O to/TO/O American/JJ/MISC bloggers/NNS/O Mario/NNP/PERSON "
        + "Naufal/NNP/PERSON ,/,/O Larry/NNP/PERSON Johnson/NNP/PERSON and/CC/O Andrew/NNP/PERSON "
        + "Napolitano/NNP/PERSON ././O");
    assertThat(e).extracting(Entity::name, Entity::actor, Entity::rule).containsExactly(
        tuple("Mario Naufal", "USAMED", "title"), tuple("Larry Johnson", "USAMED", "title"),
        tuple("Andrew Napolitano", "USAMED", "title"));
  }

  @Test
  void countriesCitiesAndNationalityGroups() {
    List<Entity> e = resolve("The/DT/O Russian/NNP/LOCATION Federation/NNP/LOCATION and/CC/O the/DT/O "
        + "US/NNP/LOCATION sent/VBD/O North/JJ/MISC Korean/JJ/MISC soldiers/NNS/O to/TO/O Kyiv/NNP/LOCATION "
        + "and/CC/O the/DT/O Kursk/NNP/LOCATION region/NN/O ././O");
    assertThat(e).extracting(Entity::name, Entity::type, Entity::actor, Entity::country).containsExactly(
        tuple("Russia", "COUNTRY", "RUS", "RUS"), tuple("United States", "COUNTRY", "USA", "USA"),
        tuple("North Korean soldiers", "GROUP", "PRKMIL", "PRK"), tuple("Kyiv", "LOCATION", null, "UKR"),
        tuple("Kursk region", "LOCATION", null, "RUS"));
  }

  @Test
  void theRepublicOfChinaIsTaiwanAndThePeoplesRepublicIsChina() {
    List<Entity> e = resolve("The/DT/O Republic/NNP/LOCATION of/IN/LOCATION China/NNP/LOCATION and/CC/O the/DT/O "
        + "People/NNP/LOCATION 's/POS/LOCATION Republic/NNP/LOCATION of/IN/LOCATION China/NNP/LOCATION met/VBD/O ././O");
    assertThat(e).extracting(Entity::type, Entity::actor).containsExactly(tuple("COUNTRY", "TWN"), tuple("COUNTRY", "CHN"));
  }

  @Test
  void mentionsOfOnePersonAreGroupedAndPronounsFollowTheSubject() {
    List<Entity> e = resolve("Sergei/NNP/PERSON Lavrov/NNP/PERSON met/VBD/O Donald/NNP/PERSON Trump/NNP/PERSON ././O",
        "He/PRP/O said/VBD/O Lavrov/NNP/PERSON was/VBD/O right/JJ/O ././O");
    Entity lavrov = e.get(0);
    assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
    assertThat(lavrov.mentions()).extracting(m -> m.text()).containsExactly("Sergei Lavrov", "He", "Lavrov");
    assertThat(e.get(1).mentions()).extracting(m -> m.text()).containsExactly("Donald Trump");
  }

  @Test
  void aPronounGoesToThePersonWhoseFirstNameHasItsGender() {
    // the subject is salient, but "she" cannot be Donald: it goes to Nancy although she is not the subject
    List<Entity> e = resolve("Donald/NNP/PERSON Trump/NNP/PERSON met/VBD/O Nancy/NNP/PERSON Pelosi/NNP/PERSON ././O",
        "She/PRP/O said/VBD/O no/DT/O ././O");
    assertThat(e).filteredOn(x -> x.name().contains("Pelosi")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(m -> m.text()).containsExactly("Nancy Pelosi", "She"));
    assertThat(FirstNames.get().genderOfName("Angela Merkel")).isEqualTo("f");
    assertThat(FirstNames.get().genderOfName("Sergey Lavrov")).isEqualTo("m");
    assertThat(FirstNames.get().genderOfName("Lavrov")).isNull();
  }

  @Test
  void placesTheDictionaryLacksGetTheirCountryFromTheGazetteer() {
    List<Entity> e = resolve("Students/NNS/O in/IN/O Evanston/NNP/LOCATION and/CC/O Durham/NNP/LOCATION "
        + "met/VBD/O in/IN/O the/DT/O United/NNP/LOCATION States/NNPS/LOCATION ././O");
    assertThat(e).extracting(Entity::name, Entity::country).contains(tuple("Evanston", "USA"),
        tuple("Durham", "USA"), tuple("United States", "USA"));
  }

  @Test
  void namesTheDictionaryLacksTakeTheCountryTheArticleIsAbout() {
    List<Entity> e = resolve("Police/NNS/O in/IN/O Irving/NNP/LOCATION ,/,/O Texas/NNP/LOCATION ,/,/O "
            + "arrested/VBD/O Ahmed/NNP/PERSON Mohamed/NNP/PERSON ././O",
        "Steve/NNP/PERSON Whitmore/NNP/PERSON ,/,/O a/DT/O spokesman/NN/O ,/,/O spoke/VBD/O "
            + "in/IN/O Dallas/NNP/LOCATION ././O");
    assertThat(e).extracting(Entity::name, Entity::actor, Entity::country).contains(
        tuple("Irving", null, "USA"), tuple("Ahmed Mohamed", "USA", "USA"),
        tuple("Steve Whitmore", "USAGOV", "USA"));
  }

  @Test
  void anArticleOfManyCountriesLendsNoneOfThem() {
    List<Entity> e = resolve("Russia/NNP/LOCATION and/CC/O China/NNP/LOCATION met/VBD/O France/NNP/LOCATION "
        + "and/CC/O Germany/NNP/LOCATION ;/:/O Ivo/NNP/PERSON Brandt/NNP/PERSON spoke/VBD/O ././O");
    assertThat(e).filteredOn(x -> x.name().equals("Ivo Brandt")).extracting(Entity::actor, Entity::country)
        .containsExactly(tuple(null, null));
  }
}
