package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.json.Json;

/**
 * The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.json}, v0.5b1): sentences from the CAMEO manual,
 * each with one event's type, source and target country codes. Legacy type names are mapped to PLOVER 2.0.
 */
public record PloverGold(String id, String text, String type, List<String> sources, List<String> targets) {
  private static final Map<String, String> LEGACY = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** The records, grouped by sentence text (one sentence may hold several gold events). */
  public static Map<String, List<PloverGold>> read(Path file) throws IOException {
    Map<String, List<PloverGold>> bySentence = new LinkedHashMap<>();
    for (JsonNode r : Json.MAPPER.readTree(file.toFile())) {
      if (!r.has("event") || !r.has("text")) {
        continue; // the DOCUMENT header
      }
      String type = r.path("event").asText();
      PloverGold g = new PloverGold(r.path("id").asText(), r.path("text").asText(), LEGACY.getOrDefault(type, type),
          codes(r.path("source")), codes(r.path("target")));
      bySentence.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(g);
    }
    return bySentence;
  }

  private static List<String> codes(JsonNode actors) {
    List<String> out = new ArrayList<>();
    if (actors.isArray()) {
      for (JsonNode a : actors) {
        if (a.hasNonNull("code") && !a.path("code").asText().isBlank()) {
          out.add(a.path("code").asText());
        }
      }
    }
    return out;
  }
}
