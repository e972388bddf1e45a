package org.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.dossier.json.Json;
import org.dossier.store.Store;

/** A server on a free loopback port over a store folder opened read-only, with a client for its API. */
final class TestServer implements AutoCloseable {
  final Store store;
  final DossierServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response with its body as text. */
  record Reply(int status, String body, HttpResponse<?> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  TestServer(Path storeDir, Analyser analyser, ServerConfig config) throws IOException {
    store = Store.openReadOnly(storeDir);
    try {
      server = DossierServer.start(store, analyser, config.withPort(0));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  TestServer(Path storeDir, Analyser analyser) throws IOException {
    this(storeDir, analyser, ServerConfig.DEFAULTS.withRefreshInterval(Duration.ofMillis(50)));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  Reply post(String pathAndQuery, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  Reply post(String pathAndQuery, String body, String... headers) {
    return post(pathAndQuery, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      store.close();
    }
  }
}
