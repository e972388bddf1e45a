package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page and its assets are served with headers that keep untrusted text inert; other hosts are refused. */
class WebSafetyTest {
  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void serve() throws IOException {
    Fixtures.store(dir, List.of());
    server = new TestServer(dir, a -> null);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void thePageAndItsBundleAreServedWithAStrictPolicy() {
    TestServer.Reply page = server.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type")).startsWith("text/html");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\"></script>")
        .doesNotContain("http://").doesNotContain("https://"); // nothing from another server
    assertThat(page.header("content-security-policy")).contains("script-src 'self'").contains("object-src 'none'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(page.header("x-frame-options")).isEqualTo("DENY");
    TestServer.Reply js = server.get("/app.js");
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.header("content-type")).contains("javascript");
    assertThat(js.body()).startsWith("/*! Dossier web page").contains("uplot").contains("d3-force");
    assertThat(js.body()).doesNotContain(".innerHTML=").doesNotContain("insertAdjacentHTML");
    assertThat(server.get("/app.css").status()).isEqualTo(200);
    assertThat(server.get("/style.css").status()).isEqualTo(200);
    assertThat(server.get("/api/stats").header("cache-control")).isEqualTo("no-store");
  }

  @Test
  void aRequestForAnotherHostIsRefused() throws IOException {
    assertThat(rawStatus("evil.example")).isEqualTo(403);
    assertThat(rawStatus("evil.example:" + server.server.port())).isEqualTo(403);
    assertThat(rawStatus("localhost:" + server.server.port())).isEqualTo(200);
    assertThat(rawStatus("127.0.0.1:" + server.server.port())).isEqualTo(200);
  }

  /** The status of GET /api/stats sent with {@code host} as its Host header (HttpClient will not forge one). */
  private static int rawStatus(String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 200"
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
