package org.dossier.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A date option given as a day, a month or a year: {@code 2025-03-12}, {@code 2025-03} or {@code 2025}.
 * {@code --from} takes the period's first day, {@code --to} its last, so {@code --from 2020 --to 2020-06} is
 * 1 January to 30 June 2020. Stateless.
 */
final class DateBound {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD";

  private DateBound() {}

  /** The first ({@code last} false) or last day of the period {@code value} names. */
  static LocalDate parse(String value, boolean last) {
    String v = value.strip();
    try {
      if (YEAR.matcher(v).matches()) {
        Year y = Year.parse(v);
        return last ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
      }
      if (MONTH.matcher(v).matches()) {
        YearMonth m = YearMonth.parse(v);
        return last ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date: " + EXPECTED);
    }
  }

  /** {@code --from}: the first day of the period. */
  static final class From implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, false);
    }
  }

  /** {@code --to}: the last day of the period. */
  static final class To implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, true);
    }
  }
}
