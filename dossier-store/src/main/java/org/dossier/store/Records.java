package org.dossier.store;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;

/** Whole records out of a store, for exports: the articles that hold at least one match. Stateless. */
public final class Records {
  private static final Set<String> RECORD_FIELD = Set.of(Fields.RECORD);
  private static final Sort OLDEST_FIRST = new Sort(Search.sortField(Fields.PUBLISHED, false));

  private Records() {}

  /**
   * Passes each stored record with a document matching {@code filters} (the article itself, or one of its
   * statements or events) to {@code each}, oldest publication first, one record in memory at a time.
   */
  public static void forEach(Store store, Filters filters, Consumer<DossierRecord> each) {
    Query query = Queries.of(filters);
    store.read(s -> {
      Set<String> ids = s.search(query, new IdCollector.Manager());
      if (ids.isEmpty()) {
        return null;
      }
      Query articles = Queries.kind(Filters.Kind.ARTICLE);
      TopDocs all = s.search(articles, Math.max(1, s.count(articles)), OLDEST_FIRST);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        if (ids.contains(idOf(s, sd.doc))) {
          each.accept(Json.read(stored.document(sd.doc, RECORD_FIELD).get(Fields.RECORD)));
        }
      }
      return null;
    });
  }

  private static String idOf(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ARTICLE);
    return ids != null && ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
  }

  /** Collects the article ids of matching documents from doc values. */
  private static final class IdCollector extends SimpleCollector {
    private final Set<String> ids = new HashSet<>();
    private SortedDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = context.reader().getSortedDocValues(Fields.ARTICLE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values != null && values.advanceExact(doc)) {
        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<IdCollector, Set<String>> {
      @Override
      public IdCollector newCollector() {
        return new IdCollector();
      }

      @Override
      public Set<String> reduce(Collection<IdCollector> collectors) {
        Set<String> all = new HashSet<>();
        collectors.forEach(c -> all.addAll(c.ids));
        return all;
      }
    }
  }
}
