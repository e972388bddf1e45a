package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives exactly one problem naming it, and the good article in the same batch still comes. */
class BadInputTest {
  @TempDir Path dir;

  @BeforeEach
  void goodArticle() throws Exception {
    Fixtures.copy(Fixtures.UNN, dir, "a-good.txt");
  }

  private Collected batchWith(String name, byte[] bytes) throws Exception {
    Files.write(dir.resolve(name), bytes);
    return Collected.read(List.of(dir.toString()));
  }

  private void assertOneProblem(Collected sink, String name, String reason) {
    assertThat(sink.problems).containsExactly(new Problem(dir.resolve(name).toString(), reason));
    assertThat(sink.titles()).contains(Fixtures.UNN_TITLE);
  }

  private void assertOneProblemStartingWith(Collected sink, String item, String reasonStart) {
    assertThat(sink.problems).hasSize(1);
    assertThat(sink.problems.get(0).item()).isEqualTo(item);
    assertThat(sink.problems.get(0).reason()).startsWith(reasonStart);
    assertThat(sink.titles()).contains(Fixtures.UNN_TITLE);
  }

  @Test
  void emptyFile() throws Exception {
    assertOneProblem(batchWith("empty.txt", new byte[0]), "empty.txt", "empty");
  }

  @Test
  void blankFile() throws Exception {
    assertOneProblem(batchWith("blank.txt", " \n\r\n\t \n".getBytes()), "blank.txt", "empty");
  }

  @Test
  void binaryFile() throws Exception {
    byte[] noise = new byte[5000];
    new Random(7).nextBytes(noise);
    assertOneProblem(batchWith("photo.txt", noise), "photo.txt", "binary content, not text");
  }

  @Test
  void truncatedGzip() throws Exception {
    byte[] gz = Fixtures.gzip(Fixtures.bytes(Fixtures.UNN));
    Collected sink = batchWith("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    assertOneProblem(sink, "cut.txt.gz", "truncated: Unexpected end of ZLIB input stream");
  }

  @Test
  void truncatedWarc() throws Exception {
    byte[] warc = new Warcs(false).warcinfo()
        .response("https://a.example/1", 200, "text/html", Fixtures.bytes("read/page.html")).bytes();
    Collected sink = batchWith("crawl.warc", Arrays.copyOf(warc, warc.length - 500));
    assertOneProblemStartingWith(sink, dir.resolve("crawl.warc").toString(), "truncated or malformed WARC at record 2");
  }

  @Test
  void hugeText() throws Exception {
    byte[] huge = "All work and no play makes a dull article. ".repeat(150_000).getBytes(StandardCharsets.US_ASCII);
    assertOneProblem(batchWith("huge.txt", huge), "huge.txt", "too large: 6.2 MB of text, limit 5 MB");
  }

  @Test
  void hugeInputIsNotLoadedWhole() throws Exception {
    // 30 MB of text compressed to a few kB: reading stops at the bound instead of inflating it all
    byte[] bomb = Fixtures.gzip("news ".repeat(6_000_000).getBytes(StandardCharsets.US_ASCII));
    assertOneProblem(batchWith("bomb.txt.gz", bomb), "bomb.txt.gz", "too large: over 20 MB of text, limit 5 MB");
  }

  @Test
  void bytesValidInNoCharset() throws Exception {
    byte[] bytes = new byte[4000];
    Random random = new Random(3);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(128) : 'a' + random.nextInt(26));
    }
    assertOneProblem(batchWith("garbled.txt", bytes), "garbled.txt",
        "wrongly encoded: not UTF-8 and no other charset detected");
  }

  @Test
  void utf16WithoutByteOrderMark() throws Exception {
    byte[] bytes = Fixtures.text(Fixtures.UNN).getBytes(StandardCharsets.UTF_16LE);
    assertOneProblem(batchWith("utf16.txt", bytes), "utf16.txt",
        "wrongly encoded: looks like UTF-16 without a byte-order mark");
  }

  @Test
  void malformedJsonLineAmongGoodOnes() throws Exception {
    String jsonl = "{\"title\": \"First wire story\", \"text\": \"One.\"}\n"
        + "{\"title\": \"Broken\", \"text\": \"missing quote}\n"
        + "{\"title\": \"Third wire story\", \"text\": \"Three.\"}\n";
    Collected sink = batchWith("wire.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

    assertOneProblemStartingWith(sink, dir.resolve("wire.jsonl") + ":2", "malformed JSON: ");
    assertThat(sink.titles()).containsExactly(Fixtures.UNN_TITLE, "First wire story", "Third wire story");
  }

  @Test
  void htmlWithNoText() throws Exception {
    assertOneProblem(batchWith("page.html", Fixtures.bytes("read/page-no-article.html")), "page.html",
        "no article text found");
  }

  @Test
  void malformedFeed() throws Exception {
    byte[] feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut".getBytes(StandardCharsets.UTF_8);
    assertOneProblemStartingWith(batchWith("cut.rss", feed), dir.resolve("cut.rss").toString(), "malformed feed: ");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("gone.txt");
    Collected sink = Collected.read(List.of(missing.toString(), dir.toString()));

    assertThat(sink.problems).containsExactly(new Problem(missing.toString(), "not found"));
    assertThat(sink.titles()).containsExactly(Fixtures.UNN_TITLE);
  }

  @Test
  void unreadableFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Secret\nText.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as a user who can read anything (root)");

    assertOneProblem(Collected.read(List.of(dir.toString())), "secret.txt", "cannot read: permission denied");
  }
}
