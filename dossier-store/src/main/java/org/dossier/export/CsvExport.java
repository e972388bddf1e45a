package org.dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables as CSV that pandas ({@code read_csv}) and R ({@code read.csv}) load without cleaning: RFC 4180 (CRLF
 * line ends, fields holding commas, quotes or line breaks quoted, quotes doubled), UTF-8, a header row of the
 * column names. Null is an empty field, an empty string a quoted {@code ""}; numbers are plain numbers,
 * booleans {@code TRUE}/{@code FALSE}, dates {@code YYYY-MM-DD}. (R's {@code read.csv} reads empty text cells
 * as {@code ""}: pass {@code na.strings = ""}, or use readr, to get NA.) Thread-safe; each sink is not.
 */
public final class CsvExport {
  public static final String EXTENSION = ".csv";

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private CsvExport() {}

  /** Dates as ISO text; booleans as TRUE/FALSE, the spelling both R ({@code read.csv}) and pandas read as logical. */
  private static Object cell(Object value) {
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    return value;
  }

  /** {@code TABLE.csv} in {@code dir} (which must exist), replacing any file of that name. */
  public static <R extends Record> RowSink<R> open(Table<R> table, Path dir) throws IOException {
    return FileSinks.open(dir.resolve(table.name() + EXTENSION), out -> open(table, out));
  }

  /** The table on {@code out}, header first; closing the sink flushes {@code out} and leaves it open. */
  public static <R extends Record> RowSink<R> open(Table<R> table, OutputStream out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    for (String name : table.columnNames()) {
      schema.addColumn(name);
    }
    SequenceWriter writer = MAPPER.writer(schema.build()).writeValues(out);
    // the header is written as a first row so that an empty table still names its columns
    writer.write(table.columnNames());
    List<Column> columns = table.columns();
    return new RowSink<>() {
      @Override
      public void write(R row) throws IOException {
        // a row goes as a map: jackson-dataformat-csv drops null elements of an array row, shifting the cells
        Map<String, Object> cells = new LinkedHashMap<>();
        for (Column c : columns) {
          Object value = c.valueOf(row);
          cells.put(c.name(), cell(value));
        }
        writer.write(cells);
      }

      @Override
      public void close() throws IOException {
        writer.close();
        out.flush();
      }
    };
  }
}
