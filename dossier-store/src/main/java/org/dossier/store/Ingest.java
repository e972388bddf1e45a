package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DossierRecord;

/**
 * Writes a stream of records to a store in batches: a commit after every {@code batchSize} written articles and at
 * {@link #close}, each commit listing its batch's article ids. A crash loses at most the open batch, never part
 * of an article, and running the same input again finishes the job (records already there are unchanged).
 *
 * <p>Not thread-safe: one thread feeds it (as {@code Batch} calls its consumer from one thread).
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
  private final List<String> batch = new ArrayList<>();
  private int added;
  private int updated;
  private int unchanged;
  private int commits;

  public Ingest(Store store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.store = store;
    this.batchSize = batchSize;
  }

  /** Writes one record; commits when the batch is full. */
  public Store.Outcome add(DossierRecord record) {
    Store.Outcome outcome = store.put(record);
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
    if (outcome != Store.Outcome.UNCHANGED) {
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
    return new Tally(added, updated, unchanged, commits);
  }

  /** Commits the open batch; the store stays open. */
  @Override
  public void close() {
    commit();
  }
}
