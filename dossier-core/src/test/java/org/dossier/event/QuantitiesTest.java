package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Event;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** Quantities on hand-built parses shaped as CoreNLP's UD parser gives them. */
class QuantitiesTest {
  /** Tokens "word/POS/LEMMA/head/relation" separated by spaces; heads are token indices, -1 for the root. */
  static Sentence parse(String spec) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int offset = 0;
    String[] items = spec.split(" ");
    for (int i = 0; i < items.length; i++) {
      String[] f = items[i].split("/");
      tokens.add(new Token(i, offset, offset + f[0].length(), f[0], f[1], f[2], "O"));
      deps.add(new Dependency(f[4], Integer.parseInt(f[3]), i));
      offset += f[0].length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, deps, true);
  }

  @Test
  void aRangeBetweenTwoNumbersWithItsUnit() {
    Sentence s = parse("between/IN/between/1/amod 1,000/CD/1,000/4/nummod and/CC/and/3/cc 3,000/CD/3,000/1/conj "
        + "soldiers/NNS/soldier/5/nsubj:pass arrived/VBD/arrive/-1/root");
    assertThat(Quantities.in(s, 0, 5)).contains(new Event.Quantity(1000L, 3000L, "soldiers"));
  }

  @Test
  void upToAndMoreThanLeaveOneSideOpen() {
    Sentence upTo = parse("up/RB/up/2/advmod to/IN/to/2/case 500/CD/500/3/nummod troops/NNS/troop/-1/root");
    assertThat(Quantities.in(upTo, 0, 3)).contains(new Event.Quantity(null, 500L, "troops"));
    Sentence moreThan = parse("more/JJR/more/2/advmod than/IN/than/0/fixed 20/CD/20/3/nummod "
        + "people/NNS/person/-1/root");
    assertThat(Quantities.in(moreThan, 0, 3)).contains(new Event.Quantity(20L, null, "people"));
  }

  @Test
  void scaleWordsMultiplyAndCurrencySignsGiveTheUnit() {
    Sentence money = parse("5.1/CD/5.1/1/compound million/CD/million/2/nummod dollars/NNS/dollar/-1/root");
    assertThat(Quantities.in(money, 0, 2)).contains(new Event.Quantity(5_100_000L, 5_100_000L, "dollars"));
    Sentence sign = parse("$/$/$/-1/root 5/CD/5/2/compound million/CD/million/0/nummod");
    assertThat(Quantities.in(sign, 0, 2)).contains(new Event.Quantity(5_000_000L, 5_000_000L, "USD"));
  }

  @Test
  void durationsAgesYearsAndTitlesAreNoQuantities() {
    Sentence ceasefire = parse("a/DT/a/4/det 30/CD/30/3/nummod -/HYPH/-/3/punct day/NN/day/4/compound "
        + "ceasefire/NN/ceasefire/-1/root");
    assertThat(Quantities.in(ceasefire, 0, 4)).isEmpty();
    Sentence age = parse("he/PRP/he/3/nsubj was/VBD/be/3/cop 14/CD/14/3/nummod years/NNS/year/4/obl:npmod "
        + "old/JJ/old/-1/root");
    assertThat(Quantities.in(age, 0, 4)).isEmpty();
    Sentence film = parse("the/DT/the/2/det 1969/CD/1969/2/nummod film/NN/film/-1/root");
    assertThat(Quantities.in(film, 0, 2)).isEmpty();
    Sentence one = parse("one/CD/one/1/nummod soldier/NN/soldier/2/nsubj died/VBD/die/-1/root");
    assertThat(Quantities.in(one, 0, 2)).contains(new Event.Quantity(1L, 1L, "soldier"));
  }
}
