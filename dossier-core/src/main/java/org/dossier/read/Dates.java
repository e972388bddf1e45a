package org.dossier.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as written by outlets and feeds. Only the calendar date is kept, in the writer's own time
 * zone: "2025-03-12T23:30:00+02:00" is 2025-03-12, not the UTC day. Stateless and thread-safe.
 */
final class Dates {
  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[t\\s].*)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|t.*)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:$|[\\s,].*)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?:$|[\\s,].*)");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private Dates() {}

  /** The date at the start of {@code value} (ISO, RFC 822/1123, "March 12, 2025", "12 March 2025"), or null. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = ISO.matcher(v);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(v);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(v);
    if (m.matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    if (m.matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return null;
  }

  /** Whether a whole line is just a date, such as Wikinews' "Friday, July 21, 2017". */
  static boolean isDateLine(String line) {
    String v = line.strip().toLowerCase(Locale.ROOT);
    if (v.length() > 40) {
      return false;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(v);
    Matcher d = DAY_MONTH_YEAR.matcher(v);
    boolean whole = (m.matches() && m.end(3) == v.length()) || (d.matches() && d.end(3) == v.length());
    return whole || v.matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private static String month(String name) {
    return Integer.toString(MONTHS.indexOf(name.substring(0, 3)) / 3 + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
