package org.dossier.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A push-style producer (Dossier's readers call a sink) turned into the iterator a Spark task pulls from: the
 * producer runs in its own daemon thread at most {@link #AHEAD} items ahead, so a WARC of 50,000 pages is never
 * held in memory whole. {@link #close} (called when the task ends, also early) stops the producer. One consumer
 * thread; the producer's failure is rethrown to it.
 *
 * @param <T> what is produced
 */
final class Streamed<T> implements Iterator<T>, AutoCloseable {
  static final int AHEAD = 64;

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private volatile boolean closed;
  private volatile Throwable failure;
  private Object next;

  /** Starts {@code producer}, which passes each item to the consumer it is given. */
  Streamed(String name, Consumer<Consumer<T>> producer) {
    thread = new Thread(() -> {
      try {
        producer.accept(this::put);
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          put(END);
        } catch (CancellationException e) {
          // closed: nobody waits for the end
        }
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void put(Object item) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new CancellationException("reader closed"); // the task is gone: stop reading
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("reader interrupted");
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    if (next == END) {
      Throwable t = failure;
      if (t != null && !closed) {
        throw new IllegalStateException("reading failed: " + t, t);
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }

  @Override
  public void close() {
    closed = true;
    queue.clear(); // unblocks a producer waiting for room
  }
}
