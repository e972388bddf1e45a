package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;

/**
 * Runs analyses on a fixed pool of threads behind a bounded queue. A request that finds every thread busy and
 * the queue full is refused at once ({@link RequestException.Busy}, a 429) rather than queued without bound:
 * CoreNLP holds hundreds of megabytes per article in flight, so an unbounded queue would turn a burst of posts
 * into an out-of-memory error. Thread-safe.
 */
public final class AnalysisQueue implements AutoCloseable {
  private final Analyser analyser;
  private final ThreadPoolExecutor pool;
  private final int capacity;

  /**
   * @param threads how many analyses run at once
   * @param capacity how many more may wait; 0 means none wait
   */
  public AnalysisQueue(Analyser analyser, int threads, int capacity) {
    this.analyser = analyser;
    this.capacity = capacity;
    BlockingQueue<Runnable> queue = capacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity);
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, daemons(),
        new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Queues the analysis of {@code articles} (one request's, analysed one after the other on one thread).
   *
   * @return the records, in the order of the articles
   * @throws RequestException.Busy when the queue is full
   */
  public CompletableFuture<List<DossierRecord>> submit(List<Article> articles) {
    CompletableFuture<List<DossierRecord>> result = new CompletableFuture<>();
    Future<?> task;
    try {
      task = pool.submit(() -> {
        try {
          List<DossierRecord> records = new ArrayList<>(articles.size());
          for (Article a : articles) {
            if (result.isDone()) {
              return; // the client's request timed out: stop, do not analyse for nobody
            }
            records.add(analyser.extract(a));
          }
          result.complete(records);
        } catch (RuntimeException | Error e) {
          // a failure inside the pipeline is the server's fault whatever its type (an IllegalArgumentException
          // from a bad offset is a bug, not a bad request)
          result.completeExceptionally(new AnalysisFailedException(e));
        }
      });
    } catch (RejectedExecutionException e) {
      throw new RequestException.Busy(capacity);
    }
    // a request that timed out interrupts its analysis, which stops at the pipeline's next deadline check
    result.whenComplete((r, e) -> {
      if (e instanceof TimeoutException) {
        task.cancel(true);
      }
    });
    return result;
  }

  /** Analyses running or waiting now (for the stats endpoint and tests). */
  public int inFlight() {
    return pool.getActiveCount() + pool.getQueue().size();
  }

  /** Stops taking work: waiting analyses are dropped and running ones interrupted (the server is going away). */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The analyser threw: a server error, whatever it threw. */
  public static final class AnalysisFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnalysisFailedException(Throwable cause) {
      super("analysis failed", cause);
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "dossier-analysis-" + n.incrementAndGet());
      t.setDaemon(true); // a pending analysis must not keep the JVM alive after the server stops
      return t;
    };
  }
}
