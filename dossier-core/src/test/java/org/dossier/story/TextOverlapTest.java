package org.dossier.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextOverlapTest {
  @Test
  void aShortQuoteIsContainedInTheLongerOneThatHoldsItsWords() {
    var longer = TextOverlap.shingles("We will not allow anyone to dictate to us how to conduct our policy", 4);
    var shorter = TextOverlap.shingles("we will not allow anyone to dictate to us", 4);
    assertThat(TextOverlap.containment(shorter, longer)).isEqualTo(1.0);
    assertThat(TextOverlap.containment(TextOverlap.shingles("the talks were useful and frank", 4), longer)).isZero();
  }

  @Test
  void contentWordsShareStemsAndSkipShortWords() {
    var a = TextOverlap.content("The army attacked the town");
    var b = TextOverlap.content("an attack on the town by the army");
    assertThat(a).containsExactlyInAnyOrder("army", "attack", "town");
    assertThat(TextOverlap.jaccard(a, b)).isEqualTo(1.0);
    assertThat(TextOverlap.jaccard(a, TextOverlap.content("talks in Geneva"))).isZero();
  }
}
