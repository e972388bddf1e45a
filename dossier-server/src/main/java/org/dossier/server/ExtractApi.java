package org.dossier.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Articles;
import org.dossier.read.Problem;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

/**
 * {@code POST /api/extract}: analyses the posted article(s) and answers their schema-v1 records without storing
 * anything. The body is any format {@code dossier extract} reads (the plain article format, JSON Lines, HTML, a
 * feed, WARC, gzipped or not), told from its content. The body is read with a hard bound and the analysis waits
 * in the {@link AnalysisQueue}; the request thread is released while it runs. Thread-safe.
 */
final class ExtractApi {
  /** Articles one request may hold: each takes the pool's thread for a fraction of a second. */
  static final int MAX_ARTICLES = 20;
  /** The item name of posted text in sources and problems, unless {@code name} gives one. */
  static final String ITEM = "posted";

  private final AnalysisQueue queue;
  private final ServerConfig config;
  /** Request threads that may wait on a body at once: slow posters cannot take the threads searches need. */
  private final Semaphore readers = new Semaphore(HttpLimits.BODY_READERS);

  ExtractApi(AnalysisQueue queue, ServerConfig config) {
    this.queue = queue;
    this.config = config;
  }

  /**
   * What the endpoint answers.
   *
   * @param schema the record schema version (1)
   * @param records one record per article read, in order
   * @param problems items of the body that could not be read, with why
   */
  record Result(int schema, List<DossierRecord> records, List<Problem> problems) {}

  void extract(Context ctx) throws IOException {
    byte[] body = body(ctx);
    String item = Params.text(ctx, "name", Params.MAX_NAME);
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = Articles.read(item == null ? ITEM : item, new ByteArrayInputStream(body),
        problems::add);
    if (articles.isEmpty()) {
      throw new RequestException.BadRequest("nothing to analyse"
          + (problems.isEmpty() ? "" : ": " + problems.get(0)));
    }
    if (articles.size() > MAX_ARTICLES) {
      throw new RequestException.TooLarge("the body holds " + articles.size() + " articles; post at most "
          + MAX_ARTICLES + " per request");
    }
    CompletableFuture<List<DossierRecord>> records = queue.submit(articles); // 429 here when the queue is full
    ctx.future(() -> records.orTimeout(config.analysisTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .thenAccept(r -> ctx.json(new Result(DossierRecord.SCHEMA_VERSION, r, problems))));
  }

  /**
   * The body, refused with 413 when its declared or actual length passes the limit, with 408 when it comes too
   * slowly, and with 429 when {@link HttpLimits#BODY_READERS} other bodies are being read.
   */
  private byte[] body(Context ctx) throws IOException {
    long limit = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw new RequestException.TooLarge("the body is over the limit of " + limit + " bytes");
    }
    if (!readers.tryAcquire()) {
      throw new RequestException.Busy("too many articles are being posted at once; retry in a few seconds");
    }
    try {
      return read(ctx, limit, declared);
    } finally {
      readers.release();
    }
  }

  private static byte[] read(Context ctx, long limit, long declared) throws IOException {
    long start = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, limit)));
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      // chunked bodies declare no length: count while reading and stop one byte past the limit
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          throw new RequestException.TooLarge("the body is over the limit of " + limit + " bytes");
        }
        if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(HttpLimits.BODY_TIMEOUT_MS)) {
          throw tooSlow();
        }
      }
    } catch (BadMessageException | EofException e) {
      throw tooSlow(); // Jetty's minimum data rate, or the blocked read's timeout
    } catch (IOException e) {
      if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
        throw tooSlow();
      }
      throw e;
    }
    if (out.size() == 0) {
      throw new RequestException.BadRequest("post the article's text (any format dossier extract reads)");
    }
    return out.toByteArray();
  }

  private static RequestException.TooSlow tooSlow() {
    return new RequestException.TooSlow("the body came too slowly: send it within "
        + HttpLimits.BODY_TIMEOUT_MS / 1000 + " s and at " + HttpLimits.MIN_BODY_BYTES_PER_SECOND
        + " bytes a second or more");
  }
}
