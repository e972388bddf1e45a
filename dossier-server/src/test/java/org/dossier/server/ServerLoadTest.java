package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.dossier.store.SearchBench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback: mixed searches on a store of 2,040 articles, and analyses of the bundled articles
 * with the real pipeline, with zero errors; then a burst of analyses larger than the queue, where the only
 * failures allowed are 429s. The numbers go to stdout and target/load-report.txt.
 */
class ServerLoadTest {
  static final int COPIES = 120;
  static final int SEARCHES = 3000;
  static final int SEARCH_THREADS = 4;
  static final int EXTRACTS = 34;
  static final Duration LIMIT = Duration.ofSeconds(90);

  @TempDir
  static Path dir;
  static final List<String> report = new ArrayList<>();

  @BeforeAll
  static void store() throws IOException {
    List<DossierRecord> copies = new ArrayList<>();
    for (int n = 1; n <= COPIES; n++) {
      for (DossierRecord r : Fixtures.records()) {
        copies.add(SearchBench.copy(r, n));
      }
    }
    Fixtures.store(dir, copies);
  }

  static String query(Filters f) {
    StringJoiner q = new StringJoiner("&", "/api/search?", "");
    add(q, "q", f.query());
    add(q, "speaker", f.speaker());
    add(q, "actor", f.actor());
    add(q, "type", f.type());
    add(q, "from", f.from() == null ? null : f.from().toString());
    add(q, "to", f.to() == null ? null : f.to().toString());
    add(q, "country", f.country());
    add(q, "kind", f.kind() == null ? null : f.kind().label());
    add(q, "outlet", f.outlet());
    return q.toString();
  }

  private static void add(StringJoiner q, String name, String value) {
    if (value != null) {
      q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  static void report(LoadBench.Result r) throws IOException {
    System.out.println("load: " + r.line());
    report.add(r.line());
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "load-report.txt"), report);
  }

  @Test
  void searchesAndAnalysesUnderLoadAnswerWithoutErrors() throws Exception {
    List<String> searches = SearchBench.workload(Fixtures.records(), SEARCHES, 42).stream()
        .map(ServerLoadTest::query).toList();
    List<String> texts = Fixtures.records().stream().map(DossierRecord::text).toList();
    ServerConfig config = ServerConfig.DEFAULTS.withAnalysis(8, 2);
    try (TestServer server = new TestServer(dir, Fixtures.extractor()::extract, config)) {
      HttpClient client = server.client;
      assertThat(server.get("/api/stats").json().get("articles").asInt()).isEqualTo(17 * COPIES);
      LoadBench.run("warm-up", client, i -> HttpRequest.newBuilder(server.uri(searches.get(i))).build(), 2, 300,
          LIMIT);

      LoadBench.Result search = LoadBench.run("GET /api/search", client,
          i -> HttpRequest.newBuilder(server.uri(searches.get(i))).build(), SEARCH_THREADS, SEARCHES, LIMIT);
      report(search);
      assertThat(search.errors()).isZero();
      assertThat(search.rejected()).isZero();
      assertThat(search.ok()).isEqualTo(SEARCHES);

      // as many clients as analysis threads plus queue places: nobody has to be turned away
      LoadBench.Result extract = LoadBench.run("POST /api/extract", client,
          i -> HttpRequest.newBuilder(server.uri("/api/extract"))
              .POST(HttpRequest.BodyPublishers.ofString(texts.get(i % texts.size()))).build(),
          4, EXTRACTS, LIMIT);
      report(extract);
      assertThat(extract.errors()).isZero();
      assertThat(extract.rejected()).isZero();
      assertThat(extract.ok()).isEqualTo(EXTRACTS);
    }
  }

  @Test
  void aBurstBeyondTheQueueIsTurnedAwayWith429AndNothingElse() throws Exception {
    List<String> texts = Fixtures.records().stream().map(DossierRecord::text).toList();
    ServerConfig small = ServerConfig.DEFAULTS.withAnalysis(2, 1);
    try (TestServer server = new TestServer(dir, Fixtures.extractor()::extract, small)) {
      LoadBench.Result burst = LoadBench.run("POST /api/extract, burst of 16 clients on a queue of 2", server.client,
          i -> HttpRequest.newBuilder(server.uri("/api/extract"))
              .POST(HttpRequest.BodyPublishers.ofString(texts.get(i % texts.size()))).build(),
          16, 64, LIMIT);
      report(burst);
      assertThat(burst.errors()).isZero();
      assertThat(burst.rejected()).isPositive();
      assertThat(burst.ok()).isPositive();
      assertThat(burst.ok() + burst.rejected()).isEqualTo(64);
    }
  }
}
