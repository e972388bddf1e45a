package org.dossier.export;

/**
 * How many rows an export wrote to each table (0 for a table it did not write).
 *
 * @param events rows of the events table (or PLOVER records)
 * @param statements rows of the statements table
 * @param articles rows of the articles table
 */
public record ExportCounts(long events, long statements, long articles) {

  public long total() {
    return events + statements + articles;
  }
}
