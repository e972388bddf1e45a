package org.dossier.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters.Kind;
import org.dossier.story.Stories;
import org.dossier.story.Story;

/**
 * Dossier's embedded store: a Lucene index in a folder holding, per article, one document per statement, one per
 * event and one for the article, written as one block that replaces any earlier block of the same article id.
 *
 * <p>Writes become durable and visible to other processes only at {@link #commit}; a crash or a {@link #close}
 * without commit leaves the last commit as it was (Lucene never exposes a partial commit, and a block is never
 * split). One process writes at a time (Lucene's write lock); any number may open the store read-only.
 *
 * <p>With stories (the default), each put also attaches the article's events and statements to stories of
 * earlier articles or starts new ones ({@link StoryIndex}); story documents commit with the articles.
 *
 * <p>Thread-safe: {@link #put} may run on many threads; {@link #commit} waits for puts in progress.
 */
public final class Store implements Closeable {
  /** What {@link #put} did with a record. */
  public enum Outcome { ADDED, UPDATED, UNCHANGED }

  /**
   * What the store holds of an article: its record's fingerprint, the hash of its input ({@link InputHash}; null
   * when it was stored without one) and where it was read from (null when unknown).
   */
  public record Stored(String fingerprint, String inputHash, String source) {}

  /** How many documents of each kind the store holds (as of the last refresh). */
  public record Counts(long articles, long statements, long events) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** What was put since the last commit, which searchers do not see yet ({@link #DELETED} for a deletion). */
  private final Map<String, Stored> pending = new ConcurrentHashMap<>();
  /** The story ids given to what was put since the last commit, by article. */
  private final Map<String, Map<String, String>> pendingStories = new ConcurrentHashMap<>();
  private static final Stored DELETED = new Stored(null, null, null);
  /** Null when the store keeps no stories. */
  private final StoryIndex stories;
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  private final AtomicLong sequence;

  private Store(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, long sequence,
                Stories stories) {
    this.stories = stories == null ? null : new StoryIndex(stories);
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.sequence = new AtomicLong(sequence);
  }

  /**
   * Opens the store in {@code dir} for reading and writing, creating it if needed.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException when another process (or store) writes it
   */
  public static Store open(Path dir) throws IOException {
    return open(dir, Stories.defaults());
  }

  /**
   * As {@link #open(Path)}, grouping what is put into stories by {@code stories}' rules, or into none when it is
   * null (stories already stored stay as they are).
   */
  public static Store open(Path dir, Stories stories) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.STORE)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          // closing without a commit must be like a crash: only committed batches count
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      CommitInfo last = CommitInfo.NONE;
      if (!DirectoryReader.indexExists(directory)) {
        // an empty first commit, so readers can open the store before the first batch lands
        writer.setLiveCommitData(new CommitInfo(0, Instant.now(), List.of()).toUserData().entrySet());
        writer.commit();
      } else {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        checkSchema(dir, data);
        last = CommitInfo.from(data);
      }
      return new Store(dir, directory, writer, new SearcherManager(writer, true, false, null), last.sequence(),
          stories);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback(); // releases the write lock
      }
      directory.close();
      throw e;
    }
  }

  /** Opens an existing store for searching only; sees the last commit (and later ones after {@link #refresh}). */
  public static Store openReadOnly(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new MissingStoreException(dir);
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new MissingStoreException(dir);
      }
      SearcherManager searchers = new SearcherManager(directory, null);
      IndexSearcher s = searchers.acquire();
      try {
        Map<String, String> data = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
        checkSchema(dir, data);
        return new Store(dir, directory, null, searchers, CommitInfo.from(data).sequence(), null);
      } catch (IOException | RuntimeException e) {
        searchers.release(s);
        s = null;
        searchers.close();
        throw e;
      } finally {
        if (s != null) {
          searchers.release(s);
        }
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkSchema(Path dir, Map<String, String> data) throws IOException {
    String schema = data.get(CommitInfo.SCHEMA);
    if (schema != null && !schema.equals(Integer.toString(DossierRecord.SCHEMA_VERSION))) {
      throw new IOException("store " + dir + " holds schema v" + schema + " records; this Dossier reads v"
          + DossierRecord.SCHEMA_VERSION);
    }
  }

  public Path path() {
    return path;
  }

  public boolean readOnly() {
    return writer == null;
  }

  /**
   * Writes a record's block, replacing the article's earlier block; a record equal to the stored one is left
   * alone. Visible to searches and durable only after {@link #commit}.
   */
  public Outcome put(DossierRecord record) {
    return put(record, null);
  }

  /**
   * As {@link #put(DossierRecord)}, keeping {@code inputHash} (the hash of the article and pipeline the record
   * was extracted with, or null) so a later ingest can skip the article before analysing it. An equal record
   * with a new input hash is rewritten (to keep the hash) and still reported unchanged.
   */
  public Outcome put(DossierRecord record, String inputHash) {
    requireWritable();
    Objects.requireNonNull(record.id(), "a record needs an id to be stored");
    String json = Json.write(record, false);
    String fingerprint = fingerprint(json);
    commitLock.readLock().lock();
    try {
      Stored before = pending.containsKey(record.id()) ? pending.get(record.id()) : storedInfo(record.id());
      before = before == DELETED ? null : before;
      boolean same = before != null && fingerprint.equals(before.fingerprint());
      if (same && (inputHash == null || inputHash.equals(before.inputHash()))) {
        return Outcome.UNCHANGED;
      }
      Map<String, String> storyIds = same ? storiesOf(record.id()) : attach(record);
      writer.updateDocuments(new Term(Fields.ARTICLE, record.id()),
          Documents.of(record, json, fingerprint, inputHash, storyIds));
      pending.put(record.id(), new Stored(fingerprint, inputHash, InputHash.source(record.source())));
      pendingStories.put(record.id(), storyIds);
      return same ? Outcome.UNCHANGED : before == null ? Outcome.ADDED : Outcome.UPDATED;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /**
   * Removes an article, its statements and events, and its mentions from their stories (a story left empty goes).
   * Visible and durable after {@link #commit}, like a put. Returns false when the store does not hold it.
   */
  public boolean delete(String articleId) {
    requireWritable();
    commitLock.readLock().lock();
    try {
      Stored before = pending.containsKey(articleId) ? pending.get(articleId) : storedInfo(articleId);
      if (before == null || before == DELETED) {
        return false;
      }
      if (stories != null) {
        withCommitted(s -> {
          stories.remove(articleId, s, writer);
          return null;
        });
      }
      writer.deleteDocuments(new Term(Fields.ARTICLE, articleId));
      pending.put(articleId, DELETED);
      pendingStories.remove(articleId);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** Attaches a new or changed record's mentions to stories; no story ids when the store keeps none. */
  private Map<String, String> attach(DossierRecord record) throws IOException {
    return stories == null ? Map.of() : withCommitted(s -> stories.replace(record, s, writer));
  }

  /** The story ids an article's events and statements have now (put in this batch, else committed). */
  private Map<String, String> storiesOf(String articleId) throws IOException {
    Map<String, String> p = pendingStories.get(articleId);
    if (p != null) {
      return p;
    }
    return withCommitted(s -> StoryIndex.assignments(s, articleQuery(articleId)));
  }

  private <T> T withCommitted(Reading<T> reading) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return reading.apply(s);
    } finally {
      searchers.release(s);
    }
  }

  /** A story by id, as of the last commit. */
  public Optional<Story> story(String id) {
    return read(s -> StoryIndex.find(s, id));
  }

  /** The story ids of an article's events and statements by their local ids, as of the last commit. */
  public Map<String, String> storyIds(String articleId) {
    return read(s -> StoryIndex.assignments(s, articleQuery(articleId)));
  }

  /** How many stories the store holds (as of the last refresh). */
  public long storyCount() {
    return read(s -> (long) s.count(StoryIndex.kindQuery()));
  }

  /**
   * Makes everything put so far durable and visible, atomically, recording {@code articles} (the batch's ids)
   * in the commit's user data. Blocks puts while it runs.
   */
  public CommitInfo commit(Collection<String> articles) {
    requireWritable();
    commitLock.writeLock().lock();
    try {
      CommitInfo info = new CommitInfo(sequence.incrementAndGet(), Instant.now(), new ArrayList<>(articles));
      writer.setLiveCommitData(info.toUserData().entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      pending.clear();
      pendingStories.clear();
      if (stories != null) {
        stories.committed();
      }
      return info;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** The user data of the commit this store's searchers see. */
  public CommitInfo lastCommit() {
    return read(s -> CommitInfo.from(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()));
  }

  /** Re-opens searchers on the latest commit (a read-only store does not see other processes' commits before). */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored record of an article, if the store has it. */
  public Optional<DossierRecord> get(String articleId) {
    return read(s -> {
      TopDocs top = s.search(articleQuery(articleId), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      String json = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.RECORD)).get(Fields.RECORD);
      return Optional.of(Json.read(json));
    });
  }

  public Counts counts() {
    return read(s -> new Counts(s.count(kindQuery(Kind.ARTICLE)), s.count(kindQuery(Kind.STATEMENT)),
        s.count(kindQuery(Kind.EVENT))));
  }

  /** The {@code top} most frequent values of a dimension among the documents matching {@code filters}. */
  public List<Facet.Count> facets(Filters filters, Facet facet, int top) {
    return read(s -> FacetCounter.count(s, Queries.of(filters), facet, top));
  }

  /** Work on a searcher of the store's current view, released afterwards. */
  @FunctionalInterface
  public interface Reading<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code reading} on the current searcher; for search, timeline and export code. */
  public <T> T read(Reading<T> reading) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return reading.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes pending documents to segment files without committing them (for the crash test). */
  void flush() throws IOException {
    writer.flush();
  }

  /** Closes the store; whatever was put after the last {@link #commit} is discarded, as after a crash. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }

  /** What the store holds of an article, put since the last commit or committed; empty when nothing. */
  public Optional<Stored> stored(String articleId) {
    Stored p = pending.get(articleId);
    if (p != null) {
      return p == DELETED ? Optional.empty() : Optional.of(p);
    }
    try {
      return Optional.ofNullable(storedInfo(articleId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether an article was written since the last commit. */
  public boolean uncommitted(String articleId) {
    return pending.containsKey(articleId);
  }

  private Stored storedInfo(String articleId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(articleQuery(articleId), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      var d = s.storedFields().document(top.scoreDocs[0].doc,
          Set.of(Fields.FINGERPRINT, Fields.INPUT_HASH, Fields.SOURCE));
      return new Stored(d.get(Fields.FINGERPRINT), d.get(Fields.INPUT_HASH), d.get(Fields.SOURCE));
    } finally {
      searchers.release(s);
    }
  }

  static Query articleQuery(String articleId) {
    return new BooleanQuery.Builder()
        .add(kindQuery(Kind.ARTICLE), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ARTICLE, articleId)), Occur.FILTER)
        .build();
  }

  static TermQuery kindQuery(Kind kind) {
    return new TermQuery(new Term(Fields.KIND, kind.label()));
  }

  /** A hash of the record's JSON: equal records are stored once, changed ones replace the old block. */
  static String fingerprint(String recordJson) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(recordJson.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("store " + path + " is open read-only");
    }
  }
}
