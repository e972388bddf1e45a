package org.dossier.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first bytes, never from its name, and refuses what is not text at all
 * (empty, binary, UTF-16 without a byte-order mark). Stateless and thread-safe.
 */
final class Sniffer {
  /** How many leading bytes are looked at. */
  static final int HEAD_BYTES = 8192;

  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:rdf)[\\s>]");
  private static final Pattern HTML_MARK = Pattern.compile("<(!doctype html|html|head|body|article|meta|title)[\\s>]");
  private static final byte[][] BINARY_MAGIC = {
    {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x7F, 'E', 'L', 'F'}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X'},
    {'R', 'a', 'r', '!'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}
  };

  private Sniffer() {}

  /**
   * Up to the first {@code n} bytes of a stream that supports mark/reset, leaving it where it was. A stream
   * cut short (a truncated gzip) gives what it had: the reader then reports the cut where it meets it.
   */
  static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n + 1);
    byte[] head = new byte[n];
    int got = 0;
    try {
      // small steps, so bytes read before a failing refill are not lost
      for (int r; got < n && (r = in.read(head, got, Math.min(512, n - got))) > 0; ) {
        got += r;
      }
    } catch (EOFException e) {
      if (got == 0) {
        throw e;
      }
    } finally {
      in.reset();
    }
    return Arrays.copyOf(head, got);
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /**
   * The format of an input starting with {@code head} (at most {@link #HEAD_BYTES}; fewer means that is all).
   *
   * @throws BadInputException "empty", "binary content, not text", or "wrongly encoded: ..." for UTF-16
   *     without a byte-order mark
   */
  static Format format(String item, byte[] head) {
    if (startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
      return Format.WARC;
    }
    Charset bom = Decoder.bomCharset(head);
    if (bom == null || bom.equals(StandardCharsets.UTF_8)) {
      refuseNonText(item, head);
    }
    String start = new String(head, bom == null ? StandardCharsets.ISO_8859_1 : bom).replace("\uFEFF", "").strip();
    if (start.isEmpty()) {
      if (head.length < HEAD_BYTES) {
        throw new BadInputException(item, "empty");
      }
      return Format.PLAIN;
    }
    char first = start.charAt(0);
    if (first == '{' || first == '[') {
      return Format.JSON;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (first == '<' && lower.length() > 1 && "!?abcdefghijklmnopqrstuvwxyz".indexOf(lower.charAt(1)) >= 0) {
      int feed = find(FEED_ROOT, lower);
      int html = find(HTML_MARK, lower);
      return feed >= 0 && (html < 0 || feed < html) ? Format.FEED : Format.HTML;
    }
    // a page with junk before its first tag is still a page
    return find(HTML_MARK, lower.substring(0, Math.min(1024, lower.length()))) >= 0 ? Format.HTML : Format.PLAIN;
  }

  /**
   * Whether JSON input is one document (an object spread over lines, an array) rather than JSON Lines: it
   * starts with '[', or its first line opens an object without closing it ("{" or "{ "title": "x",").
   */
  static boolean isJsonDocument(byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (start.startsWith("[")) {
      return true;
    }
    int newline = start.indexOf('\n');
    if (newline < 0) {
      return false;
    }
    String firstLine = start.substring(0, newline).strip();
    return firstLine.equals("{") || firstLine.endsWith(",") || firstLine.endsWith("[") || firstLine.endsWith(":");
  }

  private static void refuseNonText(String item, byte[] head) {
    for (byte[] magic : BINARY_MAGIC) {
      if (startsWith(head, magic)) {
        throw new BadInputException(item, "binary content, not text");
      }
    }
    int zerosEven = 0;
    int zerosOdd = 0;
    int controls = 0;
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        if (i % 2 == 0) {
          zerosEven++;
        } else {
          zerosOdd++;
        }
      } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
        controls++;
      }
    }
    int pairs = head.length / 2;
    // ASCII-range UTF-16 has a zero in every other byte and almost none in the other half
    if (pairs >= 2 && Math.max(zerosEven, zerosOdd) * 10 >= pairs * 3 && Math.min(zerosEven, zerosOdd) * 20 < pairs) {
      throw new BadInputException(item, "wrongly encoded: looks like UTF-16 without a byte-order mark");
    }
    if (zerosEven + zerosOdd > 0 || controls * 20 > head.length) {
      throw new BadInputException(item, "binary content, not text");
    }
  }

  private static int find(Pattern pattern, String text) {
    var m = pattern.matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
