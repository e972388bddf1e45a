package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private static List<String> quoted(String text) {
    return Quotes.quoted(text).stream().map(Span::text).toList();
  }

  @Test
  void recognisesMarksAndDashes() {
    for (char c : "\"'“”„«»‹›‘’‚".toCharArray()) {
      assertThat(Quotes.isQuote(c)).as("%s", c).isTrue();
    }
    assertThat(Quotes.isOpening('“')).isTrue();
    assertThat(Quotes.isOpening('„')).isTrue();
    assertThat(Quotes.isOpening('«')).isTrue();
    assertThat(Quotes.isOpening('”')).isFalse();
    assertThat(Quotes.isClosing('”')).isTrue();
    assertThat(Quotes.isClosing('»')).isTrue();
    assertThat(Quotes.isClosing('„')).isFalse();
    assertThat(Quotes.isQuote('`')).isFalse();
    assertThat("–—‒―-".chars().allMatch(c -> Quotes.isDash((char) c))).isTrue();
    assertThat(Quotes.isDash('_')).isFalse();
    assertThat(Quotes.isPunctuationDash("a 30-day truce", 4)).isFalse();
    assertThat(Quotes.isPunctuationDash("Kyiv - and Moscow", 5)).isTrue();
    assertThat(Quotes.isPunctuationDash("Kyiv—and Moscow", 4)).isTrue();
  }

  @Test
  void pairsStraightQuotesByContext() {
    String title = "\"Under no circumstances\": Lavrov opposes a foreign contingent";
    List<Span> spans = Quotes.quoted(title);

    assertThat(spans).containsExactly(new Span(1, 23, "Under no circumstances"));
    assertThat(quoted("such a decision allegedly \"requires the consent of the parties\", and Russia"))
        .containsExactly("requires the consent of the parties");
    assertThat(quoted("honored for 'courageous achievement' at the robotics competition"))
        .containsExactly("courageous achievement");
  }

  @Test
  void pairsTypographicQuotesAcrossConventions() {
    assertThat(quoted("“We will not agree,” Lavrov said.")).containsExactly("We will not agree,");
    assertThat(quoted("Er sagte: „Wir stimmen nicht zu“, und ging.")).containsExactly("Wir stimmen nicht zu");
    assertThat(quoted("Il a dit : « Jamais » hier.")).containsExactly("Jamais");
    assertThat(quoted("Hon sa: ”Aldrig” i går.")).containsExactly("Aldrig");
    assertThat(quoted("Er schrieb »Nein« zurück.")).containsExactly("Nein");
  }

  @Test
  void findsNestedQuotesAndIgnoresApostrophes() {
    String text = "“Trump told me ‘no troops’ – that’s what Lavrov’s aides don't repeat,” she said.";
    assertThat(quoted(text)).containsExactly(
        "Trump told me ‘no troops’ – that’s what Lavrov’s aides don't repeat,", "no troops");
    assertThat(quoted("Lavrov’s aides don't know the teams’ plans.")).isEmpty();
  }

  @Test
  void anOpenQuoteRunsToTheEndOfItsParagraphOnly() {
    String text = "“We will defend every town.\n\n“And we will win,” the commander said.";
    assertThat(quoted(text)).containsExactly("We will defend every town.", "And we will win,");
    assertThat(Quotes.quoted(text).get(0)).isEqualTo(new Span(1, 27, "We will defend every town."));
  }
}
