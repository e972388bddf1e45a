package org.dossier.nlp;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A wall-clock budget for the work of one thread, so a slow article is really stopped, not only given up on. The
 * work runs under {@link #within}; the stages call {@link #check()} in their per-sentence loops, which throws
 * {@link TimeLimitExceeded} once the time is up, and at that moment the thread is also interrupted so that
 * library code that honours interrupts (CoreNLP's annotators do) stops as well. A thread that is interrupted for
 * any other reason (a server cancelling a timed-out request, a pool shutting down) stops at the next check too.
 * Thread-safe.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dossier-deadline");
    t.setDaemon(true);
    return t;
  });

  private final Thread thread;
  private final Duration limit;
  private final long end;
  private boolean finished; // guarded by this
  private boolean rang; // guarded by this

  private Deadline(Thread thread, Duration limit) {
    this.thread = thread;
    this.limit = limit;
    this.end = System.nanoTime() + limit.toNanos();
  }

  /**
   * Runs {@code work} on this thread with {@code limit} to finish.
   *
   * @throws TimeLimitExceeded when the limit passed first (whatever the work threw on its way out)
   * @throws Cancelled when the thread was interrupted by someone else
   */
  public static <T> T within(Duration limit, Supplier<T> work) {
    Deadline d = new Deadline(Thread.currentThread(), limit);
    Deadline outer = CURRENT.get();
    CURRENT.set(d);
    ScheduledFuture<?> alarm = ALARMS.schedule(d::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return work.get();
    } catch (RuntimeException e) {
      if (d.passed()) {
        throw new TimeLimitExceeded(limit); // the interrupt surfaced as the library's own exception
      }
      throw e;
    } finally {
      alarm.cancel(false);
      synchronized (d) {
        d.finished = true;
        if (d.rang) {
          Thread.interrupted(); // our alarm's interrupt must not hit the thread's next task
        }
      }
      CURRENT.set(outer);
    }
  }

  /**
   * Throws when the current thread's deadline has passed or the thread was interrupted; cheap enough for every
   * sentence.
   */
  public static void check() {
    Deadline d = CURRENT.get();
    if (d != null && d.passed()) {
      throw new TimeLimitExceeded(d.limit);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }

  private boolean passed() {
    return System.nanoTime() - end >= 0;
  }

  private synchronized void ring() {
    if (!finished) {
      rang = true;
      thread.interrupt();
    }
  }

  /** The work of one article took longer than its limit and was stopped. */
  public static final class TimeLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeLimitExceeded(Duration limit) {
      super("analysis stopped after the time limit of " + seconds(limit) + " (--time-limit)");
    }

    private static String seconds(Duration d) {
      return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
  }

  /** The thread was interrupted: its work was cancelled from outside. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("analysis cancelled");
    }
  }
}
