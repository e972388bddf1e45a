package org.dossier.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StoryRulesTest {
  private static final String ALL = """
      day.slack 1
      published.slack 1
      place.km 40
      evidence.min 0
      evidence.unknown 0.2
      story.link 0.5
      quote.shingle 4
      quote.containment 0.5
      quote.days 14
      """;

  private static StoryRules parse(String text) throws IOException {
    return StoryRules.parse(new BufferedReader(new StringReader(text)), "test.txt");
  }

  @Test
  void theShippedRulesLoad() {
    assertThat(StoryRules.defaults().daySlack()).isGreaterThanOrEqualTo(0);
    assertThat(StoryRules.defaults().compatible("CONSULT", "CONSULT")).isTrue();
  }

  @Test
  void compatiblePairsWorkBothWays() throws IOException {
    StoryRules r = parse(ALL + "compatible CONSULT COOPERATE\n");
    assertThat(r.compatible("COOPERATE", "CONSULT")).isTrue();
    assertThat(r.compatible("CONSULT", "AGREE")).isFalse();
    assertThat(r.compatibleWith("CONSULT")).containsExactly("CONSULT", "COOPERATE");
  }

  @Test
  void anUnknownKeyIsAnError() {
    assertThatThrownBy(() -> parse(ALL + "place.miles 3\n"))
        .hasMessageContaining("test.txt:10: unknown key place.miles");
  }

  @Test
  void aMissingKeyOrABadValueIsAnError() {
    assertThatThrownBy(() -> parse(ALL.replace("quote.days 14\n", "")))
        .hasMessageContaining("missing key quote.days");
    assertThatThrownBy(() -> parse(ALL.replace("story.link 0.5", "story.link 2")))
        .hasMessageContaining("story.link must be in [0, 1.0]");
    assertThatThrownBy(() -> parse(ALL.replace("day.slack 1", "day.slack 1.5"))).hasMessageContaining("whole number");
    assertThatThrownBy(() -> parse(ALL + "compatible CONSULT MEET\n")).hasMessageContaining("two PLOVER types");
  }
}
