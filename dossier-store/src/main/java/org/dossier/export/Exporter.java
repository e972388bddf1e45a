package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.dossier.story.Story;

/**
 * The entry point of {@code dossier export}: stored articles, flattened to rows ({@link Rows}), filtered
 * ({@link RowFilter}) and written in one {@link Format}. Records are streamed, one article at a time, in a
 * single pass, so an export needs memory for one article (plus a Parquet row group), not for the whole store.
 *
 * <p>To a folder, each table goes to its own file ({@code events.csv}, {@code statements.csv} and {@code
 * articles.csv}, and {@code stories.csv} with every story of an exported event or statement when the source keeps
 * stories; PLOVER writes {@code plover.jsonl}); {@code filters.kind()} picks one table. To a stream, exactly
 * one table must be chosen with {@code kind} (PLOVER implies events), and Parquet, a file format, is refused.
 * Stateless and thread-safe.
 */
public final class Exporter {
  private Exporter() {}

  /** Records pushed one at a time, such as a store's matches ({@link StoreSource}). */
  @FunctionalInterface
  public interface RecordSource {
    void forEach(Consumer<DossierRecord> each) throws IOException;

    /** The story ids of a record's events and statements by local id; none unless the source keeps stories. */
    default Map<String, String> storyIds(DossierRecord r) {
      return Map.of();
    }

    /** A story by id, for the stories table; empty unless the source keeps stories. */
    default Optional<Story> story(String id) {
      return Optional.empty();
    }
  }

  /** As {@link #export(RecordSource, Filters, Format, Path)} for records in memory. */
  public static ExportCounts export(Iterable<DossierRecord> records, Filters filters, Format format, Path outDir)
      throws IOException {
    return export((RecordSource) records::forEach, filters, format, outDir);
  }

  /** As {@link #export(RecordSource, Filters, Format, OutputStream)} for records in memory. */
  public static ExportCounts export(Iterable<DossierRecord> records, Filters filters, Format format,
      OutputStream out) throws IOException {
    return export((RecordSource) records::forEach, filters, format, out);
  }

  /**
   * Writes the chosen tables into {@code outDir} (created when missing), replacing files of the same names.
   *
   * @throws IllegalArgumentException for statements or articles in PLOVER
   */
  public static ExportCounts export(RecordSource records, Filters filters, Format format, Path outDir)
      throws IOException {
    RowFilter filter = filter(filters, format);
    Files.createDirectories(outDir);
    // try-with-resources skips null resources: a table that is not wanted has no sink
    Set<String> storyIds = new LinkedHashSet<>();
    ExportCounts counts;
    try (RowSink<EventRow> events = filter.wantsEvents() ? open(format, EventRow.TABLE, outDir) : null;
         RowSink<StatementRow> statements = filter.wantsStatements() ? open(format, StatementRow.TABLE, outDir)
             : null;
         RowSink<ArticleRow> articles = filter.wantsArticles() ? open(format, ArticleRow.TABLE, outDir) : null) {
      counts = write(records, filter, events, statements, articles, storyIds);
    }
    if (storyIds.isEmpty() || format == Format.PLOVER) {
      return counts;
    }
    long stories = 0;
    try (RowSink<StoryRow> sink = open(format, StoryRow.TABLE, outDir)) {
      for (String id : storyIds) {
        Optional<Story> story = records.story(id);
        if (story.isPresent()) {
          sink.write(StoryRow.of(story.get()));
          stories++;
        }
      }
    }
    return new ExportCounts(counts.events(), counts.statements(), counts.articles(), stories);
  }

  /**
   * Writes the one chosen table to {@code out}, which is flushed and left open.
   *
   * @throws IllegalArgumentException for Parquet, for no table chosen, or for statements or articles in PLOVER
   */
  public static ExportCounts export(RecordSource records, Filters filters, Format format,
      OutputStream out) throws IOException {
    if (format == Format.PARQUET) {
      throw new IllegalArgumentException("Parquet is written to a folder, not to standard output");
    }
    RowFilter filter = filter(filters, format);
    if (filter.wantsEvents() && filter.wantsStatements()) {
      throw new IllegalArgumentException(
          "one table to standard output: choose --kind event, --kind statement or --kind article");
    }
    try (RowSink<EventRow> events = filter.wantsEvents() ? open(format, EventRow.TABLE, out) : null;
         RowSink<StatementRow> statements = filter.wantsStatements() ? open(format, StatementRow.TABLE, out)
             : null;
         RowSink<ArticleRow> articles = filter.wantsArticles() ? open(format, ArticleRow.TABLE, out) : null) {
      return write(records, filter, events, statements, articles, new LinkedHashSet<>());
    }
  }

  private static RowFilter filter(Filters filters, Format format) {
    Filters f = filters == null ? Filters.NONE : filters;
    if (format == Format.PLOVER) {
      if (f.kind() == Filters.Kind.STATEMENT || f.kind() == Filters.Kind.ARTICLE) {
        throw new IllegalArgumentException("PLOVER records are events; " + f.kind().label()
            + "s have no PLOVER form");
      }
      f = f.withKind(Filters.Kind.EVENT);
    }
    return new RowFilter(f);
  }

  private static ExportCounts write(RecordSource records, RowFilter filter, RowSink<EventRow> events,
      RowSink<StatementRow> statements, RowSink<ArticleRow> articles, Set<String> storyIds) throws IOException {
    long[] counts = new long[3];
    try {
      records.forEach(record -> {
        Rows rows = filter.apply(Rows.of(record, records.storyIds(record)));
        try {
          for (EventRow e : rows.events()) {
            events.write(e);
            counts[0]++;
            addStory(storyIds, e.storyId());
          }
          for (StatementRow s : rows.statements()) {
            statements.write(s);
            counts[1]++;
            addStory(storyIds, s.storyId());
          }
          if (rows.article() != null) {
            articles.write(rows.article());
            counts[2]++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new ExportCounts(counts[0], counts[1], counts[2]);
  }

  private static void addStory(Set<String> ids, String id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static <R extends Record> RowSink<R> open(Format format, Table<R> table, Path dir) throws IOException {
    return switch (format) {
      case CSV -> CsvExport.open(table, dir);
      case JSONL -> JsonLinesExport.open(table, dir);
      case PARQUET -> ParquetExport.open(table, dir);
      case PLOVER -> asTable(table, () -> PloverExport.open(dir));
    };
  }

  private static <R extends Record> RowSink<R> open(Format format, Table<R> table, OutputStream out)
      throws IOException {
    return switch (format) {
      case CSV -> CsvExport.open(table, out);
      case JSONL -> JsonLinesExport.open(table, out);
      case PARQUET -> throw new IllegalArgumentException("Parquet needs a folder");
      case PLOVER -> asTable(table, () -> PloverExport.open(out));
    };
  }

  /** Opens the PLOVER sink as a sink of {@code table}, which the filter guarantees is the events table. */
  @SuppressWarnings("unchecked")
  private static <R extends Record> RowSink<R> asTable(Table<R> table, PloverOpener opener) throws IOException {
    if (table != EventRow.TABLE) {
      throw new IllegalArgumentException("PLOVER records are events only");
    }
    return (RowSink<R>) opener.open();
  }

  private interface PloverOpener {
    RowSink<EventRow> open() throws IOException;
  }
}
