package org.dossier.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dossier.json.Json;
import org.dossier.model.Span;
import org.dossier.store.Filters.Kind;

/**
 * Searches a store: ranked by relevance when there is free text, newest first otherwise, paged; each hit with
 * its evidence sentence. Thread-safe (it holds only the store).
 */
public final class Search {
  /** Paging stops here: deeper pages cost more than anyone reads. */
  public static final int MAX_DEPTH = 10_000;
  static final Sort NEWEST_FIRST = new Sort(sortField(Fields.PUBLISHED, true), sortField(Fields.DATE, true));
  static final Sort OLDEST_FIRST = new Sort(sortField(Fields.DATE, false), sortField(Fields.PUBLISHED, false));

  private static final Set<String> HIT_FIELDS = Set.of(Fields.HIT);
  private static final Set<String> RECORD_FIELDS = Set.of(Fields.RECORD);

  /** The order of a search's hits. */
  public enum Order {
    /** Best match first when there is free text, else newest first (the default). */
    RELEVANCE,
    /** Newest first by publication date (then by when it happened). */
    NEWEST,
    /** Oldest first by when it happened. */
    OLDEST;

    /** The order named {@code name} (any case); null gives the default. */
    public static Order of(String name) {
      if (name == null || name.isBlank()) {
        return RELEVANCE;
      }
      return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
  }

  private final Store store;

  public Search(Store store) {
    this.store = store;
  }

  /**
   * Page {@code page} (from 1) of {@code size} hits matching {@code filters}.
   *
   * @throws IllegalArgumentException when page or size is below 1 or the page lies beyond {@link #MAX_DEPTH}
   */
  public Page find(Filters filters, int page, int size) {
    return find(filters, page, size, Order.RELEVANCE);
  }

  /** As {@link #find(Filters, int, int)}, in {@code order}; the score is given only for a ranked search. */
  public Page find(Filters filters, int page, int size, Order order) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1, were " + page + " and " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException("results stop at " + MAX_DEPTH + "; narrow the search with filters");
    }
    Query query = Queries.of(filters);
    boolean text = filters.query() != null && !filters.query().isBlank();
    boolean ranked = text && order == Order.RELEVANCE;
    Sort sort = order == Order.OLDEST ? OLDEST_FIRST : NEWEST_FIRST;
    int depth = page * size;
    return store.read(s -> {
      TopDocs top = ranked
          ? s.search(query, new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE))
          : s.search(query, new TopFieldCollectorManager(sort, depth, null, Integer.MAX_VALUE));
      Set<String> terms = text ? textTerms(query) : Set.of();
      List<Hit> hits = new ArrayList<>(size);
      StoredFields stored = s.storedFields();
      for (int i = (page - 1) * size; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Hit hit = hit(stored, sd.doc).withScore(ranked ? sd.score : 0f);
        hits.add(hit.kind() == Kind.ARTICLE && text ? withBestSentence(stored, sd.doc, hit, terms) : hit);
      }
      return new Page(top.totalHits.value, page, size, hits);
    });
  }

  /**
   * How many of the statements and events matching {@code filters} belong to a story (mentions), and to how
   * many distinct stories: {@code {mentions, stories}}.
   */
  public long[] stories(Filters filters) {
    StoryCounter.Count c = store.read(s -> StoryCounter.count(s, Queries.of(filters)));
    return new long[] {c.mentions(), c.stories()};
  }

  /** Every hit matching {@code filters}, oldest first (by when it happened), for timelines and exports. */
  public void forEach(Filters filters, Consumer<Hit> each) {
    forEach(Queries.of(filters), Integer.MAX_VALUE, each);
  }

  /** The first {@code limit} hits matching {@code query}, oldest first. */
  void forEach(Query query, int limit, Consumer<Hit> each) {
    store.read(s -> {
      int n = Math.min(limit, s.count(query));
      if (n == 0) {
        return null;
      }
      TopDocs all = s.search(query, n, OLDEST_FIRST);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        each.accept(hit(stored, sd.doc));
      }
      return null;
    });
  }

  static Hit hit(StoredFields stored, int doc) throws IOException {
    String json = stored.document(doc, HIT_FIELDS).get(Fields.HIT);
    return Json.MAPPER.readValue(json, Hit.class);
  }

  /** Sorts documents without the field last, whichever the direction. */
  static SortField sortField(String field, boolean reverse) {
    SortField f = new SortField(field, SortField.Type.LONG, reverse);
    f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }

  /** The words of the free text as the text field indexes them (stems). */
  private static Set<String> textTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    for (Term t : terms) {
      if (t.field().equals(Fields.TEXT)) {
        words.add(t.text());
      }
    }
    return words;
  }

  /** An article hit's evidence: its sentence holding most of the query's words. */
  private static Hit withBestSentence(StoredFields stored, int doc, Hit hit, Set<String> terms) throws IOException {
    if (terms.isEmpty()) {
      return hit;
    }
    String text = articleText(stored.document(doc, RECORD_FIELDS).get(Fields.RECORD));
    Span best = null;
    int bestCount = 0;
    for (Span sentence : Sentences.all(text)) {
      int count = matches(sentence.text(), terms);
      if (count > bestCount) {
        best = sentence;
        bestCount = count;
      }
    }
    return best == null ? hit : hit.withEvidence(best.text());
  }

  private static int matches(String sentence, Set<String> terms) throws IOException {
    Set<String> found = new HashSet<>();
    try (TokenStream ts = Analyzers.STORE.tokenStream(Fields.TEXT, sentence)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (terms.contains(t)) {
          found.add(t);
        }
      }
      ts.end();
    }
    return found.size();
  }

  /** The record's "text" field, read without building the whole record (it comes before the long lists). */
  static String articleText(String recordJson) {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(recordJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("text")) {
          return p.getValueAsString("");
        }
        p.skipChildren();
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
