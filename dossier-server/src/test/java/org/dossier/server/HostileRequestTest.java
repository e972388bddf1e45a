package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests a hostile client sends: bodies nested beyond the parsers' limits, unknown paths, bodies over the
 * limit, and many connections that send their body one byte at a time. Each answer is JSON with a reason and the
 * security headers; slow clients do not keep searches from being answered.
 */
class HostileRequestTest {
  static final Logger SERVER_LOG = Logger.getLogger(ErrorMapper.class.getName());

  @BeforeAll
  static void quiet() {
    SERVER_LOG.setLevel(Level.OFF);
  }

  @AfterAll
  static void loud() {
    SERVER_LOG.setLevel(null);
  }

  @TempDir
  Path dir;

  TestServer serve(ServerConfig config) throws IOException {
    Fixtures.store(dir, List.of());
    return new TestServer(dir, ExtractApiTest::bare, config);
  }

  /** The answer is a JSON error with the status, a reason and the headers every answer has. */
  static void assertJsonError(TestServer.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).as(r.body()).isNotBlank().doesNotContain("NullPointer")
        .doesNotContain("Exception").isNotEqualTo("no details");
    assertThat(r.header("Content-Security-Policy")).isEqualTo(RequestGuard.POLICY);
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void jsonNestedBeyondTheParsersLimitIsABadRequestWithAReason() throws IOException {
    try (TestServer s = serve(ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract?name=deep-array.json", "[".repeat(100_000));
      assertJsonError(r, 400);
      assertThat(r.json().get("message").asText()).contains("deep-array.json");
    }
  }

  @Test
  void deepHtmlIsAnsweredWithAReason() throws IOException {
    String html = "<html><body>" + "<b>".repeat(10_000) + "Deep text in Kyiv." + "</b>".repeat(10_000)
        + "</body></html>";
    try (TestServer s = serve(ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.post("/api/extract?name=deep.html", html);
      if (r.status() != 200) {
        assertJsonError(r, r.status());
        assertThat(r.status()).isBetween(400, 499);
      }
    }
  }

  @Test
  void unknownPathsAndOversizedBodiesAreJsonWithTheSecurityHeaders() throws IOException {
    try (TestServer s = serve(ServerConfig.DEFAULTS)) {
      assertJsonError(s.get("/api/nothing-here"), 404);
      assertJsonError(s.get("/no/such/page"), 404);
      assertJsonError(s.post("/api/extract", new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 10]), 413);
    }
  }

  @Test
  void aUriOrHeaderTooLongForJettyIsJsonWithTheSecurityHeaders() throws IOException {
    try (TestServer s = serve(ServerConfig.DEFAULTS)) {
      TestServer.Reply r = s.get("/api/search?q=" + "a".repeat(20_000));
      assertThat(r.status()).isBetween(400, 499);
      assertJsonError(r, r.status());
    }
  }

  /** More slow posters than the server has request threads, each sending its body a byte a second. */
  @Test
  @Timeout(120) // guards against a hang only
  void searchesAreAnsweredWhileSlowClientsHoldConnections() throws Exception {
    int clients = HttpLimits.MAX_THREADS + 20;
    try (TestServer s = serve(ServerConfig.DEFAULTS)) {
      List<Socket> sockets = new ArrayList<>();
      Thread dripper = null;
      try {
        for (int i = 0; i < clients; i++) {
          Socket socket = new Socket("127.0.0.1", s.server.port());
          socket.setSoTimeout(30_000);
          socket.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1:" + s.server.port()
              + "\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nK").getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          sockets.add(socket);
        }
        dripper = new Thread(() -> drip(sockets));
        dripper.setDaemon(true);
        dripper.start();
        for (int i = 0; i < 5; i++) {
          TestServer.Reply r = s.get("/api/search?q=Kyiv");
          assertThat(r.status()).as(r.body()).isEqualTo(200);
          Thread.sleep(500);
        }
        // every slow poster is told why, as JSON: too slow (408) or too many posting at once (429)
        for (Socket socket : sockets.subList(0, 10)) {
          String answer = head(socket.getInputStream());
          assertThat(answer).matches("(?s)HTTP/1\\.1 (408|429) .*").containsIgnoringCase("application/json")
              .contains("X-Content-Type-Options: nosniff");
        }
      } finally {
        if (dripper != null) {
          dripper.interrupt();
        }
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  /** One byte a second to each socket still open, until interrupted. */
  private static void drip(List<Socket> sockets) {
    while (!Thread.currentThread().isInterrupted()) {
      for (Socket socket : sockets) {
        try {
          OutputStream out = socket.getOutputStream();
          out.write('a');
          out.flush();
        } catch (IOException e) {
          // the server answered and closed it: expected
        }
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The status line and headers of an HTTP answer. */
  private static String head(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c; (c = in.read()) >= 0 && !b.toString().endsWith("\r\n\r\n"); ) {
      b.append((char) c);
    }
    return b.toString();
  }
}
