package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dossier.json.Json;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.DossierRecord;
import org.dossier.model.Source;

/** Inputs in the formats the job reads, made from the bundled articles, and readers of the job's outputs. */
final class Fixtures {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();

  private Fixtures() {}

  /** A Hadoop local path as the plain path {@code dossier extract} reports. */
  static String plain(String hadoopPath) {
    return hadoopPath.startsWith("file:") ? hadoopPath.substring("file:".length()) : hadoopPath;
  }

  /** The record with its source path made plain, for comparison with {@code dossier extract}'s. */
  static DossierRecord plain(DossierRecord r) {
    Source s = r.source();
    return new DossierRecord(r.id(), r.title(), r.published(), r.outlet(), r.dateline(), r.language(),
        new Source(s.path() == null ? null : plain(s.path()), s.url()), r.text(), r.entities(), r.statements(),
        r.events());
  }

  /** The paragraphs of an article, without title and dateline. */
  static List<String> paragraphs(Article a) {
    return a.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH)
        .map(b -> a.slice(b.start(), b.end())).toList();
  }

  /** A JSON Lines file with one line per article. */
  static Path jsonl(Path file, List<Article> articles) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Article a : articles) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", a.title());
      m.put("text", String.join("\n", paragraphs(a)));
      m.put("published", String.valueOf(a.published()));
      m.put("outlet", "Wikinews");
      out.append(Json.MAPPER.writeValueAsString(m)).append('\n');
    }
    return Files.writeString(file, out);
  }

  /** A gzipped WARC (one gzip member per record, as crawlers write) with one HTML page per article. */
  static Path warc(Path file, List<Article> articles) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 0;
    for (Article a : articles) {
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
          .append(a.title()).append("</title><meta property=\"article:published_time\" content=\"")
          .append(a.published()).append("\"></head><body><article><h1>").append(a.title()).append("</h1>");
      paragraphs(a).forEach(p -> html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
      byte[] body = html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
      byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
      String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
          + n++ + ">\r\nWARC-Date: 2025-03-12T10:00:00Z\r\nWARC-Target-URI: https://example.org/" + n
          + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
      byte[] record = concat(concat(head.getBytes(StandardCharsets.UTF_8), http), "\r\n\r\n".getBytes());
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
        gz.write(record);
      }
      out.writeBytes(member.toByteArray());
    }
    return Files.write(file, out.toByteArray());
  }

  /** The records of the job's {@code records/} folder. */
  static List<DossierRecord> records(Path dir) {
    return lines(dir, ".txt").stream().map(Json::read).toList();
  }

  /** The rows of the job's {@code rejects/} folder, item to reason, items made plain. */
  static Map<String, String> rejects(Path dir) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(dir, ".json")) {
      try {
        JsonNode n = Json.MAPPER.readTree(line);
        out.put(plain(n.get("item").asText()), n.get("reason").asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The non-blank lines of the part files of a Spark output folder. */
  static List<String> lines(Path dir, String extension) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")
          && f.toString().endsWith(extension)).sorted().toList()) {
        Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(out::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
