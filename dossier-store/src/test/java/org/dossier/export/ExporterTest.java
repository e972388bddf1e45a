package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {
  @TempDir
  Path dir;

  private static Filters kind(Filters.Kind kind) {
    return new Filters(null, null, null, null, null, null, null, kind, null);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachFormatWritesItsFilesIntoANewFolder() throws IOException {
    Path out = dir.resolve("a/b");
    for (Format f : Format.values()) {
      Exporter.export(Examples.both(), Filters.NONE, f, out);
    }
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("articles.csv", "articles.jsonl",
          "articles.parquet", "events.csv", "events.jsonl", "events.parquet", "plover.jsonl", "statements.csv",
          "statements.jsonl", "statements.parquet");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"CSV", "JSONL", "PARQUET"})
  void kindWritesOneTable(Format format) throws IOException {
    ExportCounts counts = Exporter.export(Examples.both(), kind(Filters.Kind.STATEMENT), format, dir);

    assertThat(counts).isEqualTo(new ExportCounts(0, 4, 0));
    assertThat(files()).singleElement().asString().startsWith("statements.");
  }

  @Test
  void aStreamTakesOneTable() {
    OutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> Exporter.export(Examples.both(), Filters.NONE, Format.CSV, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kind");
  }

  @Test
  void refusesPloverStatementsAndArticles() {
    assertThatThrownBy(() -> Exporter.export(Examples.both(), kind(Filters.Kind.STATEMENT), Format.PLOVER, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLOVER");
    assertThatThrownBy(() -> Exporter.export(Examples.both(), kind(Filters.Kind.ARTICLE), Format.PLOVER, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articles have no PLOVER form");
  }

  @Test
  void kindArticleWritesTheArticlesTable() throws IOException {
    ExportCounts counts = Exporter.export(Examples.both(), kind(Filters.Kind.ARTICLE), Format.CSV, dir);

    assertThat(counts).isEqualTo(new ExportCounts(0, 0, 2));
    assertThat(files()).containsExactly("articles.csv");
    List<String> lines = Files.readAllLines(dir.resolve("articles.csv"));
    assertThat(lines.get(0)).isEqualTo(
        "article_id,title,published,outlet,dateline,language,url,source_path,entities,statements,events");
    assertThat(lines.get(2)).contains(",2025-04-02,\"Test Wire\",Kyiv,en,\"https://example.org/wire/protest\",")
        .endsWith(",0,0,1");
  }

  @Test
  void anArticleIsKeptWhenOneOfItsRowsPassesTheRowFilters() throws IOException {
    Filters protests = new Filters(null, null, null, "PROTEST", null, null, null, Filters.Kind.ARTICLE, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportCounts counts = Exporter.export(Examples.both(), protests, Format.JSONL, out);

    assertThat(counts).isEqualTo(new ExportCounts(0, 0, 1));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"title\":\"Protest in Kyiv\"");
  }

  @Test
  void theCallersStreamIsLeftOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    OutputStream out = new java.io.FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Exporter.export(Examples.both(), kind(Filters.Kind.EVENT), Format.JSONL, out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(5);
  }

  @Test
  void formatsParseIgnoringCase() {
    assertThat(Format.parse("Parquet")).isEqualTo(Format.PARQUET);
    assertThatThrownBy(() -> Format.parse("xlsx")).hasMessageContaining("csv, jsonl, parquet, plover");
  }
}
