package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportTest {
  @TempDir
  Path dir;

  private static String describe(MessageType schema, String column) {
    PrimitiveType t = schema.getType(column).asPrimitiveType();
    LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
    return t.getRepetition() + " " + t.getPrimitiveTypeName() + (logical == null ? "" : " " + logical);
  }

  @Test
  void eventsReadBackWithTypedColumnsAndNulls() throws IOException {
    List<DossierRecord> records = Examples.both();
    ExportCounts counts = Exporter.export(records, Filters.NONE, Format.PARQUET, dir);

    assertThat(counts).isEqualTo(new ExportCounts(5, 4, 2));
    ParquetFiles.Content events = ParquetFiles.read(dir.resolve("events.parquet"));
    MessageType schema = events.schema();
    assertThat(schema.getFields()).extracting(f -> f.getName()).isEqualTo(EventRow.TABLE.columnNames());
    assertThat(describe(schema, "event_id")).isEqualTo("OPTIONAL BINARY STRING");
    assertThat(describe(schema, "story_date")).isEqualTo("OPTIONAL INT32 DATE");
    assertThat(describe(schema, "negated")).isEqualTo("REQUIRED BOOLEAN");
    assertThat(describe(schema, "lat")).isEqualTo("OPTIONAL DOUBLE");
    assertThat(describe(schema, "quantity_min")).isEqualTo("OPTIONAL INT64");
    assertThat(describe(schema, "evidence_start")).isEqualTo("OPTIONAL INT32");
    assertThat(describe(schema, "quad_code")).isEqualTo("OPTIONAL INT32");
    assertThat(describe(schema, "place_geonames_id")).isEqualTo("OPTIONAL INT64");
    assertThat(events.metadata()).containsOnlyKeys(ParquetExport.TABLE_KEY, ParquetExport.SCHEMA_KEY)
        .containsEntry(ParquetExport.TABLE_KEY, "events").doesNotContainKey("writer.model.name");
    assertThat(events.rows()).hasSize(5);

    Group v5 = events.rows().get(2);
    assertThat(v5.getString("event_id", 0)).isEqualTo(records.get(0).id() + ":v5");
    assertThat(LocalDate.ofEpochDay(v5.getInteger("story_date", 0))).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(LocalDate.ofEpochDay(v5.getInteger("time_end", 0))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(v5.getString("source_actor", 0)).isEqualTo("PRKMIL");
    assertThat(v5.getBoolean("negated", 0)).isFalse();
    assertThat(v5.getDouble("lon", 0)).isEqualTo(36.15);
    assertThat(v5.getLong("quantity_min", 0)).isEqualTo(1000L);
    assertThat(v5.getString("quantity_unit", 0)).isEqualTo("soldiers");
    // null is an absent value, not an empty string
    assertThat(v5.getFieldRepetitionCount("target_name")).isZero();
    assertThat(v5.getFieldRepetitionCount("url")).isZero();
    Group protest = events.rows().get(4);
    assertThat(protest.getString("evidence", 0)).isEqualTo(records.get(1).events().get(0).evidence().text());
    assertThat(protest.getString("url", 0)).isEqualTo("https://example.org/wire/protest");
  }

  @Test
  void statementsReadBack() throws IOException {
    Exporter.export(Examples.both(), Filters.NONE, Format.PARQUET, dir);

    ParquetFiles.Content statements = ParquetFiles.read(dir.resolve("statements.parquet"));
    assertThat(statements.schema().getFields()).extracting(f -> f.getName())
        .isEqualTo(StatementRow.TABLE.columnNames());
    assertThat(describe(statements.schema(), "published")).isEqualTo("OPTIONAL INT32 DATE");
    assertThat(statements.rows()).hasSize(4);
    Group intelligence = statements.rows().get(3);
    assertThat(intelligence.getString("speaker_name", 0)).isEqualTo("intelligence");
    assertThat(intelligence.getFieldRepetitionCount("speaker_entity")).isZero();
    assertThat(intelligence.getInteger("content_end", 0) - intelligence.getInteger("content_start", 0))
        .isEqualTo(intelligence.getString("content", 0).length());
  }

  @Test
  void filteredAndEmptyTablesAreValidFiles() throws IOException {
    Filters mobilize = new Filters(null, null, null, "MOBILIZE", null, null, null, Filters.Kind.EVENT, null);
    Exporter.export(Examples.both(), mobilize, Format.PARQUET, dir);
    assertThat(ParquetFiles.read(dir.resolve("events.parquet")).rows()).singleElement()
        .satisfies(g -> assertThat(g.getString("event_type", 0)).isEqualTo("MOBILIZE"));
    assertThat(dir.resolve("statements.parquet")).doesNotExist();

    Filters none = new Filters(null, null, null, "ASSAULT", null, null, null, null, null);
    assertThat(Exporter.export(Examples.both(), none, Format.PARQUET, dir).total()).isZero();
    assertThat(ParquetFiles.read(dir.resolve("events.parquet")).rows()).isEmpty();
  }

  @Test
  void uncompressedPagesReadBackToo() throws IOException {
    try (RowSink<EventRow> sink = ParquetExport.open(EventRow.TABLE, dir, CompressionCodecName.UNCOMPRESSED)) {
      for (EventRow e : Rows.of(Examples.lavrov()).events()) {
        sink.write(e);
      }
    }
    assertThat(ParquetFiles.read(dir.resolve("events.parquet")).rows()).hasSize(4);
  }

  @Test
  void refusesAStream() {
    assertThatThrownBy(() -> Exporter.export(Examples.both(), Filters.NONE, Format.PARQUET,
        new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folder");
  }

  @Test
  void schemaTypesFollowColumns() {
    MessageType schema = ParquetExport.schema(StatementRow.TABLE);
    assertThat(schema.getName()).isEqualTo("statements");
    assertThat(schema.getType("content_start").asPrimitiveType().getPrimitiveTypeName())
        .isEqualTo(PrimitiveTypeName.INT32);
    assertThat(schema.getType("speaker_name").getRepetition()).isEqualTo(Repetition.OPTIONAL);
  }
}
