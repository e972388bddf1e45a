package org.dossier.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns TIMEX3 values into date ranges against the article date: {@code 2025-01} is January 2025,
 * {@code XXXX-1-XX/XXXX-2-XX} ("from January to February" in March 2025) is 2025-01-01..2025-02-28.
 * A month or day without a year is the latest one not after the article date. Stateless.
 */
final class Periods {
  private static final Pattern DATE = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{1,2}|XX)(?:-(\\d{1,2}|XX))?)?(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(?:-WE)?");

  private static final java.util.Set<String> CALENDAR = java.util.Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight", "week",
      "month", "year", "ago", "weekend", "morning", "evening", "night", "decade", "earlier", "later", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private Periods() {}

  /** Whether a word can be part of a time expression, so SUTime is worth running on its sentence. */
  static boolean isCalendarWord(String word) {
    return CALENDAR.contains(word.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
  }

  /** An inclusive range of days. */
  record Period(LocalDate start, LocalDate end) {}

  static Optional<Period> of(String value, LocalDate reference) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.equals("PRESENT_REF") && reference != null) {
      return Optional.of(new Period(reference, reference));
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Optional<Period> a = single(value.substring(0, slash), reference);
      Optional<Period> b = single(value.substring(slash + 1), reference);
      if (a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().start())) {
        return Optional.of(new Period(a.get().start(), b.get().end()));
      }
      return Optional.empty();
    }
    return single(value, reference);
  }

  private static Optional<Period> single(String value, LocalDate reference) {
    Matcher w = WEEK.matcher(value);
    if (w.matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY);
      return Optional.of(new Period(monday, monday.plusDays(6)));
    }
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean yearKnown = !m.group(1).equals("XXXX");
    if (!yearKnown && reference == null) {
      return Optional.empty();
    }
    String month = m.group(2);
    String day = m.group(3);
    if (month == null || month.equals("XX")) {
      if (!yearKnown) {
        return Optional.empty();
      }
      int y = Integer.parseInt(m.group(1));
      return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    int mo = Integer.parseInt(month);
    if (mo < 1 || mo > 12) {
      return Optional.empty();
    }
    int year = yearKnown ? Integer.parseInt(m.group(1)) : reference.getYear();
    if (!yearKnown && YearMonth.of(year, mo).isAfter(YearMonth.from(reference))) {
      year--;
    }
    YearMonth ym = YearMonth.of(year, mo);
    if (day == null || day.equals("XX")) {
      return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth()));
    }
    int d = Integer.parseInt(day);
    if (d < 1 || d > ym.lengthOfMonth()) {
      return Optional.empty();
    }
    LocalDate date = ym.atDay(d);
    if (!yearKnown && date.isAfter(reference)) {
      date = date.minusYears(1);
    }
    return Optional.of(new Period(date, date));
  }
}
