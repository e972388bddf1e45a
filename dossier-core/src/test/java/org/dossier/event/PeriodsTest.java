package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {
  private static final LocalDate ARTICLE = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource({
      "XXXX-1-XX/XXXX-2-XX, 2025-01-01, 2025-02-28",
      "XXXX-11, 2024-11-01, 2024-11-30",
      "2025-03-11, 2025-03-11, 2025-03-11",
      "2025-W10, 2025-03-03, 2025-03-09",
      "2010, 2010-01-01, 2010-12-31",
      "2024-05, 2024-05-01, 2024-05-31",
      "XXXX-12-25, 2024-12-25, 2024-12-25",
      "PRESENT_REF, 2025-03-12, 2025-03-12",
      "2025-03-11TMO, 2025-03-11, 2025-03-11"})
  void normalisesAgainstTheArticleDate(String value, String start, String end) {
    Periods.Period p = Periods.of(value, ARTICLE).orElseThrow();
    assertThat(p.start()).hasToString(start);
    assertThat(p.end()).hasToString(end);
  }

  @ParameterizedTest
  @CsvSource({"P30D", "PAST_REF", "XXXX-XX", "2025-SU", "garbage"})
  void durationsAndVagueValuesHaveNoPeriod(String value) {
    assertThat(Periods.of(value, ARTICLE)).isEmpty();
  }
}
