package org.dossier.server;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded load run against a server: {@code threads} clients send requests {@code 0 .. count-1} (each made by
 * a function of its number) as fast as answers come, until all are sent or {@code limit} has passed. Answers are
 * sorted into successes (2xx), rejections (429, when the caller expects them from a full queue) and errors
 * (anything else, including failed connections). Meant for loopback servers; thread-safe.
 */
public final class LoadBench {
  private LoadBench() {}

  /**
   * What a run measured.
   *
   * @param requests requests answered (or failed) before the run stopped
   * @param ok 2xx answers
   * @param rejected 429 answers
   * @param errors other statuses and failed requests
   * @param seconds wall time of the run
   * @param p50 median latency of successful requests, in milliseconds
   * @param p99 99th percentile latency of successful requests, in milliseconds
   */
  public record Result(String name, int threads, int requests, int ok, int rejected, int errors, double seconds,
                       double p50, double p99) {
    /** Successful requests per second. */
    public double throughput() {
      return seconds == 0 ? 0 : ok / seconds;
    }

    /** "search: 2000 requests on 4 threads, 1234.5 req/s, p50 1.20 ms, p99 5.60 ms, 0 rejected, 0 errors". */
    public String line() {
      return String.format(Locale.ROOT, "%s: %d requests on %d threads in %.1f s, %.1f req/s, p50 %.2f ms, "
          + "p99 %.2f ms, %d rejected (429), %d errors", name, requests, threads, seconds, throughput(), p50, p99,
          rejected, errors);
    }
  }

  /**
   * Runs the load and waits for it to finish.
   *
   * @param request makes request number {@code i}
   */
  public static Result run(String name, HttpClient client, IntFunction<HttpRequest> request, int threads, int count,
      Duration limit) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] latencies = new long[count];
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline; ) {
          long sent = System.nanoTime();
          int status = send(client, request.apply(i));
          long took = System.nanoTime() - sent;
          if (status >= 200 && status < 300) {
            latencies[i] = took;
            ok.incrementAndGet();
          } else if (status == 429) {
            rejected.incrementAndGet();
          } else {
            errors.incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    // the clients stop at the deadline; a last slow answer gets a minute more
    if (!pool.awaitTermination(limit.toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] okNanos = Arrays.stream(latencies).filter(n -> n > 0).sorted().toArray();
    int requests = ok.get() + rejected.get() + errors.get();
    return new Result(name, threads, requests, ok.get(), rejected.get(), errors.get(), seconds,
        percentile(okNanos, 0.50), percentile(okNanos, 0.99));
  }

  /** The nearest-rank percentile of sorted nanoseconds, in milliseconds (0 for none). */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** The status of one request, discarding the body; -1 when it failed. */
  private static int send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
