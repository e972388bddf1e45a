package org.dossier.server;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.dossier.nlp.Deadline;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The one place where exceptions become HTTP statuses and JSON error bodies. The most specific type is checked
 * first; anything unexpected is a 500 whose body says only that, while the stack trace goes to the server's log
 * (the JDK's {@link System.Logger}, stderr by default, whichever slf4j binding the application chose) and never
 * to the client. Stateless and thread-safe.
 */
public final class ErrorMapper {
  private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());
  /** Messages are for people; a longer one is a parser echoing input back. */
  static final int MAX_MESSAGE = 300;

  /**
   * What the client is told: the status, its reason phrase and a message about the request.
   *
   * @param status the HTTP status code
   * @param error the status's reason phrase ("Bad Request")
   * @param message what was wrong with the request, for the person who sent it
   */
  public record ApiError(int status, String error, String message) {
    static ApiError of(int status, String message) {
      return new ApiError(status, HttpStatus.forStatus(status).getMessage(), clip(message));
    }
  }

  private ErrorMapper() {}

  /** The status and body for {@code failure}, after unwrapping the wrappers of asynchronous work. */
  public static ApiError map(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof RequestException.BadRequest) {
      return ApiError.of(400, e.getMessage());
    } else if (e instanceof RequestException.Forbidden) {
      return ApiError.of(403, e.getMessage());
    } else if (e instanceof RequestException.NotFound) {
      return ApiError.of(404, e.getMessage());
    } else if (e instanceof RequestException.TooLarge) {
      return ApiError.of(413, e.getMessage());
    } else if (e instanceof RequestException.TooSlow) {
      return ApiError.of(408, e.getMessage());
    } else if (e instanceof BadMessageException b) {
      // Jetty's refusal of a request it cannot read: a malformed header, a body below the minimum rate
      return ApiError.of(b.getCode(), b.getReason() == null ? "the request could not be read" : b.getReason());
    } else if (e instanceof RequestException.Busy) {
      return ApiError.of(429, e.getMessage());
    } else if (e instanceof RejectedExecutionException) {
      return ApiError.of(429, "the analysis queue is full; retry in a few seconds");
    } else if (e instanceof TimeoutException) {
      return ApiError.of(503, "the analysis took too long; retry with a shorter text");
    } else if (e instanceof AnalysisQueue.AnalysisFailedException && e.getCause() instanceof Deadline.TimeLimitExceeded) {
      return ApiError.of(503, e.getCause().getMessage() + "; retry with a shorter text");
    } else if (e instanceof AnalysisQueue.AnalysisFailedException) {
      LOG.log(System.Logger.Level.ERROR, "dossier serve: analysis failed", e.getCause());
      return ApiError.of(500, "internal error; the server's log has the details");
    } else if (e instanceof HttpResponseException h) {
      // Javalin's own answers: unknown paths, wrong methods, its request size limit
      return ApiError.of(h.getStatus(), h.getMessage());
    } else if (e instanceof DateTimeException || e instanceof IllegalArgumentException) {
      // the store's and exporter's checks of what the client asked for (page depth, date order, table choice)
      return ApiError.of(400, e.getMessage());
    }
    LOG.log(System.Logger.Level.ERROR, "dossier serve: internal error", e);
    return ApiError.of(500, "internal error; the server's log has the details");
  }

  /** Headers that go with the status: when to retry after a 429. */
  static String retryAfter(ApiError error) {
    return error.status() == 429 ? "2" : null;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String clip(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String flat = message.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
