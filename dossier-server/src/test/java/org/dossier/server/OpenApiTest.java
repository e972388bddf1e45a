package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description served at /openapi.json lists every route the server has, with its errors. */
class OpenApiTest {
  @TempDir
  Path dir;

  @Test
  void everyRouteIsDescribedWithItsErrors() throws Exception {
    Fixtures.store(dir, List.of());
    try (TestServer s = new TestServer(dir, a -> null)) {
      TestServer.Reply r = s.get("/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("content-type")).startsWith("application/json");
      JsonNode doc = r.json();
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      JsonNode paths = doc.get("paths");
      assertThat(s.server.routes()).hasSizeGreaterThanOrEqualTo(9);
      for (DossierServer.Route route : s.server.routes()) {
        String method = route.method().name().toLowerCase(Locale.ROOT);
        JsonNode op = paths.path(route.path()).path(method);
        assertThat(op.isMissingNode()).as(route + " is described").isFalse();
        assertThat(op.get("responses").has("200")).as(route + " success").isTrue();
        assertThat(op.get("responses").has("500")).as(route + " internal error").isTrue();
        if (route.path().startsWith("/api/") && !List.of("/api/stats", "/api/types").contains(route.path())) {
          assertThat(op.get("responses").has("400")).as(route + " bad query").isTrue();
        }
      }
      assertThat(paths.size()).as("no described path without a route").isEqualTo(s.server.routes().size());
      JsonNode extract = paths.get("/api/extract").get("post").get("responses");
      assertThat(extract.fieldNames()).toIterable().contains("400", "413", "429");
      assertThat(paths.get("/api/articles/{id}").get("get").get("responses").has("404")).isTrue();
      // every $ref points at a component that exists
      for (String ref : refs(doc)) {
        String[] parts = ref.substring(2).split("/");
        assertThat(doc.path(parts[0]).path(parts[1]).path(parts[2]).isMissingNode()).as(ref).isFalse();
      }
    }
  }

  private static List<String> refs(JsonNode doc) {
    return doc.findValues("$ref").stream().map(JsonNode::asText).distinct().toList();
  }
}
