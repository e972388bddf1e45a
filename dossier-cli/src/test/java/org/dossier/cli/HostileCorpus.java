package org.dossier.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a seeded corpus of hostile input items next to good articles, for the fuzz test: broken and deeply
 * nested JSON, gzip, RSS and WARC, bad encodings, binary noise, markup without text, names with control
 * characters, symbolic links out of the folder and in loops, empty files. Each of them must fail in the readers
 * with a reason; a few more (huge tokens, combining marks, quote floods, deep markup around text) read as
 * articles and must be analysed within the limits or skipped with a reason. Same seed, same corpus.
 */
final class HostileCorpus {
  /** What was written: the good articles, the items that must be skipped, and those that reach analysis. */
  record Corpus(Path input, List<Path> good, List<Path> bad, List<Path> analysed) {}

  private static final String[] WORDS = {"Kyiv", "talks", "minister", "said", "Monday", "army", "river", "city",
      "police", "court", "vote", "protest", "the", "of", "in", "and", "ceasefire", "president", "\u00e9t\u00e9"};
  /** Kinds of item the readers must refuse; the generator takes them in turn. */
  private static final int READER_KINDS = 22;

  private final Random random;
  private final Path input;
  private final Path outside;
  private final List<Path> bad = new ArrayList<>();
  private final List<Path> analysed = new ArrayList<>();
  private int n;

  private HostileCorpus(long seed, Path dir) throws IOException {
    this.random = new Random(seed);
    this.input = Files.createDirectories(dir.resolve("input"));
    this.outside = Files.createDirectories(dir.resolve("outside"));
  }

  /**
   * Writes {@code hostile} items (at least) the readers must refuse, a few that reach the analysis, and copies
   * of {@code goodArticles}, into {@code dir/input}.
   */
  static Corpus write(Path dir, long seed, int hostile, List<Path> goodArticles) {
    try {
      HostileCorpus c = new HostileCorpus(seed, dir);
      Files.writeString(c.outside.resolve("system-file.txt"), "Not an input of this batch: Kyiv said so.\n");
      List<Path> good = new ArrayList<>();
      for (Path article : goodArticles) {
        good.add(Files.copy(article, c.input.resolve("good-" + article.getFileName())));
      }
      while (c.bad.size() < hostile) {
        c.readerItem(c.n % READER_KINDS);
      }
      c.analysedItems();
      return new Corpus(c.input, good, List.copyOf(c.bad), List.copyOf(c.analysed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readerItem(int kind) throws IOException {
    switch (kind) {
      case 0 -> bad("empty.txt", new byte[0]);
      case 1 -> bad("blank.txt", ascii(" \t\r\n".repeat(1 + random.nextInt(50))));
      case 2 -> bad("noise.txt", noise(1 + random.nextInt(4000), true));
      case 3 -> bad("broken.jsonl", utf8("{\"title\": \"" + words(3) + "\", \"text\": \"" + words(20) + "\n"));
      case 4 -> bad("trailing.jsonl", utf8("{\"title\": \"" + words(3) + "\", \"text\": \"" + words(20) + "\"}"
          + "}]x".substring(0, 1 + random.nextInt(3)) + "\n"));
      case 5 -> bad("deep-array.json", ascii("[".repeat(1_001 + random.nextInt(100_000))));
      case 6 -> bad("deep-object.json", ascii("{\"a\":".repeat(1_001 + random.nextInt(20_000))));
      case 7 -> bad("broken.gz", concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, noise(10 + random.nextInt(2000), false)));
      case 8 -> {
        byte[] gz = gzip(utf8(words(2000)));
        bad("cut.txt.gz", java.util.Arrays.copyOf(gz, 20 + random.nextInt(gz.length / 2)));
      }
      case 9 -> bad("broken.rss", utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
          + "<item><title>" + words(5) + "</title><description>" + words(30)));
      case 10 -> bad("no-entries.rss", utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire "
          + words(2) + "</title><link>https://example.org/</link><description>d</description></channel></rss>"));
      case 11 -> bad("truncated.warc", ascii("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
          + java.util.UUID.randomUUID() + ">\r\nContent-Length: " + (5_000 + random.nextInt(5_000))
          + "\r\n\r\nHTTP/1.1 200 OK\r\n\r\nZZZ broken chunk"));
      case 12 -> bad("untyped.warc", ascii("WARC/1.1\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
          + ">\r\nWARC-Date: 2025-03-12T10:00:00Z\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"));
      case 13 -> bad("bad-utf8.jsonl", concat(utf8("{\"title\": \"" + words(3)), new byte[] {(byte) 0xFF, (byte) 0xC3},
          utf8("\", \"text\": \"" + words(10) + "\"}\n")));
      case 14 -> bad("deep-markup.html", ascii("<html><body>" + "<div>".repeat(1_000 + random.nextInt(20_000))));
      case 15 -> bad("script-only.html", ascii("<html><head><title>App</title><script>/* <!-- */ var a = "
          + random.nextInt() + "; /* --> */</script></head><body><script>boot();</script><p>*/</p></body></html>"));
      case 16 -> bad("ctl-\u001b[31m-\u0007-\n-name-" + random.nextInt(1000) + ".txt", new byte[0]);
      case 17 -> link("escape", outside);
      case 18 -> {
        Path a = input.resolve(String.format("bad-%04d-loop-a", n++));
        Path b = input.resolve(String.format("bad-%04d-loop-b", n++));
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        bad.add(a);
        bad.add(b);
      }
      case 19 -> link("dangling", input.resolve("no-such-target-" + n));
      case 20 -> {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nZZZ broken chunk\r\n"
            + "<html><head><title>" + words(4) + "</title></head><body><p>" + words(40) + "</p></body></html>";
        bad("broken-chunk.warc", ascii("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.randomUUID() + ">\r\nContent-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n"));
      }
      case 21 -> bad("title-only.jsonl", utf8("{\"title\": \"" + words(6) + "\", \"published\": \"2025-03-12\"}\n"));
      default -> throw new IllegalArgumentException("kind " + kind);
    }
  }

  /** A few articles that pass the readers and test the analysis limits. */
  private void analysedItems() throws IOException {
    analysed("huge-token.txt", "Huge token\n\n" + "x".repeat(20_000) + " said the minister in Kyiv.\n");
    analysed("combining.txt", "Combining marks\n\nKyiv " + "a" + "\u0301".repeat(10_000) + " said.\n");
    analysed("quotes.txt", "Quote flood\n\n" + "\"".repeat(10_000) + " Kyiv said.\n");
    analysed("long-sentence.txt", "One sentence\n\n" + words(2_000) + ".\n");
    analysed("deep-bold.html", "<html><head><title>Deep bold</title></head><body><p>" + "<b>".repeat(10_000)
        + "The minister said in Kyiv on Monday that talks would go on." + "</b>".repeat(10_000) + "</p></body></html>");
  }

  private void bad(String name, byte[] bytes) throws IOException {
    Path p = input.resolve(String.format("bad-%04d-%s", n++, name));
    Files.write(p, bytes);
    bad.add(p);
  }

  private void link(String name, Path target) throws IOException {
    Path p = input.resolve(String.format("bad-%04d-%s", n++, name));
    Files.createSymbolicLink(p, target);
    bad.add(p);
  }

  private void analysed(String name, String text) throws IOException {
    Path p = input.resolve("hostile-" + name);
    Files.writeString(p, text);
    analysed.add(p);
  }

  private String words(int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private byte[] noise(int length, boolean withNul) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    if (withNul) {
      b[random.nextInt(length)] = 0;
    }
    return b;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
