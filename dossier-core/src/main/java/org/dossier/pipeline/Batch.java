package org.dossier.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.nlp.Deadline;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Readers;
import org.dossier.read.Sink;
import org.dossier.text.Deduplicator;
import org.dossier.text.Normaliser;

/**
 * Runs a batch: one thread reads, normalises and de-duplicates in input order; a pool of {@code threads}
 * extracts; records come out in input order. A bad item or a failed article becomes a {@link Problem} and
 * the batch goes on. One batch at a time per instance.
 */
public final class Batch {
  /** Marks the end of the input in the queue of pending results. */
  private static final CompletableFuture<DossierRecord> END = CompletableFuture.completedFuture(null);

  private final Supplier<Extractor> factory;
  private volatile Extractor extractor;
  private final int threads;
  private boolean followLinks;

  public Batch(Extractor extractor, int threads) {
    this(() -> extractor, threads);
  }

  /**
   * A batch whose extractor is built by {@code factory} when the first article needs an analysis, and only
   * then: a rerun over articles the gate leaves out (an unchanged store) never loads the models.
   */
  public Batch(Supplier<Extractor> factory, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.factory = factory;
    this.threads = threads;
  }

  private Extractor extractor() {
    Extractor e = extractor;
    if (e == null) {
      synchronized (this) {
        if (extractor == null) {
          extractor = java.util.Objects.requireNonNull(factory.get(), "extractor");
        }
        e = extractor;
      }
    }
    return e;
  }

  /** Whether symbolic links leading out of an input folder are read (off: each is a skip line). */
  public Batch followLinks(boolean follow) {
    this.followLinks = follow;
    return this;
  }

  /**
   * Reads {@code paths} (files, folders, or "-" for stdin) and passes each record to {@code out} and each
   * skipped item to {@code problems}, both from the calling thread.
   */
  public Summary run(List<String> paths, Consumer<DossierRecord> out, Consumer<Problem> problems) {
    return run(paths, out, problems, Skip.NONE);
  }

  /**
   * As {@link #run(List, Consumer, Consumer)}, asking {@code gate} (on the reading thread) of each article before
   * its analysis whether it needs one: null analyses it, a {@link Skip} leaves it out (a duplicate as a problem).
   */
  public Summary run(List<String> paths, Consumer<DossierRecord> out, Consumer<Problem> problems,
                     Function<Article, Skip> gate) {
    BlockingQueue<CompletableFuture<DossierRecord>> pending = new ArrayBlockingQueue<>(threads * 4);
    BlockingQueue<Problem> bad = new java.util.concurrent.LinkedBlockingQueue<>();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-extract");
      t.setDaemon(true);
      return t;
    });
    Deduplicator dedup = new Deduplicator();
    Thread reader = new Thread(() -> {
      try {
        Readers.read(paths, followLinks, new Sink() {
          @Override
          public void draft(Draft draft) {
            Article article;
            try {
              article = Normaliser.normalise(draft);
            } catch (Throwable e) { // one item's failure, of any kind, is a skip line; the batch goes on
              bad.add(new Problem(itemOf(draft), reasonOf(e)));
              return;
            }
            var dup = dedup.check(article);
            if (dup.isPresent()) {
              duplicates.incrementAndGet();
              bad.add(new Problem(itemOf(draft), "skipped: " + dup.get()));
              return;
            }
            Skip skip = gate.apply(article);
            if (skip != null) {
              if (skip.duplicate()) {
                duplicates.incrementAndGet();
                bad.add(new Problem(itemOf(draft), "skipped: " + skip.reason()));
              }
              return;
            }
            put(pending, CompletableFuture.supplyAsync(() -> extractor().extract(article), pool)
                .exceptionally(e -> {
                  bad.add(new Problem(itemOf(draft), stopped(e) ? reasonOf(e) : "analysis failed: " + reasonOf(e)));
                  return null;
                }));
          }

          @Override
          public void problem(Problem problem) {
            bad.add(problem);
          }
        });
      } catch (Throwable e) { // a reader bug outside any one item: say so, do not end the batch silently
        bad.add(new Problem(String.join(" ", paths), "reading stopped: " + reasonOf(e)));
      } finally {
        put(pending, END);
      }
    }, "dossier-read");
    reader.setDaemon(true);
    reader.start();
    int written = 0;
    int problemCount = 0;
    long tokens = 0;
    try {
      while (true) {
        CompletableFuture<DossierRecord> next = pending.take();
        problemCount += drain(bad, problems);
        if (next == END) {
          break;
        }
        DossierRecord r = next.get();
        if (r != null) {
          out.accept(r);
          written++;
        }
      }
      reader.join();
      problemCount += drain(bad, problems);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Summary(written, duplicates.get(), problemCount - duplicates.get(), tokens);
  }

  private static int drain(BlockingQueue<Problem> bad, Consumer<Problem> problems) {
    int n = 0;
    Problem p;
    while ((p = bad.poll()) != null) {
      problems.accept(p);
      n++;
    }
    return n;
  }

  private static void put(BlockingQueue<CompletableFuture<DossierRecord>> q, CompletableFuture<DossierRecord> f) {
    try {
      q.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing", e);
    }
  }

  private static String itemOf(Draft d) {
    if (d.source() == null) {
      return "-";
    }
    return d.source().path() != null ? d.source().path() : d.source().url();
  }

  /** Whether the analysis was stopped by its time limit (then the reason says so itself). */
  private static boolean stopped(Throwable e) {
    return e instanceof Deadline.TimeLimitExceeded || e.getCause() instanceof Deadline.TimeLimitExceeded;
  }

  private static String reasonOf(Throwable e) {
    Throwable c = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
    if (c instanceof StackOverflowError) {
      return "nested too deeply or too long to process (stack overflow)";
    }
    if (c instanceof OutOfMemoryError) {
      return "too large to process in this heap (raise -Xmx or split the item)";
    }
    return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
  }
}
