package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/extract} with a fake analyser: results, limits, the bounded queue, and failures. */
class ExtractApiTest {
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

  static final String ARTICLE = " date 2025-03-12 Talks in Kyiv\nKyiv • Test Wire\n"
      + "\"We will talk,\" Anna Example said on Wednesday.\n";

  @TempDir
  Path dir;

  /** A record of the article with no facts: what the fake analyser answers. */
  static DossierRecord bare(Article a) {
    return DossierRecord.of(a, List.of(), List.of(), List.of());
  }

  TestServer serve(Analyser analyser, ServerConfig config) throws IOException {
    Fixtures.store(dir, List.of());
    return new TestServer(dir, analyser, config);
  }

  @Test
  void answersTheRecordsAndStoresNothing() throws IOException {
    try (TestServer s = serve(ExtractApiTest::bare, ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract?name=talks.txt", ARTICLE, "Content-Type", "text/plain");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode body = r.json();
      assertThat(body.get("schema").asInt()).isEqualTo(1);
      JsonNode record = body.get("records").get(0);
      assertThat(record.get("title").asText()).isEqualTo("Talks in Kyiv");
      assertThat(record.get("published").asText()).isEqualTo("2025-03-12");
      assertThat(record.get("outlet").asText()).isEqualTo("Test Wire");
      assertThat(record.get("source").get("path").asText()).isEqualTo("talks.txt");
      assertThat(record.get("text").asText()).contains("Anna Example said");
      assertThat(body.get("problems")).isEmpty();
      assertThat(s.get("/api/stats").json().get("articles").asInt()).isZero();
    }
  }

  @Test
  void readsJsonLinesAndReportsTheLinesItCannotRead() throws IOException {
    String jsonl = "{\"title\":\"One\",\"text\":\"First article text here.\"}\n{\"title\": broken\n";
    try (TestServer s = serve(ExtractApiTest::bare, ServerConfig.DEFAULTS)) {
      JsonNode body = s.post("/api/extract", jsonl).json();
      assertThat(body.get("records")).hasSize(1);
      assertThat(body.get("problems")).hasSize(1);
      assertThat(body.get("problems").get(0).get("item").asText()).startsWith("posted");
    }
  }

  @Test
  void emptyAndUnreadableBodiesAre400() throws IOException {
    try (TestServer s = serve(ExtractApiTest::bare, ServerConfig.DEFAULTS)) {
      TestServer.Reply empty = s.post("/api/extract", "");
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.json().get("message").asText()).startsWith("post the article's text");
      TestServer.Reply blank = s.post("/api/extract", "   \n\n  ");
      assertThat(blank.status()).isEqualTo(400);
      assertThat(blank.json().get("message").asText()).startsWith("nothing to analyse: ");
      TestServer.Reply binary = s.post("/api/extract", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
      assertThat(binary.status()).isEqualTo(400);
    }
  }

  @Test
  void bodiesOverTheLimitAre413WithOrWithoutALength() throws IOException {
    ServerConfig small = ServerConfig.DEFAULTS.withMaxBodyBytes(4096);
    try (TestServer s = serve(ExtractApiTest::bare, small)) {
      byte[] big = ("x".repeat(99) + "\n").repeat(50).getBytes(StandardCharsets.UTF_8);
      TestServer.Reply declared = s.post("/api/extract", big);
      assertThat(declared.status()).isEqualTo(413);
      assertThat(declared.json().get("message").asText()).isEqualTo("the body is over the limit of 4096 bytes");
      // a chunked body declares no length: it is counted while read
      HttpRequest chunked = HttpRequest.newBuilder(s.uri("/api/extract"))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
      assertThat(s.send(chunked).status()).isEqualTo(413);
      assertThat(s.post("/api/extract", ARTICLE).status()).isEqualTo(200);
    }
  }

  @Test
  void tooManyArticlesInOneBodyAre413() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i <= ExtractApi.MAX_ARTICLES; i++) {
      jsonl.append("{\"title\":\"T").append(i).append("\",\"text\":\"Article number ").append(i)
          .append(" says something different.\"}\n");
    }
    try (TestServer s = serve(ExtractApiTest::bare, ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract", jsonl.toString());
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.json().get("message").asText()).contains("post at most 20 per request");
    }
  }

  @Test
  void aFullQueueAnswers429WithRetryAfterAndTheQueuedWorkStillFinishes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Analyser slow = a -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return bare(a);
    };
    try (TestServer s = serve(slow, ServerConfig.DEFAULTS.withAnalysis(1, 1))) {
      HttpRequest post = HttpRequest.newBuilder(s.uri("/api/extract"))
          .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build();
      List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
      for (int i = 0; i < 2; i++) { // one runs, one waits
        first.add(s.client.sendAsync(post, HttpResponse.BodyHandlers.ofString()));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (s.get("/api/stats").json().get("analysing").asInt() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      TestServer.Reply refused = s.send(post);
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("retry-after")).isEqualTo("2");
      assertThat(refused.json().get("message").asText()).contains("the analysis queue is full");
      release.countDown();
      for (CompletableFuture<HttpResponse<String>> f : first) {
        assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void aFailingAnalysisIs500WithoutItsStackTraceOrMessage() throws IOException {
    Analyser broken = a -> {
      throw new IllegalStateException("secret internal detail at org.dossier.Foo");
    };
    try (TestServer s = serve(broken, ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract", ARTICLE);
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().get("message").asText()).isEqualTo("internal error; the server's log has the details");
      assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("\tat ");
    }
  }

  @Test
  void postsFromAnotherSiteAreRefused() throws IOException {
    try (TestServer s = serve(ExtractApiTest::bare, ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract", ARTICLE, "Origin", "http://evil.example");
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().get("message").asText()).contains("posts from another site");
      String own = "http://127.0.0.1:" + s.server.port();
      assertThat(s.post("/api/extract", ARTICLE, "Origin", own).status()).isEqualTo(200);
    }
  }

  @Test
  void aTimedOutAnalysisIsStoppedNotLeftRunning() throws Exception {
    ServerConfig config = new ServerConfig(ServerConfig.DEFAULT_HOST, 0, ServerConfig.DEFAULT_MAX_BODY_BYTES, 2, 1,
        ServerConfig.DEFAULT_MAX_PAGE_SIZE, ServerConfig.DEFAULT_REFRESH_INTERVAL, Duration.ofMillis(300));
    CountDownLatch stopped = new CountDownLatch(1);
    Analyser endless = a -> {
      try {
        while (true) {
          org.dossier.nlp.Deadline.check(); // what every stage's per-sentence loop does
          Thread.onSpinWait();
        }
      } finally {
        stopped.countDown();
      }
    };
    try (TestServer s = serve(endless, config)) {
      TestServer.Reply r = s.post("/api/extract", ARTICLE, "Content-Type", "text/plain");
      assertThat(r.status()).as(r.body()).isEqualTo(503);
      assertThat(r.json().get("message").asText()).isNotBlank();
      assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the analysis thread stopped").isTrue();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (s.get("/api/stats").json().get("analysing").asInt() > 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(s.get("/api/stats").json().get("analysing").asInt()).as("nothing left analysing").isZero();
    }
  }
}
