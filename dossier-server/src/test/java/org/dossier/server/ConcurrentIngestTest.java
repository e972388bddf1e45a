package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dossier.model.DossierRecord;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest writing the store (as {@code dossier ingest} in another process would) while clients search the
 * server: every search succeeds, totals never go back, and in the end every article is served.
 */
class ConcurrentIngestTest {
  static final int ARTICLES = 300;
  static final int BATCH = 20;
  static final int CLIENTS = 4;

  @TempDir
  Path dir;

  static DossierRecord article(int n) {
    String id = String.format(Locale.ROOT, "concurrent%06d", n);
    String text = "Round " + n + " of talks\n\n\"We keep talking,\" Anna Example said after round " + n
        + ". Anna Example met Ukraine's envoy in Geneva.";
    return Fixtures.made(id, LocalDate.of(2025, 1, 1).plusDays(n % 90), "Round " + n + " of talks", text,
        "Anna Example", "UKRGOV", "We keep talking,", "Anna Example met Ukraine's envoy in Geneva.");
  }

  @Test
  void ingestWhileServingLosesNothing() throws Exception {
    Fixtures.store(dir, List.of());
    try (Store writer = Store.open(dir);
         TestServer server = new TestServer(dir, a -> null,
             ServerConfig.DEFAULTS.withRefreshInterval(Duration.ofMillis(20)))) {
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Integer>> searches = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        searches.add(clients.submit(() -> {
          long last = 0;
          int n = 0;
          while (!done.get()) {
            TestServer.Reply r = server.get("/api/search?q=talking&kind=statement&size=5");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            long total = r.json().get("total").asLong();
            assertThat(total).as("a refresh never goes back to an older commit").isGreaterThanOrEqualTo(last);
            assertThat(total % BATCH).as("a batch is visible whole or not at all").isZero();
            last = total;
            n++;
          }
          return n;
        }));
      }
      try (Ingest ingest = new Ingest(writer, BATCH)) {
        for (int i = 0; i < ARTICLES; i++) {
          ingest.add(article(i));
          if (i % BATCH == 0) {
            Thread.sleep(5); // let searches interleave with commits
          }
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (server.get("/api/stats").json().get("articles").asLong() < ARTICLES && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      done.set(true);
      int searched = 0;
      for (Future<Integer> f : searches) {
        searched += f.get();
      }
      clients.shutdown();
      assertThat(searched).as("searches ran during the ingest").isGreaterThan(CLIENTS);

      JsonNode stats = server.get("/api/stats").json();
      assertThat(stats.get("articles").asLong()).isEqualTo(ARTICLES);
      assertThat(stats.get("statements").asLong()).isEqualTo(ARTICLES);
      assertThat(stats.get("events").asLong()).isEqualTo(ARTICLES);
      assertThat(server.get("/api/search?q=talking&kind=statement").json().get("total").asLong()).isEqualTo(ARTICLES);
      for (int i = 0; i < ARTICLES; i++) {
        DossierRecord expected = article(i);
        TestServer.Reply r = server.get("/api/articles/" + expected.id());
        assertThat(r.status()).as(expected.id()).isEqualTo(200);
        assertThat(r.json().get("text").asText()).isEqualTo(expected.text());
      }
    }
  }
}
