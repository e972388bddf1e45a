package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HttpResponseException;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
  /** The 500s provoked here would print their stack traces to the build log as a server's should; not here. */
  static final Logger SERVER_LOG = Logger.getLogger(ErrorMapper.class.getName());

  @BeforeAll
  static void quiet() {
    SERVER_LOG.setLevel(Level.OFF);
  }

  @AfterAll
  static void loud() {
    SERVER_LOG.setLevel(null);
  }

  static String line(Throwable e) {
    ErrorMapper.ApiError a = ErrorMapper.map(e);
    return a.status() + " " + a.error() + ": " + a.message();
  }

  @Test
  void eachFailureGetsTheStatusThatFits() {
    assertThat(line(new RequestException.BadRequest("kind must be …"))).isEqualTo("400 Bad Request: kind must be …");
    assertThat(line(new RequestException.Forbidden("no"))).isEqualTo("403 Forbidden: no");
    assertThat(line(new RequestException.NotFound("no article x"))).isEqualTo("404 Not Found: no article x");
    assertThat(line(new RequestException.TooLarge("too big"))).isEqualTo("413 Content Too Large: too big");
    assertThat(line(new RequestException.Busy(8)))
        .isEqualTo("429 Too Many Requests: the analysis queue is full (8 waiting); retry in a few seconds");
    assertThat(line(new RejectedExecutionException())).startsWith("429 ");
    assertThat(line(new TimeoutException())).startsWith("503 ");
    assertThat(line(new HttpResponseException(405, "Method not allowed"))).isEqualTo(
        "405 Method Not Allowed: Method not allowed");
    assertThat(line(new IllegalArgumentException("results stop at 10000"))).isEqualTo(
        "400 Bad Request: results stop at 10000");
  }

  @Test
  void asynchronousWrappersAreUnwrapped() {
    assertThat(line(new CompletionException(new TimeoutException()))).startsWith("503 ");
    assertThat(line(new CompletionException(new RequestException.Busy(1)))).startsWith("429 ");
  }

  @Test
  void theUnexpectedIs500AndTellsNothingAboutTheServer() {
    String secret = "/home/someone/store: java.lang.NullPointerException at org.dossier.Foo.bar(Foo.java:12)";
    assertThat(line(new NullPointerException(secret)))
        .isEqualTo("500 Server Error: internal error; the server's log has the details");
    assertThat(line(new AnalysisQueue.AnalysisFailedException(new IllegalArgumentException("bad span"))))
        .startsWith("500 ");
  }

  @Test
  void longMessagesAreClipped() {
    DateTimeParseException e = new DateTimeParseException("x".repeat(1000), "x", 0);
    assertThat(ErrorMapper.map(e).message()).hasSize(ErrorMapper.MAX_MESSAGE);
  }
}
