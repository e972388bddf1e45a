package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpansTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "\"Under no circumstances.\"|Under no circumstances",
      "that Russia will not agree.|that Russia will not agree",
      ", he said: |he said",
      "“The ball is in Washington's court.”|The ball is in Washington's court",
      "such a decision allegedly \"requires the consent\", and more.|such a decision allegedly \"requires the consent\", and more",
      "\"not serious\" about a ceasefire|\"not serious\" about a ceasefire",
      "Why should we?|Why should we?",
      "the parties'|the parties'"})
  void trimsEdgePunctuationAndUnpairedMarksOnly(String raw, String expected) {
    Span s = Spans.trim(raw, 0, raw.length());
    assertThat(s.text()).isEqualTo(expected);
    assertThat(raw.substring(s.start(), s.end())).isEqualTo(expected);
  }
}
