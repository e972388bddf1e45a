package org.dossier.store;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * How many stories the statements and events matching a query belong to, and how many of them have a story
 * (their mentions): a search's results counted as stories, not only as reports. Stateless.
 */
final class StoryCounter {
  private StoryCounter() {}

  /** Mentions (matching documents with a story) and distinct stories. */
  record Count(long mentions, long stories) {}

  static Count count(IndexSearcher s, Query query) throws IOException {
    return s.search(query, new Manager());
  }

  private static final class Collector extends SimpleCollector {
    private final Set<String> stories = new HashSet<>();
    private long mentions;
    private SortedDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = context.reader().getSortedDocValues(Fields.STORY);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values != null && values.advanceExact(doc)) {
        mentions++;
        stories.add(values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class Manager implements CollectorManager<Collector, Count> {
    @Override
    public Collector newCollector() {
      return new Collector();
    }

    @Override
    public Count reduce(Collection<Collector> collectors) {
      Set<String> all = new HashSet<>();
      long mentions = 0;
      for (Collector c : collectors) {
        all.addAll(c.stories);
        mentions += c.mentions;
      }
      return new Count(mentions, all.size());
    }
  }
}
