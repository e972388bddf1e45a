package org.dossier.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and normalises time expressions ("yesterday", "from January to February") against a reference date.
 * Implementations load their rules once and are thread-safe.
 */
public interface TimeTagger {
  /** The time expressions of {@code text}, with offsets into it, normalised against {@code date}. */
  List<TimeValue> tag(String text, LocalDate date);

  /** A time expression and its TIMEX3 value ({@code 2025-01}, {@code 2025-03-11}, {@code 2025-W10}, ...). */
  record TimeValue(int start, int end, String text, String value) {}
}
