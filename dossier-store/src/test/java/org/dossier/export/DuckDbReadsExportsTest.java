package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table format loaded by a reader Dossier does not write with: DuckDB's, over JDBC, in memory. */
class DuckDbReadsExportsTest {
  private static final List<DossierRecord> RECORDS = List.of(Examples.lavrov(), Examples.protest(),
      Examples.groups());

  @TempDir
  Path dir;

  private Connection duck;

  @BeforeEach
  void open() throws SQLException {
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void close() throws SQLException {
    duck.close();
  }

  private Path export(Format format) throws IOException {
    Path out = dir.resolve(format.name().toLowerCase());
    Exporter.export(RECORDS, Filters.NONE, format, out);
    return out;
  }

  /** Column name → DuckDB type of what {@code from} reads. */
  private Map<String, String> types(String from) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
      while (r.next()) {
        types.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return types;
  }

  private List<Object> column(String sql) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getObject(1));
      }
    }
    return values;
  }

  private long count(String from) throws SQLException {
    return ((Number) column("SELECT count(*) FROM " + from).get(0)).longValue();
  }

  private static String file(Path dir, String table, String extension) {
    return "'" + dir.resolve(table + extension).toString().replace("'", "''") + "'";
  }

  @Test
  void parquetKeepsEveryTypeAndRow() throws Exception {
    Path out = export(Format.PARQUET);
    String events = "read_parquet(" + file(out, "events", ".parquet") + ")";
    Map<String, String> types = types(events);

    assertThat(types.keySet()).containsExactlyElementsOf(EventRow.TABLE.columnNames());
    assertThat(types).containsEntry("story_date", "DATE").containsEntry("quad_code", "INTEGER")
        .containsEntry("plover_score", "DOUBLE").containsEntry("negated", "BOOLEAN")
        .containsEntry("place_geonames_id", "BIGINT").containsEntry("lat", "DOUBLE")
        .containsEntry("quantity_min", "BIGINT").containsEntry("evidence_start", "INTEGER")
        .containsEntry("sentence", "VARCHAR");
    assertThat(count(events)).isEqualTo(6);
    assertThat(count("read_parquet(" + file(out, "statements", ".parquet") + ")")).isEqualTo(6);
    String articles = "read_parquet(" + file(out, "articles", ".parquet") + ")";
    assertThat(count(articles)).isEqualTo(3);
    assertThat(types(articles)).containsEntry("published", "DATE").containsEntry("events", "INTEGER");
    assertThat(column("SELECT target_country FROM " + events + " WHERE target_actor = 'MNCUSAMED'"))
        .containsExactly("USA");
  }

  @Test
  void csvIsReadWithTypesByDetection() throws Exception {
    Path out = export(Format.CSV);
    String events = "read_csv(" + file(out, "events", ".csv") + ")";
    Map<String, String> types = types(events);

    assertThat(types.keySet()).containsExactlyElementsOf(EventRow.TABLE.columnNames());
    assertThat(types).containsEntry("story_date", "DATE").containsEntry("negated", "BOOLEAN")
        .containsEntry("plover_score", "DOUBLE").containsEntry("lat", "DOUBLE")
        .containsEntry("evidence", "VARCHAR");
    assertThat(types.get("quad_code")).isIn("BIGINT", "INTEGER");
    assertThat(count(events)).isEqualTo(6);
    assertThat(count("read_csv(" + file(out, "statements", ".csv") + ")")).isEqualTo(6);
    assertThat(count("read_csv(" + file(out, "articles", ".csv") + ")")).isEqualTo(3);
    // the evidence with a comma, quotes and a line break comes back whole
    assertThat(column("SELECT evidence FROM " + events + " WHERE event_type = 'PROTEST'"))
        .containsExactly(Rows.of(Examples.protest()).events().get(0).evidence());
  }

  @Test
  void jsonLinesAreReadWithTypesByDetection() throws Exception {
    Path out = export(Format.JSONL);
    String events = "read_json(" + file(out, "events", ".jsonl") + ", format = 'newline_delimited')";
    Map<String, String> types = types(events);

    assertThat(types.keySet()).containsExactlyElementsOf(EventRow.TABLE.columnNames());
    assertThat(types).containsEntry("story_date", "DATE").containsEntry("negated", "BOOLEAN")
        .containsEntry("plover_score", "DOUBLE").containsEntry("lat", "DOUBLE");
    assertThat(types.get("quad_code")).isIn("BIGINT", "INTEGER", "UBIGINT");
    assertThat(count(events)).isEqualTo(6);
    assertThat(count("read_json(" + file(out, "statements", ".jsonl") + ", format = 'newline_delimited')"))
        .isEqualTo(6);
    assertThat(count("read_json(" + file(out, "articles", ".jsonl") + ", format = 'newline_delimited')"))
        .isEqualTo(3);
  }
}
