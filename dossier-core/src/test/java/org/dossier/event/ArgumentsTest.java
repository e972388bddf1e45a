package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** Who acts and on whom, read on hand-parsed clauses. */
class ArgumentsTest {
  private static final Sieve PROPOSAL = new TriggerProposal(Lexicon.builtIn(), ActorDictionary.builtIn());
  private static final Sieve ARGUMENTS = new Arguments();

  private static String actors(List<Candidate> c) {
    Candidate k = c.get(0);
    return code(k.source()) + " -> " + code(k.target());
  }

  private static String code(Entity e) {
    return e == null ? "-" : e.actor();
  }

  @Test
  void subjectActsOnObject() {
    List<Candidate> c = Parsed.of("Russia/NNP attacked/VBD/attack Ukraine/NNP ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(actors(c)).isEqualTo("RUS -> UKR");
  }

  @Test
  void passiveWithAgentAndWithoutOne() {
    List<Candidate> byAgent = Parsed.of("Kyiv/NNP was/VBD/be attacked/VBN/attack by/IN Russia/NNP ./.",
            "nsubj:pass 3 1, aux:pass 3 2, root 0 3, case 5 4, obl:agent 3 5, punct 3 6")
        .entity("Kyiv", "COUNTRY", "UKR", "UKR").entity("Russia", "COUNTRY", "RUS", "RUS").run(PROPOSAL, ARGUMENTS);
    assertThat(actors(byAgent)).isEqualTo("RUS -> UKR");
    // "was arrested": the lexicon's agent=COP implies the police of the arrested one's country
    List<Candidate> implied = Parsed.of("Navalny/NNP was/VBD/be arrested/VBN/arrest ./.",
            "nsubj:pass 3 1, aux:pass 3 2, root 0 3, punct 3 4")
        .entity("Navalny", "PERSON", "RUSOPP", "RUS").run(PROPOSAL, ARGUMENTS);
    assertThat(actors(implied)).isEqualTo("RUSCOP -> RUSOPP");
    assertThat(implied.get(0).source().name()).isEqualTo("(implied RUSCOP)");
  }

  @Test
  void possessorOfANounActsOnItsToPhrase() {
    List<Candidate> c = Parsed.of("Russia/NNP 's/POS attack/NN on/IN Ukraine/NNP continued/VBD/continue ./.",
            "nmod:poss 3 1, case 1 2, nsubj 6 3, case 5 4, nmod 3 5, root 0 6, punct 6 7")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(c).extracting(Candidate::type).contains("ASSAULT");
    assertThat(actors(c)).isEqualTo("RUS -> UKR");
  }

  @Test
  void aRequestNeedsSomeoneItIsAddressedTo() {
    List<Candidate> c = Parsed.of("Biden/NNP asked/VBD/ask to/TO leave/VB ./.", "nsubj 2 1, root 0 2, mark 4 3, xcomp 2 4, punct 2 5")
        .entity("Biden", "PERSON", "USAGOV", "USA").run(PROPOSAL, ARGUMENTS);
    assertThat(c).extracting(Candidate::type).doesNotContain("REQUEST");
  }

  private static String nounActors(List<Candidate> c) {
    return actors(c.stream().filter(k -> k.origin().equals("noun")).toList());
  }

  @Test
  void aLightVerbsSubjectDoesWhatItsNounNames() {
    List<Candidate> launched = Parsed.of("Russia/NNP launched/VBD/launch an/DT attack/NN on/IN Ukraine/NNP ./.",
            "nsubj 2 1, root 0 2, det 4 3, obj 2 4, case 6 5, nmod 4 6, punct 2 7")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(nounActors(launched)).isEqualTo("RUS -> UKR");
    // a verb with its particle, the recipient on the verb
    List<Candidate> carried = Parsed.of("Russia/NNP carried/VBD/carry out/RP strikes/NNS/strike on/IN Ukraine/NNP ./.",
            "nsubj 2 1, root 0 2, compound:prt 2 3, obj 2 4, case 6 5, obl 2 6, punct 2 7")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(nounActors(carried)).isEqualTo("RUS -> UKR");
    List<Candidate> paid = Parsed.of("Biden/NNP paid/VBD/pay a/DT visit/NN to/IN Ukraine/NNP ./.",
            "nsubj 2 1, root 0 2, det 4 3, obj 2 4, case 6 5, obl 2 6, punct 2 7")
        .entity("Biden", "PERSON", "USAGOV", "USA").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(nounActors(paid)).isEqualTo("USAGOV -> UKR");
  }

  @Test
  void anyOtherVerbOverAnEventNounIsNotItsActor() {
    List<Candidate> c = Parsed.of("Russia/NNP condemned/VBD/condemn the/DT attack/NN on/IN Ukraine/NNP ./.",
            "nsubj 2 1, root 0 2, det 4 3, obj 2 4, case 6 5, nmod 4 6, punct 2 7")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR").run(PROPOSAL, ARGUMENTS);
    assertThat(nounActors(c)).isEqualTo("- -> UKR");
    assertThat(c).filteredOn(k -> k.origin().equals("verb")).extracting(Candidate::type).containsExactly("ACCUSE");
  }
}
