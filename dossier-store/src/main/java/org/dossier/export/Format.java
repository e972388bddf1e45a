package org.dossier.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, as named on the command line ({@code --format csv}). */
public enum Format {
  /** RFC 4180 CSV with a header row: {@code events.csv}, {@code statements.csv}. */
  CSV,
  /** One flat JSON object per row: {@code events.jsonl}, {@code statements.jsonl}. */
  JSONL,
  /** Typed Parquet columns: {@code events.parquet}, {@code statements.parquet}. */
  PARQUET,
  /** Events as PLOVER JSON Lines records: {@code plover.jsonl}; no statements table. */
  PLOVER;

  /** The format named {@code name}, ignoring case; the message of the exception lists the valid names. */
  public static Format parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "', expected one of "
          + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
  }
}
