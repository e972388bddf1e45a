package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.junit.jupiter.api.Test;

/** Which words the lexicon proposes as triggers, on hand-parsed sentences. */
class TriggerProposalTest {
  private static final TriggerProposal PROPOSAL = new TriggerProposal(Lexicon.builtIn(), ActorDictionary.builtIn());

  @Test
  void aLexiconVerbIsProposedWithItsReading() {
    List<Candidate> c = Parsed.of("Russia/NNP attacked/VBD/attack Ukraine/NNP ./.",
        "nsubj 2 1, root 0 2, obj 2 3, punct 2 4").run(PROPOSAL);
    assertThat(c).extracting(Candidate::type, Candidate::origin, Candidate::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ASSAULT", "verb", "lexicon:verb:attack"));
  }

  @Test
  void questionsAndRefusedActsAreNotProposed() {
    assertThat(Parsed.of("Did/VBD/do Russia/NNP attack/VB Ukraine/NNP ?/.",
        "aux 3 1, nsubj 3 2, root 0 3, obj 3 4, punct 3 5").run(PROPOSAL)).isEmpty();
    List<Candidate> refused = Parsed.of("Russia/NNP refused/VBD/refuse to/TO attack/VB Ukraine/NNP ./.",
        "nsubj 2 1, root 0 2, mark 4 3, xcomp 2 4, obj 4 5, punct 2 6").run(PROPOSAL);
    assertThat(refused).extracting(Candidate::type).containsExactly("REJECT");
  }

  @Test
  void theObjectChoosesBetweenReadings() {
    assertThat(Parsed.of("Britain/NNP sent/VBD/send troops/NNS/troop ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .run(PROPOSAL)).extracting(Candidate::type).containsExactly("MOBILIZE");
    assertThat(Parsed.of("Britain/NNP sent/VBD/send weapons/NNS/weapon ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .run(PROPOSAL)).extracting(Candidate::type).containsExactly("AID");
    assertThat(Parsed.of("Britain/NNP sent/VBD/send letters/NNS/letter ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .run(PROPOSAL)).isEmpty();
  }

  @Test
  void aNounUnderALightVerbHangsFromTheVerb() {
    List<Candidate> c = Parsed.of("They/PRP held/VBD/hold talks/NNS/talk ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .run(PROPOSAL);
    assertThat(c).hasSize(1);
    assertThat(c.get(0).type()).isEqualTo("CONSULT");
    assertThat(c.get(0).trigger().text()).isEqualTo("talks");
    assertThat(c.get(0).head()).isEqualTo(1);
  }

  @Test
  void theRuleNamesTheLexiconLineItCameFrom() {
    // the pair for a verb with a particle, the listed form for a noun read by its word ("talks", not "talk")
    List<Candidate> c = Parsed.of("Troops/NNS/troop pulled/VBD/pull out/RP after/IN talks/NNS/talk ./.",
        "nsubj 2 1, root 0 2, compound:prt 2 3, case 5 4, obl 2 5, punct 2 6").run(PROPOSAL);
    assertThat(c).extracting(Candidate::rule).containsExactly("lexicon:verb:pull out", "lexicon:noun:talks");
  }
}
