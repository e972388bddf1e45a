package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.story.Candidates;
import org.dossier.story.Days;
import org.dossier.story.EventMention;
import org.dossier.story.Mentions;
import org.dossier.story.QuoteMention;
import org.dossier.story.Stories;
import org.dossier.story.Story;
import org.dossier.story.StoryKeys;

/**
 * The store's stories, kept at ingest without re-clustering and without documents of their own: each event
 * and statement document carries its story id, its blocking keys, its day window and what matching needs of it
 * ({@link Member}). A new article's mentions are compared with the members found under their keys and days in
 * the committed index plus those the open batch added ({@link PendingMembers}), and join the best story or start
 * one. As members live in their article's block, a story commits atomically with its articles, an unchanged
 * re-ingest changes nothing, and an updated or deleted article leaves its stories with its block (a story with no
 * member left is gone). A story keeps the id its first member gave it while any member remains. Thread-safe.
 */
final class StoryIndex {
  /** Members read per lookup; more under one key in one window are rare, and the first ones decide. */
  private static final int CANDIDATES = 16;
  /** An undated member's window: it meets undated mentions only. */
  private static final long UNDATED = Long.MIN_VALUE;

  /** An event's or statement's story fields: its story, blocking keys, window (null: undated) and JSON. */
  record Member(String story, List<String> keys, Days days, String json) {}

  private final Stories stories;
  private final PendingMembers pending = new PendingMembers();
  private final Object lock = new Object();

  StoryIndex(Stories stories) {
    this.stories = stories;
  }

  /**
   * Attaches {@code r}'s events and statements (replacing any earlier version of the article) and returns the
   * story fields of each by its local id.
   *
   * @param committed a searcher of the last commit
   */
  Map<String, Member> assign(DossierRecord r, IndexSearcher committed) throws IOException {
    synchronized (lock) {
      pending.replace(r.id());
      Map<String, Member> out = new LinkedHashMap<>();
      for (EventMention m : Mentions.events(r)) {
        Days days = stories.matcher().sameAct().window(m);
        List<String> keys = List.of(StoryKeys.of(m));
        Candidates<EventMention> candidates = new Candidates<>();
        collect(committed, StoryKeys.lookup(m, stories.matcher().rules()), days, EventMention.class,
            o -> stories.matcher().sameAct().dates(m, o), candidates);
        String story = stories.attach(m, candidates, id -> taken(id, committed));
        out.put(m.event(), add(r.id(), m.event(), story, keys, days, m));
      }
      for (QuoteMention m : Mentions.quotes(r)) {
        List<String> keys = List.copyOf(StoryKeys.of(m));
        Candidates<QuoteMention> candidates = new Candidates<>();
        Days window = stories.matcher().sameQuote().window(m);
        collect(committed, keys, window, QuoteMention.class, o -> within(window, o), candidates);
        String story = stories.attach(m, candidates, id -> taken(id, committed));
        out.put(m.statement(), add(r.id(), m.statement(), story, keys, m.published() == null ? null
            : new Days(m.published(), m.published()), m));
      }
      return out;
    }
  }

  /** The story fields of a record written again unchanged: its members keep their stories. */
  Map<String, Member> keep(DossierRecord r, IndexSearcher committed) throws IOException {
    synchronized (lock) {
      Map<String, String> storyIds = pending.storiesOf(r.id());
      if (storyIds == null) {
        storyIds = assignments(committed, Store.articleQuery(r.id()));
      }
      pending.replace(r.id());
      Map<String, Member> out = new LinkedHashMap<>();
      for (EventMention m : Mentions.events(r)) {
        String story = storyIds.get(m.event());
        if (story != null) {
          out.put(m.event(), add(r.id(), m.event(), story, List.of(StoryKeys.of(m)),
              stories.matcher().sameAct().window(m), m));
        }
      }
      for (QuoteMention m : Mentions.quotes(r)) {
        String story = storyIds.get(m.statement());
        if (story != null) {
          out.put(m.statement(), add(r.id(), m.statement(), story, List.copyOf(StoryKeys.of(m)),
              m.published() == null ? null : new Days(m.published(), m.published()), m));
        }
      }
      return out;
    }
  }

  /** The article is deleted in the open batch: its members no longer count. */
  void remove(String article) {
    synchronized (lock) {
      pending.replace(article);
    }
  }

  /** The open batch is committed: the searchers see what was pending. */
  void committed() {
    synchronized (lock) {
      pending.clear();
    }
  }

