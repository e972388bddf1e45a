package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.json.Json;

/**
 * The figures a split must keep (recorded in {@code eval/quality-floor.json}): statements F1, events F1 and entity
 * code accuracy (country and sector). A score more than {@code tolerance} below its figure is a regression; the
 * figures are raised, by {@code dossier eval --record-floor}, whenever scores rise.
 */
public record QualityFloor(String split, double statementsF1, double eventsF1, double entityCountry,
                           double entitySector, double tolerance) {
  /** Where the figures live, relative to the repo root. */
  public static final String FILE = "eval/quality-floor.json";

  /** How far a score may fall below its figure before the build fails. */
  public static final double TOLERANCE = 0.03;

  public static QualityFloor read(Path file) throws IOException {
    JsonNode n = Json.MAPPER.readTree(file.toFile());
    return new QualityFloor(n.path("split").asText("test"), need(n, "statementsF1", file), need(n, "eventsF1", file),
        need(n, "entityCountry", file), need(n, "entitySector", file), n.path("tolerance").asDouble(TOLERANCE));
  }

  /** The figures of a score, with this tolerance. */
  public static QualityFloor of(GoldSetScore s, double tolerance) {
    return new QualityFloor(s.name(), round(s.statements().f1()), round(s.events().f1()),
        round(s.entities().countryAccuracy()), round(s.entities().sectorAccuracy()), tolerance);
  }

  /** What fell more than the tolerance below its figure, one line each; empty when the score holds. */
  public List<String> regressions(GoldSetScore s) {
    List<String> out = new ArrayList<>();
    check(out, "statements F1", s.statements().f1(), statementsF1);
    check(out, "events F1", s.events().f1(), eventsF1);
    check(out, "entity country accuracy", s.entities().countryAccuracy(), entityCountry);
    check(out, "entity sector accuracy", s.entities().sectorAccuracy(), entitySector);
    return out;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("split", split);
    m.put("statementsF1", statementsF1);
    m.put("eventsF1", eventsF1);
    m.put("entityCountry", entityCountry);
    m.put("entitySector", entitySector);
    m.put("tolerance", tolerance);
    return m;
  }

  private void check(List<String> out, String what, double score, double figure) {
    if (score < figure - tolerance - 1e-9) {
      out.add(String.format(Locale.ROOT, "%s %.3f is more than %.2f below the recorded %.3f", what, score, tolerance,
          figure));
    }
  }

  private static double need(JsonNode n, String field, Path file) {
    if (!n.path(field).isNumber()) {
      throw new IllegalArgumentException(file + ": no number for " + field);
    }
    return n.path(field).asDouble();
  }

  private static double round(double v) {
    return Math.floor(v * 1000) / 1000;
  }
}
