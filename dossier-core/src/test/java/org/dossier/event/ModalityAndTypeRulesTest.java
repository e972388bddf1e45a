package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.junit.jupiter.api.Test;

/** Negation, modality and the PLOVER type rules, on hand-parsed clauses. */
class ModalityAndTypeRulesTest {
  private static final Sieve[] UP_TO_TYPES = {new TriggerProposal(Lexicon.builtIn(), ActorDictionary.builtIn()),
      new Arguments(), new Modality(), new TypeRules(Plover.facts())};

  private static Parsed twoCountries(String tokens, String arcs) {
    return Parsed.of(tokens, arcs).entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR");
  }

  @Test
  void aNegatedCooperativeActIsARejection() {
    List<Candidate> c = twoCountries("Russia/NNP did/VBD/do not/RB support/VB Ukraine/NNP ./.",
        "nsubj 4 1, aux 4 2, advmod 4 3, root 0 4, obj 4 5, punct 4 6").run(UP_TO_TYPES);
    assertThat(c).extracting(Candidate::type, Candidate::negated).containsExactly(
        org.assertj.core.groups.Tuple.tuple("REJECT", false));
    assertThat(c.get(0).rule()).endsWith("+negated-cooperation=REJECT");
  }

  @Test
  void aFutureVisitIsAnAgreementAndAHypotheticalAttackNothing() {
    List<Candidate> visit = twoCountries("Russia/NNP will/MD visit/VB Ukraine/NNP ./.",
        "nsubj 3 1, aux 3 2, root 0 3, obj 3 4, punct 3 5").run(UP_TO_TYPES);
    assertThat(visit).extracting(Candidate::type).containsExactly("AGREE");
    assertThat(visit.get(0).context()).contains("future");
    assertThat(twoCountries("Russia/NNP could/MD attack/VB Ukraine/NNP ./.",
        "nsubj 3 1, aux 3 2, root 0 3, obj 3 4, punct 3 5").run(UP_TO_TYPES)).isEmpty();
  }

  @Test
  void supportWithoutARecipientIsDroppedAsPloverFactsSay() {
    assertThat(Plover.facts().type("SUPPORT").orElseThrow().needsRecipient()).isTrue();
    assertThat(Parsed.of("Russia/NNP supported/VBD/support it/PRP ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .entity("Russia", "COUNTRY", "RUS", "RUS").run(UP_TO_TYPES)).isEmpty();
  }

  @Test
  void anAttackOnAWebsiteIsCyberCoercion() {
    List<Candidate> c = Parsed.of("Russia/NNP attacked/VBD/attack the/DT website/NN ./.",
            "nsubj 2 1, root 0 2, det 4 3, obj 2 4, punct 2 5")
        .entity("Russia", "COUNTRY", "RUS", "RUS").run(UP_TO_TYPES);
    assertThat(c).extracting(Candidate::type, Candidate::mode).containsExactly(
        org.assertj.core.groups.Tuple.tuple("COERCE", "cyber"));
  }

  @Test
  void aStoppingLightVerbMakesAidASanction() {
    List<Candidate> c = twoCountries("Russia/NNP suspended/VBD/suspend cooperation/NN with/IN Ukraine/NNP ./.",
        "nsubj 2 1, root 0 2, obj 2 3, case 5 4, nmod 3 5, punct 2 6").run(UP_TO_TYPES);
    assertThat(c).extracting(Candidate::type).containsOnly("SANCTION");
  }
}
