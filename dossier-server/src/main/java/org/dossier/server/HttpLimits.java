package org.dossier.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How Jetty holds out against slow and many clients: a bounded pool of request threads with a bounded queue of
 * work, a timeout on every blocked read of a request body, and a minimum rate a body must arrive at. A client
 * sending one byte every few seconds is cut off after {@link #BLOCKED_READ_TIMEOUT_MS} or as soon as it falls
 * below {@link #MIN_BODY_BYTES_PER_SECOND}, and {@link ExtractApi} lets only {@link #BODY_READERS} bodies be read
 * at once, so such clients can never hold every thread and searches are still answered.
 */
final class HttpLimits {
  /** Request threads (Jetty's selector and acceptor take a few of them). */
  static final int MAX_THREADS = 48;
  static final int MIN_THREADS = 4;
  /** Work waiting for a thread; beyond it Jetty refuses the connection rather than queue without bound. */
  static final int MAX_QUEUED = 1024;
  /** How long one read of a request body may wait for bytes. */
  static final long BLOCKED_READ_TIMEOUT_MS = 10_000;
  /** How long a whole body may take to arrive, whatever its rate. */
  static final long BODY_TIMEOUT_MS = 30_000;
  /** Below this a body is refused with 408: a megabyte takes under 17 minutes even at this rate. */
  static final long MIN_BODY_BYTES_PER_SECOND = 1024;
  /** Bodies of {@code POST /api/extract} read at the same time; more get 429. */
  static final int BODY_READERS = 8;

  private HttpLimits() {}

  static void apply(JavalinConfig c) {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000,
        new BlockingArrayQueue<>(64, 64, MAX_QUEUED));
    pool.setName("dossier-http");
    pool.setDaemon(true);
    c.jetty.threadPool = pool;
    c.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(BLOCKED_READ_TIMEOUT_MS);
      http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
    });
    c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
  }
}
