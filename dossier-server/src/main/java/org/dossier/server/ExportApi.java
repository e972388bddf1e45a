package org.dossier.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dossier.export.Exporter;
import org.dossier.export.StoreSource;
import org.dossier.export.Format;
import org.dossier.store.Filters;
import org.dossier.store.Store;

/**
 * {@code GET /api/export}: one table (events by default, or statements) of the matches as a download in CSV,
 * JSON Lines, PLOVER JSON Lines or Parquet. Text formats stream one article at a time; Parquet, which needs a
 * file to write its footer, goes through a temporary folder removed afterwards. Thread-safe.
 */
final class ExportApi {
  private final Store store;

  ExportApi(Store store) {
    this.store = store;
  }

  void export(Context ctx) throws IOException {
    Format format = format(Params.text(ctx, "format", 20));
    Filters filters = Params.filters(ctx);
    if (filters.kind() == null) {
      filters = filters.withKind(Filters.Kind.EVENT); // a download is one table; events are what most people want
    }
    if (filters.kind() == Filters.Kind.ARTICLE) {
      throw new RequestException.BadRequest("export writes events or statements; kind=article is not a table");
    }
    if (format == Format.PLOVER && filters.kind() == Filters.Kind.STATEMENT) {
      throw new RequestException.BadRequest("PLOVER records are events; statements have no PLOVER form");
    }
    String table = format == Format.PLOVER ? "plover" : filters.kind() == Filters.Kind.EVENT ? "events" : "statements";
    String file = table + "." + extension(format);
    Filters chosen = filters;
    Exporter.RecordSource records = StoreSource.of(store, chosen);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(contentType(format));
    if (format == Format.PARQUET) {
      sendParquet(ctx, records, chosen, file);
    } else {
      OutputStream out = ctx.outputStream();
      Exporter.export(records, chosen, format, out);
      out.flush();
    }
  }

  private static void sendParquet(Context ctx, Exporter.RecordSource records, Filters filters, String file)
      throws IOException {
    Path dir = Files.createTempDirectory("dossier-export-");
    try {
      Exporter.export(records, filters, Format.PARQUET, dir);
      try (InputStream in = Files.newInputStream(dir.resolve(file)); OutputStream out = ctx.outputStream()) {
        in.transferTo(out);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Format format(String name) {
    if (name == null) {
      return Format.CSV;
    }
    try {
      return Format.parse(name);
    } catch (IllegalArgumentException e) {
      throw new RequestException.BadRequest(e.getMessage().replace("unknown export format", "unknown format"));
    }
  }

  static String extension(Format format) {
    return switch (format) {
      case CSV -> "csv";
      case JSONL, PLOVER -> "jsonl";
      case PARQUET -> "parquet";
    };
  }

  static String contentType(Format format) {
    return switch (format) {
      case CSV -> "text/csv; charset=utf-8";
      case JSONL, PLOVER -> "application/x-ndjson; charset=utf-8";
      case PARQUET -> "application/vnd.apache.parquet";
    };
  }
}
