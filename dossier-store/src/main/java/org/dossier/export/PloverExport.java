package org.dossier.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;

/**
 * Events as PLOVER records in JSON Lines, following the PLOVER manual's chapter "Data Fields": the required
 * {@code id}, {@code date}, {@code actor} and {@code event}; where known {@code enddate}, {@code recipient},
 * {@code quad_code}, {@code mode}, {@code context}, {@code event_text}, {@code event_loc} ({@code
 * extracted_place}, {@code country_code}, {@code lat}, {@code lon}), {@code text_info} ({@code start}, {@code
 * end}: UTF-16 offsets of the evidence into the article text), {@code cite_info} ({@code url}, {@code title},
 * {@code publication}, {@code coder}, {@code codebook}), {@code coder} and {@code version}. Entities hold
 * {@code code} (country or region, else the group), {@code sector} and {@code entity_text}. Dossier adds {@code
 * size} ({@code count} {min, max} and {@code unit}), {@code negated}, {@code certainty}, {@code plover_score},
 * an entity's {@code group} (IGO, NGO, MNC, IMG) and {@code event_loc}'s {@code admin1}, {@code geonameid} and
 * {@code feature_code}, as the manual invites for fields it does not name. The quad code and score come from
 * {@code org.dossier.event.Plover}. Unknown optional fields are left out rather than null. Thread-safe; each sink is not.
 */
public final class PloverExport {
  public static final String FILE = "plover.jsonl";
  public static final String CODER = "Dossier";
  public static final String CODEBOOK = "PLOVER 2.0";
  /** The Dossier record schema the events were coded in. */
  public static final String VERSION = String.valueOf(DossierRecord.SCHEMA_VERSION);

  private PloverExport() {}

  /** {@value #FILE} in {@code dir} (which must exist), replacing any file of that name. */
  public static RowSink<EventRow> open(Path dir) throws IOException {
    return FileSinks.open(dir.resolve(FILE), PloverExport::open);
  }

  /** PLOVER records on {@code out}; closing the sink flushes {@code out} and leaves it open. */
  public static RowSink<EventRow> open(OutputStream out) {
    return new RowSink<>() {
      @Override
      public void write(EventRow row) throws IOException {
        JsonLinesExport.writeLine(out, record(row));
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The PLOVER record of one event row. */
  public static ObjectNode record(EventRow e) {
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("id", e.eventId());
    LocalDate date = e.timeStart() != null ? e.timeStart() : e.storyDate();
    r.put("date", date == null ? null : date.toString());
    if (e.timeEnd() != null && !e.timeEnd().equals(date)) {
      r.put("enddate", e.timeEnd().toString());
    }
    ArrayNode actor = r.putArray("actor");
    if (e.sourceName() != null || e.sourceActor() != null) {
      actor.add(entity(e.sourceGroup(), e.sourceCountry(), e.sourceSector(), e.sourceName()));
    }
    if (e.targetName() != null || e.targetActor() != null) {
      r.putArray("recipient").add(entity(e.targetGroup(), e.targetCountry(), e.targetSector(), e.targetName()));
    }
    r.putArray("event").add(e.eventType());
    putIfKnown(r, "quad_code", e.quadCode());
    if (e.mode() != null) {
      r.putArray("mode").add(e.mode());
    }
    if (e.context() != null) {
      ArrayNode context = r.putArray("context");
      for (String c : e.context().split(Rows.CONTEXT_SEPARATOR)) {
        context.add(c);
      }
    }
    if (e.evidence() != null) {
      r.putArray("event_text").add(e.evidence());
    }
    if (e.placeName() != null || e.placeCountry() != null || e.lat() != null) {
      ObjectNode loc = r.putObject("event_loc");
      putIfKnown(loc, "extracted_place", e.placeName());
      putIfKnown(loc, "country_code", e.placeCountry());
      putIfKnown(loc, "admin1", e.placeAdmin1());
      putIfKnown(loc, "geonameid", e.placeGeonamesId());
      putIfKnown(loc, "feature_code", e.placeFeature());
      putIfKnown(loc, "lat", e.lat());
      putIfKnown(loc, "lon", e.lon());
    }
    if (e.evidenceStart() != null) {
      r.putObject("text_info").put("start", e.evidenceStart()).put("end", e.evidenceEnd());
    }
    ObjectNode cite = r.putObject("cite_info");
    putIfKnown(cite, "url", e.url());
    putIfKnown(cite, "title", e.title());
    putIfKnown(cite, "publication", e.outlet());
    cite.put("coder", CODER).put("codebook", CODEBOOK);
    if (e.quantityMin() != null || e.quantityMax() != null) {
      ObjectNode size = r.putObject("size");
      ObjectNode count = size.putObject("count");
      putIfKnown(count, "min", e.quantityMin());
      putIfKnown(count, "max", e.quantityMax());
      putIfKnown(size, "unit", e.quantityUnit());
    }
    r.put("negated", e.negated());
    putIfKnown(r, "certainty", e.certainty());
    putIfKnown(r, "plover_score", e.ploverScore());
    r.put("coder", CODER);
    r.put("version", VERSION);
    return r;
  }

  /** {@code code} is the country (or region), else the group (NGO for NGOHRI); {@code group} is Dossier's. */
  private static ObjectNode entity(String group, String country, String sector, String text) {
    ObjectNode entity = Json.MAPPER.createObjectNode();
    putIfKnown(entity, "code", country != null ? country : group);
    putIfKnown(entity, "group", group);
    putIfKnown(entity, "sector", sector);
    putIfKnown(entity, "entity_text", text);
    return entity;
  }

  private static void putIfKnown(ObjectNode node, String field, Object value) {
    if (value != null) {
      node.set(field, Json.MAPPER.valueToTree(value));
    }
  }
}
