package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.json.Json;

/**
 * A gold file (format of {@code eval/gold/*.json}): the article it annotates and the entities, statements and
 * events a good answer holds. Lists give acceptable answers; {@code optional} records are neither rewarded nor
 * punished.
 */
public record Gold(String file, String published, List<GoldEntity> entities, JsonNode statements, JsonNode events) {

  /** A gold entity: acceptable names, its type and actor or country code (null when the gold gives none). */
  public record GoldEntity(String name, List<String> aliases, String type, String actor, String country,
                           String role, boolean optional) {
    public List<String> names() {
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(aliases);
      return all;
    }
  }

  public static Gold read(Path path) throws IOException {
    JsonNode root = Json.MAPPER.readTree(path.toFile());
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> aliases = new ArrayList<>();
      e.path("aliases").forEach(a -> aliases.add(a.asText()));
      entities.add(new GoldEntity(e.path("name").asText(), aliases, text(e, "type"), text(e, "actor"),
          text(e, "country"), text(e, "role"), e.path("optional").asBoolean(false)));
    }
    return new Gold(root.path("file").asText(), text(root, "published"), entities, root.path("statements"),
        root.path("events"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
