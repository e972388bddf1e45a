package org.dossier.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The reported-speech sieve on hand-parsed sentences. */
class ReportedSpeechTest {
  private static List<Attribution> find(Sentence s, org.dossier.model.Entity... entities) {
    String text = SpeakersTest.text(s);
    Speakers speakers = new Speakers(text, List.of(entities), ActorDictionary.builtIn(), LocalDate.of(2021, 11, 16));
    return new ReportedSpeech(text, Cues.builtIn(), speakers).find(s);
  }

  @Test
  void whatACueIsAboutIsWhatWasSaid() {
    Sentence s = SpeakersTest.sentence(
        "Vladimir/NNP Putin/NNP told/VBD/tell his/PRP$ counterpart/NN about/IN the/DT delivery/NN of/IN aid/NN ./.",
        "compound 1 0", "nsubj 2 1", "root -1 2", "nmod:poss 4 3", "obj 2 4", "case 7 5", "det 7 6", "obl 2 7",
        "case 9 8", "nmod 7 9", "punct 2 10");
    List<Attribution> found = find(s, SpeakersTest.entity(s, "Vladimir Putin", "PERSON", "RUSGOV", "RUS"));
    assertThat(found).extracting(a -> a.speaker().name() + ": " + a.content().text() + " (" + a.rule() + ")")
        .containsExactly("Vladimir Putin: the delivery of aid (reported:about)");
  }

  @Test
  void anObjectOfEmphasisIsWhatWasSaidButAnAboutPhraseOfAnyVerbIsNot() {
    Sentence s = SpeakersTest.sentence(
        "The/DT leaders/NNS emphasised/VBD/emphasise the/DT importance/NN of/IN cooperation/NN ./.",
        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "punct 2 7");
    assertThat(find(s)).extracting(a -> a.content().text()).containsExactly("the importance of cooperation");
    Sentence t = SpeakersTest.sentence("They/PRP worried/VBD/worry about/IN the/DT delivery/NN of/IN aid/NN ./.",
        "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "case 6 5", "nmod 4 6", "punct 1 7");
    assertThat(find(t)).isEmpty();
  }

  @Test
  void anObjectThatIsTheSubjectOfACutOffClauseTakesTheWholeClause() {
    // the parser made "a male" the object of "confirmed" and hung "was transported" on the root
    Sentence s = SpeakersTest.sentence(
        "Police/NNS confirmed/VBD/confirm a/DT male/NN was/VBD transported/VBN to/IN hospital/NN ./.",
        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "aux:pass 5 4", "parataxis 1 5", "case 7 6", "obl 5 7",
        "punct 1 8");
    assertThat(find(s)).extracting(a -> a.content().text()).containsExactly("a male was transported to hospital");
  }

  @Test
  void whatFollowsAccordingToIsTheContentWhenOnlyAComplementiserPrecedesIt() {
    Sentence s = SpeakersTest.sentence(
        "We/PRP learned/VBD that/IN according/VBG to/IN a/DT posting/NN ,/, the/DT site/NN is/VBZ attacked/VBN ./.",
        "nsubj 1 0", "root -1 1", "mark 11 2", "case 6 3", "fixed 3 4", "det 6 5", "obl 11 6", "punct 11 7",
        "det 9 8", "nsubj:pass 11 9", "aux:pass 11 10", "ccomp 1 11", "punct 1 12");
    assertThat(find(s)).filteredOn(a -> a.rule().equals("reported:according-to"))
        .extracting(a -> a.speaker().name() + ": " + a.content().text())
        .containsExactly("a posting: the site is attacked");
  }
}
