package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.story.Days;
import org.dossier.story.EventMention;
import org.dossier.story.Mentions;
import org.dossier.story.QuoteMention;
import org.dossier.story.Stories;
import org.dossier.story.Story;
import org.dossier.story.StoryKeys;
import org.dossier.story.StorySummary;

/**
 * The store's stories, kept up to date at ingest without re-clustering: one Lucene document per story (its
 * members as JSON, indexed by kind, blocking key, member day windows and member articles). A new article's
 * mentions join the best story among candidates looked up in the committed index plus what the open batch
 * changed ({@link PendingStories}), or start new ones; an updated or deleted article first leaves its stories
 * (a story left empty is deleted). Story documents are written through the store's writer, so they commit
 * atomically with the articles. Thread-safe: one lock serialises story changes.
 */
final class StoryIndex {
  /** The kind of story documents (never one of {@link Filters.Kind}: searches leave them out). */
  static final String KIND = "story";
  /** Candidates read per lookup: a mention joins one story, and more than this under one key and day are rare. */
  private static final int CANDIDATES = 64;
  private static final Set<String> JSON_FIELD = Set.of(Fields.STORY_JSON);
  /** An undated member's window: matches undated mentions only. */
  private static final long UNDATED = Long.MIN_VALUE;

  private final Stories stories;
  private final PendingStories pending = new PendingStories();
  private final Object lock = new Object();

  StoryIndex(Stories stories) {
    this.stories = stories;
  }

  /**
   * Takes {@code r}'s mentions out of the stories of its earlier version and attaches its new ones, writing every
   * changed story document. Returns the story id of each event and statement by its local id.
   *
   * @param committed a searcher of the last commit
   */
  Map<String, String> replace(DossierRecord r, IndexSearcher committed, IndexWriter writer) throws IOException {
    synchronized (lock) {
      Set<String> changed = new LinkedHashSet<>(detach(r.id(), committed));
      Map<String, String> assigned = new LinkedHashMap<>();
      for (EventMention m : Mentions.events(r)) {
        List<Story> candidates = candidates(committed, Story.Kind.EVENT, StoryKeys.lookup(m, stories.matcher().rules()),
            stories.matcher().sameAct().window(m));
        Story s = stories.attach(m, candidates, id -> taken(id, committed));
        pending.put(s);
        changed.add(s.id());
        assigned.put(m.event(), s.id());
      }
      for (QuoteMention m : Mentions.quotes(r)) {
        List<Story> candidates = candidates(committed, Story.Kind.QUOTE, StoryKeys.of(m),
            stories.matcher().sameQuote().window(m));
        Story s = stories.attach(m, candidates, id -> taken(id, committed));
        pending.put(s);
        changed.add(s.id());
        assigned.put(m.statement(), s.id());
      }
      write(changed, writer);
      return assigned;
    }
  }

  /** Takes an article's mentions out of its stories (for a deletion), writing the changed story documents. */
  void remove(String article, IndexSearcher committed, IndexWriter writer) throws IOException {
    synchronized (lock) {
      write(detach(article, committed), writer);
    }
  }

  /** The open batch is committed: the searchers see what was pending. */
  void committed() {
    synchronized (lock) {
      pending.clear();
    }
  }

  /** A story by id, as of the last commit. */
  static Optional<Story> find(IndexSearcher s, String id) throws IOException {
    ScoreDoc[] top = s.search(storyQuery(id), 1).scoreDocs;
    return top.length == 0 ? Optional.empty() : Optional.of(read(s, top[0].doc));
  }

  static Query storyQuery(String id) {
    return new TermQuery(new Term(Fields.STORY_DOC, id));
  }

  static TermQuery kindQuery() {
    return new TermQuery(new Term(Fields.KIND, KIND));
  }

  static Story read(IndexSearcher s, int doc) throws IOException {
    String json = s.storedFields().document(doc, JSON_FIELD).get(Fields.STORY_JSON);
    return Json.MAPPER.readValue(json, Story.class);
  }

