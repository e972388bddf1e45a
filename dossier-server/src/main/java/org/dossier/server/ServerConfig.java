package org.dossier.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@code dossier serve} can be told, checked once when built. The defaults are the safe choice: the
 * server listens on the loopback interface only, bodies and pages are bounded, and analysis runs on a small pool
 * behind a short queue, so a burst of posts is refused with 429 instead of exhausting memory. Immutable.
 *
 * @param host the interface to listen on; a name or address (an address other than loopback exposes the store
 *     and the analysis endpoint to the network, which has no authentication)
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413 before they are read
 * @param queue analysis requests that may wait while all analysis threads are busy; more get 429
 * @param threads analysis threads (each holds one article's parse in memory)
 * @param maxPageSize the most hits one search page may ask for
 * @param refreshInterval how often the store is re-opened on its latest commit, so that a {@code dossier ingest}
 *     running in another process becomes visible
 * @param analysisTimeout how long one extract request may take, waiting in the queue included, before 503
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int queue, int threads, int maxPageSize,
                           Duration refreshInterval, Duration analysisTimeout) {

  /** Loopback only: the API has no authentication, so reaching it from the network must be a deliberate choice. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The usual port of a local development server. */
  public static final int DEFAULT_PORT = 8080;

  /** 1 MiB: five times a long news article in HTML; a body this large takes CoreNLP seconds already. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** Eight waiting analyses: at about 0.2 s an article, a full queue is under two seconds of work per thread. */
  public static final int DEFAULT_QUEUE = 8;

  /** Two analysis threads: CoreNLP scales to about two cores (README, Speed) and searches need the others. */
  public static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  /** 100 hits a page: more than anyone reads on one screen; deeper results come page by page. */
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;

  /** One second: an ingest's commit shows up about as fast as the analyst can switch windows. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  /** Two minutes: a full queue of the largest bodies still finishes; a stuck analysis does not hold a client forever. */
  public static final Duration DEFAULT_ANALYSIS_TIMEOUT = Duration.ofMinutes(2);

  /** The defaults: 127.0.0.1:8080, 1 MiB bodies, 8 waiting and 2 running analyses. */
  public static final ServerConfig DEFAULTS = new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
      DEFAULT_QUEUE, DEFAULT_THREADS, DEFAULT_MAX_PAGE_SIZE, DEFAULT_REFRESH_INTERVAL, DEFAULT_ANALYSIS_TIMEOUT);

  /** @throws InvalidConfigException naming the first bad value */
  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new InvalidConfigException("--host must name an interface, such as " + DEFAULT_HOST);
    }
    check(port >= 0 && port <= 65_535, "--port must be 0 to 65535, was " + port);
    check(maxBodyBytes >= 1024, "--max-body must be at least 1024 bytes, was " + maxBodyBytes);
    check(queue >= 0, "--queue must be 0 or more, was " + queue);
    check(threads >= 1, "--threads must be at least 1, was " + threads);
    check(maxPageSize >= 1 && maxPageSize <= 1000, "the page size limit must be 1 to 1000, was " + maxPageSize);
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    Objects.requireNonNull(analysisTimeout, "analysisTimeout");
    check(!refreshInterval.isNegative() && !refreshInterval.isZero(), "the refresh interval must be positive");
    check(!analysisTimeout.isNegative() && !analysisTimeout.isZero(), "the analysis timeout must be positive");
    host = host.strip();
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, maxBodyBytes, queue, threads, maxPageSize, refreshInterval,
        analysisTimeout);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, maxBodyBytes, queue, threads, maxPageSize, refreshInterval,
        analysisTimeout);
  }

  public ServerConfig withMaxBodyBytes(long newMax) {
    return new ServerConfig(host, port, newMax, queue, threads, maxPageSize, refreshInterval, analysisTimeout);
  }

  public ServerConfig withAnalysis(int newQueue, int newThreads) {
    return new ServerConfig(host, port, maxBodyBytes, newQueue, newThreads, maxPageSize, refreshInterval,
        analysisTimeout);
  }

  public ServerConfig withRefreshInterval(Duration newInterval) {
    return new ServerConfig(host, port, maxBodyBytes, queue, threads, maxPageSize, newInterval, analysisTimeout);
  }

  /** Whether only this machine can connect (then requests naming another host are refused: DNS rebinding). */
  public boolean loopbackOnly() {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // a literal address needs no lookup; a name is resolved once, at start-up
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new InvalidConfigException(message);
    }
  }

  /** A config value out of range; the message names the option. */
  public static final class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
      super(message);
    }
  }
}
