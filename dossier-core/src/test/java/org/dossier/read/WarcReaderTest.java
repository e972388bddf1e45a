package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  private static final String CAFE_PAGE = "<html><head><title>Café reopens</title></head><body><main>"
      + "<p>The café on Market Square reopened on Monday after a fire.</p></main></body></html>";

  /** warcinfo, request, page (200), not found (404), image (200), Latin-1 page (200). */
  private static Warcs crawl(boolean gzip) {
    return new Warcs(gzip)
        .warcinfo()
        .request("https://news.example.com/world/lavrov-peacekeepers")
        .response("https://news.example.com/world/lavrov-peacekeepers?ref=home", 200, "text/html; charset=UTF-8",
            Fixtures.bytes("read/page.html"))
        .response("https://news.example.com/missing", 404, "text/html", "<p>Not found at all, sorry.</p>".getBytes())
        .response("https://news.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})
        .response("http://cafe.example/reopens", 200, "text/html; charset=ISO-8859-1",
            CAFE_PAGE.getBytes(Charset.forName("ISO-8859-1")));
  }

  private static Collected read(String item, byte[] bytes) {
    Collected sink = new Collected();
    Readers.read(item, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  @Test
  void readsHtmlResponsesOnly() {
    Collected sink = read("crawl.warc", crawl(false).bytes());

    assertThat(sink.problems).isEmpty();
    assertThat(sink.drafts).extracting(d -> d.source().path()).containsExactly("crawl.warc#3", "crawl.warc#6");
    Draft page = sink.drafts.get(0);
    assertThat(page.title()).isEqualTo("Lavrov rules out foreign peacekeepers in Ukraine");
    assertThat(page.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    // the page's canonical link wins over the crawled address
    assertThat(page.source().url()).isEqualTo("https://news.example.com/world/lavrov-peacekeepers");
    assertThat(Fixtures.texts(page, Block.Kind.HEADING)).containsExactly("Background", "What comes next");
    Draft cafe = sink.drafts.get(1);
    assertThat(cafe.title()).isEqualTo("Café reopens");
    assertThat(cafe.source().url()).isEqualTo("http://cafe.example/reopens");
    assertThat(Fixtures.texts(cafe, Block.Kind.PARAGRAPH))
        .containsExactly("The café on Market Square reopened on Monday after a fire.");
  }

  @Test
  void readsGzippedWarc() {
    Collected sink = read("crawl.warc.gz", crawl(true).bytes());

    assertThat(sink.problems).isEmpty();
    assertThat(sink.titles()).containsExactly("Lavrov rules out foreign peacekeepers in Ukraine", "Café reopens");
  }

  @Test
  void truncatedWarcKeepsEarlierPagesAndNamesTheRecord() {
    byte[] whole = crawl(false).bytes();
    int lastRecord = indexOf(whole, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID", 4);
    byte[] cut = Arrays.copyOf(whole, lastRecord + 300);
    Collected sink = read("cut.warc", cut);

    assertThat(sink.titles()).containsExactly("Lavrov rules out foreign peacekeepers in Ukraine");
    assertThat(sink.problems).hasSize(1);
    assertThat(sink.problems.get(0).item()).isEqualTo("cut.warc");
    assertThat(sink.problems.get(0).reason()).startsWith("truncated or malformed WARC at record 6");
  }

  @Test
  void truncatedGzippedWarcIsOneProblem() {
    byte[] whole = crawl(true).bytes();
    Collected sink = read("cut.warc.gz", Arrays.copyOf(whole, whole.length - 40));

    assertThat(sink.titles()).containsExactly("Lavrov rules out foreign peacekeepers in Ukraine");
    assertThat(sink.problems).hasSize(1);
    assertThat(sink.problems.get(0).item()).isEqualTo("cut.warc.gz");
    assertThat(sink.problems.get(0).reason()).contains("truncated");
  }

  /** Where the {@code n}-th (1-based) occurrence of {@code marker} starts. */
  private static int indexOf(byte[] bytes, String marker, int n) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(marker, at + 1);
    }
    return at;
  }

  @Test
  void aRecordWithoutWarcTypeIsReported() {
    String header = "WARC/1.1\r\nWARC-Record-ID: <urn:uuid:0f0f0f0f-0000-0000-0000-000000000000>\r\n"
        + "WARC-Date: 2025-03-12T10:00:00Z\r\nContent-Length: 1\r\n\r\nx\r\n\r\n";
    byte[] warc = new Warcs(false).warcinfo().bytes();
    byte[] all = new byte[warc.length + header.length()];
    System.arraycopy(warc, 0, all, 0, warc.length);
    System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, all, warc.length, header.length());
    Collected sink = read("crawl.warc", all);
    assertThat(sink.problems).containsExactly(new Problem("crawl.warc#2", "malformed WARC record: no WARC-Type"));
  }

  @Test
  void aBrokenChunkedBodyIsSkippedAndTheNextPageRead() {
    String page = "<html><head><title>Talks go on</title></head><body><p>The minister said in Kyiv on Monday that"
        + " the talks would go on.</p></body></html>";
    String chunked = Integer.toHexString(page.length()) + "\r\n" + page + "\r\n0\r\n\r\n";
    byte[] warc = new Warcs(false)
        .chunkedResponse("https://a.example/bad-line", "ZZZ broken chunk\r\n" + page)
        .chunkedResponse("https://a.example/cut-short", Integer.toHexString(page.length() + 500) + "\r\n" + page)
        .chunkedResponse("https://a.example/good", chunked)
        .bytes();

    Collected sink = read("crawl.warc", warc);

    assertThat(sink.problems).extracting(Problem::item).containsExactly("crawl.warc#1", "crawl.warc#2");
    assertThat(sink.problems).allSatisfy(p -> assertThat(p.reason()).startsWith("malformed HTTP"));
    assertThat(sink.drafts).extracting(d -> d.source().path()).containsExactly("crawl.warc#3");
    assertThat(sink.titles()).containsExactly("Talks go on");
  }
}
