package org.dossier.store;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts matching documents per day of their {@link Fields#DATE}, from doc values (no stored fields read). */
final class DayCounter extends SimpleCollector {
  /** The key of documents without a date. */
  static final long UNDATED = Long.MIN_VALUE;

  private final Map<Long, Integer> days = new HashMap<>();
  private NumericDocValues dates;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    dates = context.reader().getNumericDocValues(Fields.DATE);
  }

  @Override
  public void collect(int doc) throws IOException {
    long day = dates != null && dates.advanceExact(doc) ? dates.longValue() : UNDATED;
    days.merge(day, 1, Integer::sum);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** One counter per search slice, merged: epoch day to count. */
  static final class Manager implements CollectorManager<DayCounter, Map<Long, Integer>> {
    @Override
    public DayCounter newCollector() {
      return new DayCounter();
    }

    @Override
    public Map<Long, Integer> reduce(Collection<DayCounter> counters) {
      Map<Long, Integer> all = new HashMap<>();
      counters.forEach(c -> c.days.forEach((day, n) -> all.merge(day, n, Integer::sum)));
      return all;
    }
  }
}
