package org.dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.json.Json;

/**
 * Tables as JSON Lines ({@code pandas.read_json(lines=True)}, R's {@code jsonlite::stream_in}): one flat JSON
 * object per row and line, every column present in table order, null as {@code null}, numbers and booleans as
 * JSON numbers and booleans, dates as {@code "YYYY-MM-DD"}, UTF-8, each line ended by {@code \n}.
 * Thread-safe; each sink is not.
 */
public final class JsonLinesExport {
  public static final String EXTENSION = ".jsonl";

  private static final ObjectWriter WRITER = Json.MAPPER.writer()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonLinesExport() {}

  /** {@code TABLE.jsonl} in {@code dir} (which must exist), replacing any file of that name. */
  public static <R extends Record> RowSink<R> open(Table<R> table, Path dir) throws IOException {
    return FileSinks.open(dir.resolve(table.name() + EXTENSION), out -> open(table, out));
  }

  /** The table on {@code out}; closing the sink flushes {@code out} and leaves it open. */
  public static <R extends Record> RowSink<R> open(Table<R> table, OutputStream out) {
    return new RowSink<>() {
      @Override
      public void write(R row) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (Column c : table.columns()) {
          object.put(c.name(), c.valueOf(row));
        }
        writeLine(out, object);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** One value as one line of JSON. */
  static void writeLine(OutputStream out, Object value) throws IOException {
    out.write(WRITER.writeValueAsBytes(value));
    out.write('\n');
  }
}
