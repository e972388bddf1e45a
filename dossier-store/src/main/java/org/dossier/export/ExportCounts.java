package org.dossier.export;

/**
 * How many rows an export wrote to each table (0 for a table it did not write).
 *
 * @param events rows of the events table (or PLOVER records)
 * @param statements rows of the statements table
 * @param articles rows of the articles table
 * @param stories rows of the stories table
 */
public record ExportCounts(long events, long statements, long articles, long stories) {

  /** Counts of an export without a stories table. */
  public ExportCounts(long events, long statements, long articles) {
    this(events, statements, articles, 0);
  }

  public long total() {
    return events + statements + articles + stories;
  }
}
