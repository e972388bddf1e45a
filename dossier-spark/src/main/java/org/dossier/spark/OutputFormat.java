package org.dossier.spark;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What the job writes besides its rejects and summary: schema-v1 JSON Lines and/or Parquet tables. */
public enum OutputFormat {
  /** {@code records/}: one schema-v1 JSON record per line, as {@code dossier extract} prints them. */
  JSONL,
  /** {@code events/} and {@code statements/}: the export tables of {@code dossier export --format parquet}. */
  PARQUET;

  /**
   * The formats named in a comma-separated list such as {@code jsonl,parquet}, case-insensitive.
   *
   * @throws IllegalArgumentException for an empty list or an unknown name
   */
  public static Set<OutputFormat> parse(String list) {
    Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
    for (String name : list.split(",")) {
      String n = name.strip().toUpperCase(Locale.ROOT);
      if (!n.isEmpty()) {
        try {
          formats.add(valueOf(n));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown format '" + name.strip() + "' (jsonl, parquet)");
        }
      }
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format given (jsonl, parquet)");
    }
    return formats;
  }
}
