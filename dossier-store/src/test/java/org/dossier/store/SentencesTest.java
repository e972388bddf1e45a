package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void theSentenceAroundASpanEndsAtMarksButNotAtInitialsOrTitles() {
    String text = "Title line\n\nFirst one. U.S. Secretary Marco Rubio met Mr. Lavrov today, officials said. Last!";
    int start = text.indexOf("met");
    Span s = Sentences.around(text, start, start + 3);
    assertThat(s.text()).isEqualTo("U.S. Secretary Marco Rubio met Mr. Lavrov today, officials said.");
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
  }

  @Test
  void quotesCloseSentencesAndLineBreaksBoundThem() {
    String text = "He said: \"No way.\" Then he left.\nNext paragraph?";
    int start = text.indexOf("No way");
    assertThat(Sentences.around(text, start, start + 6).text()).isEqualTo("He said: \"No way.\"");
    assertThat(Sentences.around(text, text.indexOf("left"), text.indexOf("left") + 4).text())
        .isEqualTo("Then he left.");
    assertThat(Sentences.all(text)).extracting(Span::text)
        .containsExactly("He said: \"No way.\"", "Then he left.", "Next paragraph?");
  }

  @Test
  void aSpanOverSeveralSentencesKeepsThemAll() {
    String text = "One. Two three. Four five. Six.";
    Span s = Sentences.around(text, text.indexOf("three"), text.indexOf("five") + 4);
    assertThat(s.text()).isEqualTo("Two three. Four five.");
  }

  @Test
  void theExampleStatementOfTrumpGetsItsWholeSentence() {
    var r = Extracted.example();
    var trump = Extracted.statementBy(r, "Donald Trump", "too early");
    Span s = Sentences.around(r.text(), trump.content().start(), trump.content().end());
    assertThat(s.text()).startsWith("By the way, Trump, when asked about peacekeepers, said that it was too early")
        .endsWith("the consent of the parties is required.");
  }
}
