package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Word lists are loaded once and validated. */
class WordsTest {
  @Test
  void listsLoadWithoutComments() {
    assertThat(Words.en("hedges")).contains("reportedly").doesNotContain("#");
  }

  @Test
  void slipsInAListAreErrorsNamingFileAndLine() {
    assertThatThrownBy(() -> Words.parse(new BufferedReader(new StringReader("ok\nReportedly\n")), "x.txt"))
        .hasMessageContaining("x.txt:2");
    assertThatThrownBy(() -> Words.parse(new BufferedReader(new StringReader("ok\nok\n")), "x.txt"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Words.en("no-such-list")).hasMessageContaining("missing");
  }
}