  /** The ids of the stories holding {@code article}'s mentions, as they are now (batch included). */
  private Set<String> storiesOf(String article, IndexSearcher committed) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    Query q = new BooleanQuery.Builder()
        .add(kindQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.STORY_ARTICLE, article)), Occur.FILTER)
        .build();
    for (ScoreDoc sd : committed.search(q, Integer.MAX_VALUE).scoreDocs) {
      Story s = read(committed, sd.doc);
      if (!pending.overrides(s.id())) {
        pending.put(s); // from now on the batch's version is the one to change
        ids.add(s.id());
      }
    }
    ids.addAll(pending.storiesOf(article));
    return ids;
  }

  /** Removes the article from its stories in the pending view; returns the ids of the stories changed. */
  private Set<String> detach(String article, IndexSearcher committed) throws IOException {
    Set<String> changed = storiesOf(article, committed);
    for (String id : changed) {
      Story left = pending.get(id).without(article);
      if (left.isEmpty()) {
        pending.remove(id);
      } else {
        pending.put(left);
      }
    }
    return changed;
  }

  private boolean taken(String id, IndexSearcher committed) {
    if (pending.holds(id)) {
      return true;
    }
    if (pending.overrides(id)) {
      return false; // emptied in this batch: free again
    }
    try {
      return committed.count(storyQuery(id)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Committed stories under the keys whose members' windows meet {@code days}, then the batch's own. */
  private List<Story> candidates(IndexSearcher committed, Story.Kind kind, Collection<String> keys, Days days)
      throws IOException {
    List<Story> out = new ArrayList<>();
    if (keys.isEmpty()) {
      return out;
    }
    List<BytesRef> terms = keys.stream().map(BytesRef::new).toList();
    long[] window = days == null ? new long[] {UNDATED, UNDATED}
        : new long[] {days.first().toEpochDay(), days.last().toEpochDay()};
    Query q = new BooleanQuery.Builder()
        .add(kindQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.STORY_KIND, label(kind))), Occur.FILTER)
        .add(new TermInSetQuery(Fields.STORY_KEY, terms), Occur.FILTER)
        .add(LongRange.newIntersectsQuery(Fields.STORY_DAYS, new long[] {window[0]}, new long[] {window[1]}),
            Occur.FILTER)
        .build();
    for (ScoreDoc sd : committed.search(q, CANDIDATES).scoreDocs) {
      Story s = read(committed, sd.doc);
      if (!pending.overrides(s.id())) {
        out.add(s);
      }
    }
    out.addAll(pending.candidates(keys));
    return out;
  }

  private void write(Collection<String> ids, IndexWriter writer) throws IOException {
    for (String id : ids) {
      Story s = pending.get(id);
      Term term = new Term(Fields.STORY_DOC, id);
      if (s == null) {
        writer.deleteDocuments(term);
      } else {
        writer.updateDocument(term, document(s));
      }
    }
  }

  private Document document(Story s) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
    d.add(new StringField(Fields.STORY_DOC, s.id(), Field.Store.NO));
    d.add(new StringField(Fields.STORY_KIND, label(s.kind()), Field.Store.NO));
    org.dossier.story.StoryBook.keys(s).forEach(k -> d.add(new StringField(Fields.STORY_KEY, k, Field.Store.NO)));
    s.articles().forEach(a -> d.add(new StringField(Fields.STORY_ARTICLE, a, Field.Store.NO)));
    for (EventMention m : s.events()) {
      addDays(d, stories.matcher().sameAct().window(m));
    }
    for (QuoteMention m : s.quotes()) {
      addDays(d, m.published() == null ? null : new Days(m.published(), m.published()));
    }
    StorySummary summary = s.summary();
    if (summary.firstReport() != null) {
      d.add(new NumericDocValuesField(Fields.STORY_FIRST, summary.firstReport().toEpochDay()));
    }
    d.add(new NumericDocValuesField(Fields.STORY_MENTIONS, summary.mentions()));
    try {
      d.add(new StoredField(Fields.STORY_JSON, Json.MAPPER.writeValueAsString(s)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private static void addDays(Document d, Days days) {
    long first = days == null ? UNDATED : days.first().toEpochDay();
    long last = days == null ? UNDATED : days.last().toEpochDay();
    d.add(new LongRange(Fields.STORY_DAYS, new long[] {first}, new long[] {last}));
  }

  /** The story ids of an article's events and statements (local id: story id) as the JSON stored with it. */
  static String writeAssignments(Map<String, String> assigned) {
    try {
      return Json.MAPPER.writeValueAsString(assigned);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story ids stored with the article document {@code articleQuery} finds; empty when none. */
  static Map<String, String> assignments(IndexSearcher s, Query articleQuery) throws IOException {
    ScoreDoc[] top = s.search(articleQuery, 1).scoreDocs;
    return top.length == 0 ? Map.of()
        : readAssignments(s.storedFields().document(top[0].doc, Set.of(Fields.STORIES)).get(Fields.STORIES));
  }

  /** What {@link #writeAssignments} wrote; empty for null (an article stored without stories). */
  static Map<String, String> readAssignments(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String,
          String>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String label(Story.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
