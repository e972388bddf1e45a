package org.dossier.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** Speaker phrases on hand-parsed sentences: which entity, if any, a description stands for. */
class SpeakersTest {
  private static final ActorDictionary DICT = ActorDictionary.builtIn();

  /** A sentence of "word/POS" or "word/POS/lemma" tokens with dependencies "relation governor dependent" (-1 for the root). */
  static Sentence sentence(String tokens, String... deps) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : tokens.split(" ")) {
      String[] f = item.split("/");
      out.add(new Token(out.size(), at, at + f[0].length(), f[0], f[1], f.length > 2 ? f[2] : f[0].toLowerCase(), "O"));
      at += f[0].length() + 1;
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps) {
      String[] f = d.split(" ");
      ds.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    return new Sentence(0, 0, at - 1, out, ds, true);
  }

  static String text(Sentence s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      b.append(b.length() == 0 ? "" : " ").append(t.text());
    }
    return b.toString();
  }

  static Entity entity(Sentence s, String name, String type, String actor, String country) {
    String text = text(s);
    int at = text.indexOf(name);
    return new Entity("e" + at, name, type, actor, country, null, "test", List.of(new Mention(at, at + name.length(), name)));
  }

  private static Party speaker(Sentence s, int head, Entity... entities) {
    return new Speakers(text(s), List.of(entities), DICT, LocalDate.of(2020, 1, 1)).of(s, head);
  }

  @Test
  void aPersonInAppositionToATitleSpeaksNotThePlaceInTheTitle() {
    Sentence s = sentence("The/DT mayor/NN of/IN London/NNP ,/, Sadiq/NNP Khan/NNP ,/, said/VBD",
        "det 1 0", "nmod 1 3", "case 3 2", "punct 1 4", "appos 1 6", "compound 6 5", "punct 1 7", "nsubj 8 1",
        "root -1 8");
    Party p = speaker(s, 1, entity(s, "London", "LOCATION", null, "GBR"), entity(s, "Sadiq Khan", "PERSON", "GBRGOV", "GBR"));
    assertThat(p.name()).isEqualTo("Sadiq Khan");
    Sentence t = sentence("The/DT Vice/NNP President/NNP ,/, Mike/NNP Pence/NNP ,/, said/VBD",
        "det 2 0", "compound 2 1", "punct 2 3", "appos 2 5", "compound 5 4", "punct 2 6", "nsubj 7 2", "root -1 7");
    assertThat(speaker(t, 2, entity(t, "Mike Pence", "PERSON", "USAGOV", "USA")).name()).isEqualTo("Mike Pence");
  }

  @Test
  void officialsOfAPlaceAreAnUnnamedSourceWithThePlacesCountryAndTheirSector() {
    Sentence s = sentence("Hospital/NN officials/NNS in/IN Omsk/NNP said/VBD",
        "compound 1 0", "nmod 1 3", "case 3 2", "nsubj 4 1", "root -1 4");
    Party p = speaker(s, 1, entity(s, "Omsk", "LOCATION", null, "RUS"));
    assertThat(p).isEqualTo(new Party("Hospital officials in Omsk", null, "RUSHLH"));
  }

  @Test
  void aPersonWhoOnlyModifiesTheHeadIsNotTheSpeakerButTheOwnerOfAStatementIs() {
    Sentence s = sentence("Associates/NNS of/IN Navalny/NNP alleged/VBD", "nmod 0 2", "case 2 1", "nsubj 3 0",
        "root -1 3");
    assertThat(speaker(s, 0, entity(s, "Navalny", "PERSON", "RUSOPP", "RUS")).entity()).isNull();
    Sentence t = sentence("Cornyn/NNP 's/POS statement/NN said/VBD", "nmod:poss 2 0", "case 0 1", "nsubj 3 2",
        "root -1 3");
    assertThat(speaker(t, 2, entity(t, "Cornyn", "PERSON", "USALEG", "USA")).name()).isEqualTo("Cornyn");
  }

  @Test
  void aSpokesmanForABodySpeaksForIt() {
    Sentence s = sentence("A/DT spokesman/NN for/IN the/DT ministry/NN said/VBD", "det 1 0", "nmod 1 4",
        "case 4 2", "det 4 3", "nsubj 5 1", "root -1 5");
    Party p = speaker(s, 1, entity(s, "the ministry", "ORGANIZATION", "RUSGOV", "RUS"));
    assertThat(p.entity()).isNotNull();
    assertThat(p.actor()).isEqualTo("RUSGOV");
  }

  @Test
  void aNameBetweenCommasAfterTheHeadSpeaksWhenTheParserLeftItUnattached() {
    Sentence s = sentence("the/DT coach/NN ,/, Alireza/NNP Mehraban/NNP ,/, scored/VBD",
        "det 1 0", "punct 6 2", "nsubj 6 4", "compound 4 3", "punct 6 5", "nsubj 6 1", "root -1 6");
    Speakers speakers = new Speakers(text(s), List.of(entity(s, "Alireza Mehraban", "PERSON", "AFG", "AFG")), DICT,
        LocalDate.of(2020, 1, 1));
    assertThat(speakers.of(s, 1).name()).isEqualTo("Alireza Mehraban");
    assertThat(speakers.apposition(s, 1)).isEqualTo(6); // what was said starts after the closing comma
  }
}
