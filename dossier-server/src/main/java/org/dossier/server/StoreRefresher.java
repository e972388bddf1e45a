package org.dossier.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Store;

/**
 * Re-opens a read-only store's searchers on its latest commit at a fixed interval, so what a {@code dossier
 * ingest} in another process commits becomes visible without a restart. A search never sees half a batch: each
 * refresh moves from one commit to a later one. Thread-safe.
 */
final class StoreRefresher implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StoreRefresher.class.getName());

  private final ScheduledExecutorService timer;

  StoreRefresher(Store store, ServerConfig config) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dossier-store-refresh");
      t.setDaemon(true);
      return t;
    });
    long every = config.refreshInterval().toMillis();
    timer.scheduleWithFixedDelay(() -> {
      try {
        store.refresh();
      } catch (RuntimeException e) {
        // a throw would end the schedule
        LOG.log(System.Logger.Level.WARNING, "dossier serve: store refresh failed; serving the previous commit", e);
      }
    }, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