  /** Adds a story's fields to the document of one of its members. */
  static void addFields(Document d, Member m) {
    d.add(new StringField(Fields.STORY, m.story(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.STORY, new BytesRef(m.story())));
    for (String term : terms(m.keys(), m.days())) {
      d.add(new StringField(Fields.STORY_KEY, term, Field.Store.NO));
    }
    // doc values, not a stored field: candidates are read at every put, and stored fields decompress a block each
    d.add(new BinaryDocValuesField(Fields.STORY_MEMBER, new BytesRef(m.json())));
  }

  /** A story by id, as of the last commit: its members oldest report first. */
  static Optional<Story> find(IndexSearcher s, String id) throws IOException {
    Query q = new TermQuery(new Term(Fields.STORY, id));
    int n = s.count(q); // a top-n of all documents would allocate a queue the size of the index
    if (n == 0) {
      return Optional.empty();
    }
    ScoreDoc[] docs = s.search(q, n).scoreDocs;
    List<EventMention> events = new ArrayList<>();
    List<QuoteMention> quotes = new ArrayList<>();
    for (String[] member : members(s, docs)) {
      String json = member[1];
      if (json.contains("\"statement\"")) { // a quote mention's key; an event mention has "event" instead
        quotes.add(Json.MAPPER.readValue(json, QuoteMention.class));
      } else {
        events.add(Json.MAPPER.readValue(json, EventMention.class));
      }
    }
    if (events.isEmpty() && quotes.isEmpty()) {
      return Optional.empty();
    }
    events.sort(Comparator.comparing(EventMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> m.key()));
    quotes.sort(Comparator.comparing(QuoteMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(QuoteMention::key));
    return Optional.of(new Story(id, events.isEmpty() ? Story.Kind.QUOTE : Story.Kind.EVENT, events, quotes));
  }

  /** How many stories have members, counted from doc values. */
  static long count(IndexSearcher s) throws IOException {
    Set<String> ids = new HashSet<>();
    for (var leaf : s.getIndexReader().leaves()) {
      var values = leaf.reader().getSortedDocValues(Fields.STORY);
      var live = leaf.reader().getLiveDocs();
      if (values == null) {
        continue;
      }
      for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
           doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
    }
    return ids.size();
  }

  private Member add(String article, String local, String story, List<String> keys, Days days, Object mention) {
    long[] w = window(days);
    pending.add(new PendingMembers.Pending(article, local, story, keys, w[0], w[1], mention));
    try {
      return new Member(story, keys, days, Json.MAPPER.writeValueAsString(mention));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Committed members under the keys in the weeks of {@code days} whose windows meet it ({@code meets}; not of
   * articles replaced in this batch), then the batch's own.
   */
  private <M> void collect(IndexSearcher committed, Collection<String> keys, Days days, Class<M> type,
                           Predicate<M> meets, Candidates<M> out) throws IOException {
    if (keys.isEmpty()) {
      return;
    }
    List<String> terms = terms(keys, days);
    Query q = terms.size() == 1 ? new TermQuery(new Term(Fields.STORY_KEY, terms.get(0)))
        : new TermInSetQuery(Fields.STORY_KEY, terms.stream().map(BytesRef::new).toList());
    for (String[] found : members(committed, committed.search(q, CANDIDATES).scoreDocs)) {
      M member = Json.MAPPER.readValue(found[1], type);
      String article = member instanceof EventMention e ? e.article() : ((QuoteMention) member).article();
      if (!pending.stale(article) && meets.test(member)) {
        out.add(found[0], member);
      }
    }
    long[] w = window(days);
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // records hash all their text
    for (String key : keys) {
      for (PendingMembers.Pending p : pending.under(key, w[0], w[1])) {
        if (seen.add(p)) {
          out.add(p.story(), type.cast(p.mention()));
        }
      }
    }
  }

  /**
   * Index terms of blocking keys in the weeks a window touches ({@code KEY|WEEK}, {@code KEY|u} undated): a
   * lookup is one term query, and a busy pair's years of members are never read for this week's act.
   */
  static List<String> terms(Collection<String> keys, Days days) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      if (days == null) {
        out.add(key + "|u");
        continue;
      }
      for (long week = Math.floorDiv(days.first().toEpochDay(), 7); week <= Math.floorDiv(days.last().toEpochDay(), 7);
           week++) {
        out.add(key + "|" + week);
      }
    }
    return out;
  }

  /** Whether a quote member's article date lies in a quote's window (undated only with undated). */
  private static boolean within(Days window, QuoteMention o) {
    return window == null ? o.published() == null
        : o.published() != null && !o.published().isBefore(window.first()) && !o.published().isAfter(window.last());
  }

  /** The story id and member JSON of each document, in doc order, from doc values. */
  private static List<String[]> members(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<String[]> out = new ArrayList<>(docs.length);
    int leafIndex = -1;
    SortedDocValues stories = null;
    BinaryDocValues members = null;
    for (int doc : docs) {
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        stories = leaves.get(at).reader().getSortedDocValues(Fields.STORY);
        members = leaves.get(at).reader().getBinaryDocValues(Fields.STORY_MEMBER);
      }
      int local = doc - leaves.get(at).docBase;
      if (stories != null && members != null && stories.advanceExact(local) && members.advanceExact(local)) {
        out.add(new String[] {stories.lookupOrd(stories.ordValue()).utf8ToString(),
            members.binaryValue().utf8ToString()});
      }
    }
    return out;
  }

  private boolean taken(String id, IndexSearcher committed) {
    if (pending.hasStory(id)) {
      return true;
    }
    try {
      return committed.count(new TermQuery(new Term(Fields.STORY, id))) > 0; // may be stale: then a new id
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long[] window(Days days) {
    return days == null ? new long[] {UNDATED, UNDATED}
        : new long[] {days.first().toEpochDay(), days.last().toEpochDay()};
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
    if (top.length == 0) {
      return Map.of();
    }
    String json = s.storedFields().document(top[0].doc, Set.of(Fields.STORIES)).get(Fields.STORIES);
    return json == null ? Map.of() : Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
  }
}
