package org.dossier.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Source;
import org.dossier.read.Draft.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a news page: the story's text without navigation, header, footer, asides, ads, scripts, forms or
 * comments, as h2–h6 headings and p/li paragraphs; title, date, outlet, canonical URL and language from the
 * page's metadata. Charset from the HTTP header if given, else a byte-order mark or meta charset, else
 * detected. Stateless and thread-safe.
 */
public final class HtmlReader implements FormatReader {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)",
      Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  @Override
  public void read(String item, InputStream in, Sink sink) throws IOException {
    sink.draft(read(item, Bounded.readAll(item, in), null, null));
  }

  /**
   * The draft of one page given as bytes.
   *
   * @param httpCharset the charset named by the HTTP Content-Type header, or null
   * @param url the address the page was fetched from, or null; a canonical link in the page wins
   * @throws BadInputException for undecodable bytes, a page without article text, or text over the limit
   */
  public Draft read(String item, byte[] bytes, String httpCharset, String url) {
    Charset hint = webCharset(httpCharset, false);
    if (hint == null) {
      hint = webCharset(metaCharset(bytes), true);
    }
    return parse(item, Decoder.decode(item, bytes, hint), url);
  }

  /** The draft of one page given as text. */
  public static Draft parse(String item, String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String outlet = HtmlMeta.outlet(doc);
    String title = HtmlMeta.title(doc, outlet);
    LocalDate published = HtmlMeta.published(doc);
    String canonical = HtmlMeta.url(doc, url);
    String language = HtmlMeta.language(doc);
    HtmlText.clean(doc);
    List<Part> parts = HtmlText.parts(HtmlText.main(doc), title);
    if (parts.isEmpty()) {
      throw new BadInputException(item, "no article text found");
    }
    if (parts.stream().noneMatch(p -> p.text().codePoints().anyMatch(Character::isLetter))) {
      // what is left of a page of scripts and markup ("*/", "|"): no words, no article
      throw new BadInputException(item, "no article text found: no words, only symbols");
    }
    Limits.checkText(item, parts.stream().mapToLong(p -> p.text().length() + 2L).sum());
    return new Draft(title, published, outlet, null, language, new Source(item, canonical), parts);
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * A charset label as browsers read it: Latin-1 and ASCII labels mean windows-1252, and a meta tag cannot
   * declare UTF-16 since it was itself read as ASCII.
   */
  private static Charset webCharset(String label, boolean fromMeta) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    if (fromMeta && l.startsWith("utf-16")) {
      return StandardCharsets.UTF_8;
    }
    return Decoder.charset(l);
  }
}
