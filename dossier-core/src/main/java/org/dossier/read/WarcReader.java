package org.dossier.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the news pages of a WARC crawl (plain or gzipped, via jwarc): every response record with HTTP status
 * 200 and an HTML content type goes through {@link HtmlReader}, named {@code file#N} after its record number
 * and with its WARC-Target-URI as url. Other records are skipped silently. Streams record by record. A
 * truncated or malformed WARC gives one problem for the file, naming the record reached; pages read before it
 * are kept; a page whose HTTP body is malformed (a broken chunked encoding, a bad compression) is skipped with
 * its reason and the records after it are read. Thread-safe.
 */
public final class WarcReader implements FormatReader {
  private final HtmlReader html = new HtmlReader();

  @Override
  public void read(String item, InputStream in, Sink sink) throws IOException {
    int number = 1;
    try {
      org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(in);
      for (Optional<WarcRecord> record = warc.next(); record.isPresent(); record = warc.next()) {
        if (record.get() instanceof WarcResponse response) {
          page(item + "#" + number, response, sink);
        } else if (record.get().headers().first("WARC-Type").isEmpty()) {
          sink.problem(new Problem(item + "#" + number, "malformed WARC record: no WARC-Type"));
        }
        number++;
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(item, "truncated or malformed WARC at record " + number + ": " + message(e));
    }
  }

  /**
   * Reads one response record; a bad page is this record's problem, not the file's. The record's block is read
   * whole (it is bounded by its Content-Length) so that a body sent chunked can be parsed again strictly:
   * jwarc's lenient parser passes a broken chunked body through as if it were the page.
   */
  private void page(String item, WarcResponse response, Sink sink) throws IOException {
    byte[] block = Bounded.readAll(item, response.body().stream());
    HttpResponse http;
    try {
      http = HttpResponse.parse(channel(block));
      if (chunked(http)) {
        http = HttpResponse.parseStrictly(channel(block));
      }
    } catch (ParsingException e) {
      sink.problem(new Problem(item, "malformed HTTP response: " + message(e)));
      return;
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
      return;
    }
    try {
      byte[] bytes = Bounded.readAll(item, http.bodyDecoded().stream());
      sink.draft(html.read(item, bytes, type.parameters().get("charset"), response.target()));
    } catch (BadInputException e) {
      sink.problem(e.problem());
    } catch (ZipException e) {
      sink.problem(new Problem(item, "malformed content encoding: " + message(e)));
    } catch (IOException e) { // a chunk cut short or a bad chunk line: this page only, the next record is intact
      sink.problem(new Problem(item, "malformed HTTP body: " + message(e)));
    }
  }

  private static boolean chunked(HttpResponse http) {
    return http.headers().all("Transfer-Encoding").stream()
        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
  }

  private static ReadableByteChannel channel(byte[] bytes) {
    return Channels.newChannel(new ByteArrayInputStream(bytes));
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
