package org.dossier.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds WARC 1.1 files record by record, plain or with one gzip member per record as crawlers write them. */
final class Warcs {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;

  Warcs(boolean gzip) {
    this.gzip = gzip;
  }

  Warcs warcinfo() {
    return record("warcinfo", null, "application/warc-fields", "software: dossier-test\r\n".getBytes(StandardCharsets.UTF_8));
  }

  Warcs request(String uri) {
    String http = "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n";
    return record("request", uri, "application/http;msgtype=request", http.getBytes(StandardCharsets.US_ASCII));
  }

  Warcs response(String uri, int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    return record("response", uri, "application/http;msgtype=response", concat(head.getBytes(StandardCharsets.US_ASCII), body));
  }

  /** A 200 HTML response sent with Transfer-Encoding: chunked; {@code body} is the raw chunked framing. */
  Warcs chunkedResponse(String uri, String body) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
    return record("response", uri, "application/http;msgtype=response", http.getBytes(StandardCharsets.UTF_8));
  }

  Warcs record(String type, String uri, String contentType, byte[] block) {
    StringBuilder header = new StringBuilder("WARC/1.1\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:").append(UUID.nameUUIDFromBytes(block)).append(">\r\n")
        .append("WARC-Date: 2025-03-12T10:00:00Z\r\n");
    if (uri != null) {
      header.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    header.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    byte[] record = concat(concat(header.toString().getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes());
    out.writeBytes(gzip ? Fixtures.gzip(record) : record);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
