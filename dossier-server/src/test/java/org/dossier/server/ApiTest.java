package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read-only API over a store of the 17 bundled articles. */
class ApiTest {
  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void serve() throws IOException {
    Fixtures.store(dir, Fixtures.records());
    server = new TestServer(dir, article -> {
      throw new AssertionError("no analysis in these tests");
    });
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void statsCountTheStore() {
    JsonNode s = server.get("/api/stats").json();
    assertThat(s.get("articles").asLong()).isEqualTo(17);
    long statements = Fixtures.records().stream().mapToLong(r -> r.statements().size()).sum();
    assertThat(s.get("statements").asLong()).isEqualTo(statements);
    assertThat(s.get("commit").asLong()).isPositive();
    assertThat(s.get("queue").asInt()).isEqualTo(ServerConfig.DEFAULT_QUEUE);
  }

  @Test
  void searchFindsWhoSaidWhatWhenWithTheSource() {
    TestServer.Reply r = server.get("/api/search?speaker=Lavrov&q=peacekeepers");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("application/json");
    JsonNode page = r.json();
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode hit = page.get("hits").get(0);
    assertThat(hit.get("kind").asText()).isEqualTo("statement");
    assertThat(hit.get("statement").get("speaker").get("name").asText()).isEqualTo("Sergey Lavrov");
    assertThat(hit.get("text").asText()).startsWith("Under no circumstances");
    assertThat(hit.get("date").asText()).isEqualTo("2025-03-12");
    assertThat(hit.get("article").get("id").asText()).isEqualTo(Fixtures.EXAMPLE_ID);
    assertThat(hit.get("article").get("outlet").asText()).isEqualTo("UNN");
    assertThat(page.has("facets")).isFalse();
  }

  @Test
  void searchPagesAndCountsFacets() {
    JsonNode page = server.get("/api/search?kind=statement&size=5&page=2&facets=true").json();
    assertThat(page.get("page").asInt()).isEqualTo(2);
    assertThat(page.get("hits")).hasSize(5);
    assertThat(page.get("pages").asLong()).isEqualTo((page.get("total").asLong() + 4) / 5);
    assertThat(page.get("facets").fieldNames()).toIterable()
        .containsExactly("actor", "type", "country", "outlet", "month");
    assertThat(page.get("facets").get("outlet").toString()).contains("\"value\":\"UNN\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/api/search?kind=tweet | kind must be statement, event or article, was tweet",
      "/api/search?from=yesterday | from must be a date as YYYY-MM-DD, was yesterday",
      "/api/search?from=2025-03-12&to=2025-01-01 | to 2025-01-01 is before from 2025-03-12",
      "/api/search?size=1000 | size must be 1 to 100, was 1000",
      "/api/search?page=x | page must be a whole number, was x",
      "/api/search?page=200&size=100 | results stop at 10000",
      "/api/search?facets=maybe | facets must be true or false, was maybe",
      "/api/timeline | a timeline needs an actor",
      "/api/actors/Lavrov?by=year | by must be week or month, was year",
      "/api/export?format=xlsx | unknown format 'xlsx', expected one of csv, jsonl, parquet, plover",
      "/api/export?kind=article | kind=article is not a table",
      "/api/export?format=plover&kind=statement | statements have no PLOVER form",
      "/api/network?limit=0 | limit must be 1 to 10000, was 0",
  })
  void badQueriesAre400WithAMessage(String path, String message) {
    TestServer.Reply r = server.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode error = r.json();
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("error").asText()).isEqualTo("Bad Request");
    assertThat(error.get("message").asText()).contains(message);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void overlongQueryIsRefusedBeforeItReachesTheParser() {
    TestServer.Reply r = server.get("/api/search?q=" + "a".repeat(Params.MAX_TEXT + 1));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).isEqualTo("q is longer than 1000 characters");
  }

  @Test
  void anArticleComesWithItsTextAndEveryRecordsOffsets() {
    JsonNode a = server.get("/api/articles/" + Fixtures.EXAMPLE_ID).json();
    String text = a.get("text").asText();
    assertThat(a.get("title").asText()).startsWith("\"Under no circumstances\"");
    assertThat(a.get("statements")).hasSize(Fixtures.records().get(0).statements().size());
    for (JsonNode s : a.get("statements")) {
      JsonNode c = s.get("content");
      assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
    }
    for (JsonNode e : a.get("events")) {
      JsonNode ev = e.get("evidence");
      assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }
    for (JsonNode m : a.get("entities").get(0).get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
    }
  }

