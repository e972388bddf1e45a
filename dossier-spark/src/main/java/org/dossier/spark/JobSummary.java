package org.dossier.spark;

import java.util.Locale;

/**
 * What a run of {@link DossierJob} did, as written to {@code summary.json}. Immutable.
 *
 * @param articles articles read and normalised (bad items are not articles)
 * @param records records written: articles less duplicates and failed analyses
 * @param duplicates articles skipped as duplicates (also in {@code rejects})
 * @param rejects rows of {@code rejects/}: bad items, duplicates and failed analyses
 * @param statements statements in the records
 * @param events events in the records
 * @param seconds wall-clock time of the run, listing and writing included
 */
public record JobSummary(long articles, long records, long duplicates, long rejects, long statements, long events,
    double seconds) {

  /** Articles extracted per second of the whole run. */
  public double articlesPerSecond() {
    return seconds > 0 ? records / seconds : 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d articles read, %d records written (%d statements, %d events), "
        + "%d duplicates skipped, %d rejects in %.1f s", articles, records, statements, events, duplicates, rejects,
        seconds);
  }
}
