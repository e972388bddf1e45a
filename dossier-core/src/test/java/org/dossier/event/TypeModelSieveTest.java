package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.embed.Embedder;
import org.junit.jupiter.api.Test;

/**
 * The learned sieve on hand-parsed sentences, with a fake embedder that puts sentences with "pummel" or "attack"
 * on the ASSAULT axis and all else on the NONE axis of the toy model of {@link TypeModelTest}.
 */
class TypeModelSieveTest {
  private static final TypeModel MODEL = TypeModelTest.trained().withProposeAt(0.6);
  private static final Sieve PROPOSAL = new TriggerProposal(Lexicon.builtIn(), ActorDictionary.builtIn());
  private static final Sieve ARGUMENTS = new Arguments();

  private static Embedder fake(boolean assault) {
    return new Embedder() {
      @Override
      public String name() {
        return "test-embedder";
      }

      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public List<float[]> embed(List<String> texts) {
        return texts.stream().map(t -> assault && (t.contains("pummel") || t.contains("attack"))
            ? new float[] {0, 1, 0} : new float[] {1, 0, 0}).toList();
      }
    };
  }

  private static Sieve sieve(boolean assault) {
    return new TypeModelSieve(MODEL, fake(assault), MODEL.proposeAt(), Plover.facts());
  }

  @Test
  void proposesAnEventTheLexiconMissesWithTheClauseActors() {
    List<Candidate> c = Parsed.of("Russia/NNP pummelled/VBD/pummel Ukraine/NNP ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR")
        .run(PROPOSAL, ARGUMENTS, sieve(true));
    assertThat(c).hasSize(1);
    assertThat(c.get(0).type()).isEqualTo("ASSAULT");
    assertThat(c.get(0).source().actor()).isEqualTo("RUS");
    assertThat(c.get(0).target().actor()).isEqualTo("UKR");
    assertThat(c.get(0).confidence()).isGreaterThan(0.6);
    assertThat(c.get(0).rule()).startsWith("model:");
  }

  @Test
  void ruleCandidatesGetTheirConfidenceFromTheModel() {
    Parsed attack = Parsed.of("Russia/NNP attacked/VBD/attack Ukraine/NNP ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR");
    double agreed = attack.run(PROPOSAL, ARGUMENTS, sieve(true)).get(0).confidence();
    double doubted = attack.run(PROPOSAL, ARGUMENTS, sieve(false)).get(0).confidence();
    assertThat(agreed).isGreaterThan(0.9);
    assertThat(doubted).isBetween(TypeModelSieve.RULE_PRIOR, TypeModelSieve.RULE_PRIOR + 0.1);
  }

  @Test
  void noProposalWhenNegatedUnsureOrWithoutActors() {
    List<Candidate> negated = Parsed.of("Russia/NNP did/VBD/do not/RB pummel/VB Ukraine/NNP ./.",
            "nsubj 4 1, aux 4 2, advmod 4 3, root 0 4, obj 4 5, punct 4 6")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR")
        .run(PROPOSAL, ARGUMENTS, sieve(true));
    assertThat(negated).isEmpty();
    List<Candidate> unsure = Parsed.of("Russia/NNP pummelled/VBD/pummel Ukraine/NNP ./.", "nsubj 2 1, root 0 2, obj 2 3, punct 2 4")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR")
        .run(PROPOSAL, ARGUMENTS, sieve(false));
    assertThat(unsure).isEmpty();
    List<Candidate> nobody = Parsed.of("Rain/NN pummelled/VBD/pummel the/DT coast/NN ./.", "nsubj 2 1, root 0 2, det 4 3, obj 2 4, punct 2 5")
        .run(PROPOSAL, ARGUMENTS, sieve(true));
    assertThat(nobody).isEmpty();
  }

  @Test
  void refusesAModelTrainedOnAnotherEmbedder() {
    Embedder other = new Embedder() {
      @Override
      public String name() {
        return "other";
      }

      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public List<float[]> embed(List<String> texts) {
        return List.of();
      }
    };
    assertThatThrownBy(() -> new TypeModelSieve(MODEL, other, 0.5, Plover.facts())).hasMessageContaining("other");
  }
}
