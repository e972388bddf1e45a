package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The PLOVER facts file: complete, and checked when loaded. */
class PloverTest {
  @Test
  void everyTypeHasItsQuadAndScore() {
    Plover p = Plover.facts();
    assertThat(p.names()).isEqualTo(Lexicon.TYPES);
    assertThat(p.type("ASSAULT").orElseThrow()).extracting(Plover.Type::quad, Plover.Type::score).containsExactly(4, -9.0);
    assertThat(p.type("AID").orElseThrow().needsRecipient()).isTrue();
    assertThat(p.type("RETREAT").orElseThrow().futureAs()).isEqualTo("CONCEDE");
    assertThat(p.type("ACCUSE").orElseThrow().negatedAs()).isNull();
  }

  @Test
  void badLinesAreErrorsNamingTheLine() {
    assertThatThrownBy(() -> Plover.parse(new BufferedReader(new StringReader("AGREE quad=1 score=2 negated=REFUSE\n")), "f"))
        .hasMessageContaining("f:1").hasMessageContaining("REFUSE");
    assertThatThrownBy(() -> Plover.parse(new BufferedReader(new StringReader("AGREE quad=1 score=2\n")), "f"))
        .hasMessageContaining("types missing");
  }
}
