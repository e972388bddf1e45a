package org.dossier.store;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Skip;

/**
 * Writes a stream of records to a store in batches: a commit after every {@code batchSize} written articles and at
 * {@link #close}, each commit listing its batch's article ids. A crash loses at most the open batch, never part
 * of an article, and running the same input again finishes the job (records already there are unchanged).
 *
 * <p>Before an article is analysed, {@link #check} tells whether the store holds it already: with the same input
 * hash and source it is unchanged, and under another source (a copy under a new path) a duplicate; neither needs
 * an analysis, and the stored article keeps its source.
 *
 * <p>{@link #add} is not thread-safe (one thread feeds it, as {@code Batch} calls its consumer from one thread);
 * {@link #check} may run on another thread (Batch's reader).
 */
public final class Ingest implements AutoCloseable {
  /** What an ingest did: records added, replaced (updated), left alone (unchanged), and commits made. */
  public record Tally(int added, int updated, int unchanged, int commits) {
    public int total() {
      return added + updated + unchanged;
    }
  }

  private final Store store;
  private final int batchSize;
  private final String pipelineKey;
  private final Set<String> batch = new LinkedHashSet<>();
  private int added;
  private int updated;
  private final AtomicInteger unchanged = new AtomicInteger();
  private int commits;

  /** An ingest that does not skip articles before their analysis (records are still compared when put). */
  public Ingest(Store store, int batchSize) {
    this(store, batchSize, null);
  }

  /**
   * An ingest whose records come from the pipeline of {@code pipelineKey}
   * ({@link org.dossier.pipeline.PipelineSpec#key}); null for none, and then {@link #check} passes everything.
   */
  public Ingest(Store store, int batchSize, String pipelineKey) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.store = store;
    this.batchSize = batchSize;
    this.pipelineKey = pipelineKey;
  }

  /**
   * Whether {@code article} needs its analysis: null when it does (new, or its content or the pipeline changed),
   * {@link Skip#unchanged} when the store holds it from the same source with the same input hash (counted as
   * unchanged), a duplicate naming the stored article when the store holds it from another source.
   */
  public Skip check(Article article) {
    if (pipelineKey == null) {
      return null;
    }
    Optional<Store.Stored> stored = store.stored(article.id());
    if (stored.isEmpty()) {
      return null;
    }
    String source = InputHash.source(article.source());
    String storedSource = stored.get().source();
    if (storedSource != null && !storedSource.equals(source)) {
      return Skip.duplicate("duplicate of " + article.id() + " (stored from " + storedSource + ")");
    }
    if (InputHash.of(article, pipelineKey).equals(stored.get().inputHash())) {
      unchanged.incrementAndGet();
      return Skip.unchanged();
    }
    return null;
  }

  /** Writes one record; commits when the batch is full. */
  public Store.Outcome add(DossierRecord record) {
    Store.Outcome outcome = store.put(record, pipelineKey == null ? null : InputHash.of(record, pipelineKey));
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged.incrementAndGet();
    }
    if (outcome != Store.Outcome.UNCHANGED || store.uncommitted(Objects.requireNonNull(record.id()))) {
      batch.add(record.id());
      if (batch.size() >= batchSize) {
        commit();
      }
    }
    return outcome;
  }

  /** Commits the open batch, if it wrote anything. */
  public void commit() {
    if (!batch.isEmpty()) {
      store.commit(batch);
      batch.clear();
      commits++;
    }
  }

  /** How many records of the open batch await their commit. */
  public int uncommitted() {
    return batch.size();
  }

  public Tally tally() {
    return new Tally(added, updated, unchanged.get(), commits);
  }

  /** Commits the open batch; the store stays open. */
  @Override
  public void close() {
    commit();
  }
}
