package org.dossier.store;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.dossier.store.Filters.Kind;

/**
 * An actor's statements and events in date order, with counts per week or month. Dates are when an event
 * happened when the record knows it, else the publication date. Immutable.
 *
 * @param actor the actor asked for (a name or an actor code; matched as speaker, source or target)
 * @param topic free-text words every entry must match, or null
 * @param by the period counts are kept by
 * @param statements how many statements match in all
 * @param events how many events match in all
 * @param buckets counts per period, oldest first; periods with nothing are left out
 * @param entries the first {@code limit} matches, oldest first
 */
public record Timeline(String actor, String topic, Period by, long statements, long events, List<Bucket> buckets,
                       List<Hit> entries) {

  public Timeline {
    buckets = List.copyOf(buckets);
    entries = List.copyOf(entries);
  }

  /** Calendar periods: ISO weeks (Monday first) or months. */
  public enum Period {
    WEEK, MONTH;

    public LocalDate start(LocalDate day) {
      return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** "2025-W11" or "2025-03". */
    public String label(LocalDate start) {
      return this == WEEK
          ? String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
          : start.toString().substring(0, 7);
    }

    public static Period parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** One period's counts. */
  public record Bucket(String period, LocalDate start, int statements, int events) {
    public int total() {
      return statements + events;
    }
  }

  /**
   * The timeline of {@code actor} in {@code store}: statements it made and events where it is source or target.
   *
   * @param filters further filters (topic words as query, dates, country, type, outlet); its kind, speaker and
   *     actor are ignored
   * @param limit the most entries to load (counts cover every match)
   */
  public static Timeline of(Store store, String actor, Filters filters, Period by, int limit) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a timeline needs an actor");
    }
    Filters base = new Filters(filters.query(), null, actor, filters.type(), filters.from(), filters.to(),
        filters.country(), null, filters.outlet());
    Map<LocalDate, int[]> counts = new TreeMap<>();
    long[] totals = store.read(s -> new long[] {
        countPeriods(s, Queries.of(base.withKind(Kind.STATEMENT)), by, counts, 0),
        countPeriods(s, Queries.of(base.withKind(Kind.EVENT)), by, counts, 1)});
    List<Bucket> buckets = new ArrayList<>();
    counts.forEach((start, c) -> buckets.add(new Bucket(by.label(start), start, c[0], c[1])));
    List<Hit> entries = new ArrayList<>();
    if (limit > 0) {
      Query saidOrDone = new BooleanQuery.Builder()
          .add(Queries.of(base), Occur.MUST)
          .add(Queries.kind(Kind.ARTICLE), Occur.MUST_NOT)
          .build();
      new Search(store).forEach(saidOrDone, limit, entries::add);
    }
    return new Timeline(actor, blankToNull(filters.query()), by, totals[0], totals[1], buckets, entries);
  }

  /** Adds each match to the count of its period at {@code counts[period][slot]}; returns how many matched. */
  private static long countPeriods(IndexSearcher s, Query query, Period by, Map<LocalDate, int[]> counts, int slot)
      throws IOException {
    Map<Long, Integer> days = s.search(query, new DayCounter.Manager());
    long total = 0;
    for (Map.Entry<Long, Integer> day : days.entrySet()) {
      total += day.getValue();
      if (day.getKey() != DayCounter.UNDATED) {
        counts.computeIfAbsent(by.start(LocalDate.ofEpochDay(day.getKey())), k -> new int[2])[slot] += day.getValue();
      }
    }
    return total;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