  @Test
  void unknownArticlesAndPathsAre404AsJson() {
    TestServer.Reply missing = server.get("/api/articles/0000000000000000");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText()).isEqualTo("no article 0000000000000000 in the store");
    TestServer.Reply path = server.get("/api/nothing-here");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.json().get("error").asText()).isEqualTo("Not Found");
  }

  @Test
  void actorPageHasNamesCountsOverTimeEntriesTypesAndPartners() {
    JsonNode page = server.get("/api/actors/Lavrov").json();
    assertThat(page.get("names").get(0).get("name").asText()).isEqualTo("Sergey Lavrov");
    assertThat(page.get("names").get(0).get("actor").asText()).isEqualTo("RUSGOV");
    assertThat(page.get("statements").asInt()).isPositive();
    assertThat(page.get("by").asText()).isEqualTo("MONTH");
    JsonNode bucket = page.get("buckets").get(0);
    assertThat(bucket.get("period").asText()).isEqualTo("2025-03");
    assertThat(bucket.get("statements").asInt() + bucket.get("events").asInt()).isPositive();
    assertThat(page.get("entries").size()).isEqualTo(page.get("statements").asInt() + page.get("events").asInt());
    assertThat(page.get("network").has("edges")).isTrue();
    JsonNode weekly = server.get("/api/actors/Lavrov?by=week").json();
    assertThat(weekly.get("buckets").get(0).get("period").asText()).isEqualTo("2025-W11");
  }

  @Test
  void timelineIsTheCommandLinesJson() {
    JsonNode t = server.get("/api/timeline?actor=RUS&by=month&limit=3").json();
    assertThat(t.get("actor").asText()).isEqualTo("RUS");
    assertThat(t.get("entries").size()).isLessThanOrEqualTo(3);
    assertThat(t.get("statements").asLong() + t.get("events").asLong()).isGreaterThan(3);
  }

  @Test
  void networkEdgesJoinItsNodes() {
    JsonNode n = server.get("/api/network").json();
    assertThat(n.get("events").asInt()).isPositive();
    assertThat(n.get("nodes").size()).isPositive();
    Set<String> ids = new HashSet<>();
    n.get("nodes").forEach(node -> ids.add(node.get("id").asText()));
    assertThat(n.get("edges").size()).isPositive();
    for (JsonNode e : n.get("edges")) {
      assertThat(ids).contains(e.get("source").asText(), e.get("target").asText());
      assertThat(e.get("count").asInt()).isPositive();
    }
    assertThat(server.get("/api/network?country=RUS").json().get("nodes").toString()).contains("Russia");
  }

  @Test
  void exportsOneTableAsADownload() {
    TestServer.Reply csv = server.get("/api/export?format=csv&kind=event&country=RUS");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("content-type")).startsWith("text/csv");
    assertThat(csv.header("content-disposition")).isEqualTo("attachment; filename=\"events.csv\"");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).startsWith("event_id,article_id,story_id,story_date,event_type");
    long rus = server.get("/api/search?kind=event&country=RUS").json().get("total").asLong();
    assertThat(lines.length - 1L).isEqualTo(rus);

    TestServer.Reply jsonl = server.get("/api/export?format=jsonl&kind=statement&speaker=Lavrov");
    assertThat(jsonl.header("content-disposition")).contains("statements.jsonl");
    assertThat(jsonl.body().lines()).allSatisfy(l -> assertThat(l).contains("\"speaker_name\":\"Sergey Lavrov\""));

    assertThat(server.get("/api/export?format=plover").body().lines().findFirst().orElseThrow()).startsWith("{");
    TestServer.Reply parquet = server.get("/api/export?format=parquet&kind=statement");
    assertThat(parquet.status()).isEqualTo(200);
    assertThat(parquet.header("content-disposition")).contains("statements.parquet");
    assertThat(parquet.body()).startsWith("PAR1");
  }

  @Test
  void searchWordsWithQueryParserSyntaxStillWork() {
    TestServer.Reply r = server.get("/api/search?q=" + q("Lavrov: \"no one\" AND (peace OR war"));
    assertThat(r.status()).isEqualTo(200);
  }
}
