package org.dossier.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from a page's head: Open Graph, article:*, Dublin Core, schema.org (microdata and JSON-LD)
 * and {@code <time>}. Reads the document before it is cleaned (JSON-LD lives in scripts). Thread-safe.
 */
final class HtmlMeta {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date", "publication_date",
    "sailthru.date", "parsely-pub-date", "article.published"
  };

  private HtmlMeta() {}

  /** og:title, else the first {@code <h1>}, else {@code <title>} less a " | Site" or " - Site" suffix. */
  static String title(Document doc, String outlet) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    String title = doc.title().strip();
    if (outlet != null) {
      for (String separator : new String[] {" | ", " - ", " – ", " — "}) {
        if (title.endsWith(separator + outlet)) {
          return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
        }
      }
    }
    return title.isEmpty() ? null : title;
  }

  /** The publication date from meta tags, JSON-LD or a {@code <time datetime>}; null if none parses. */
  static LocalDate published(Document doc) {
    for (String name : DATE_META) {
      LocalDate date = Dates.parse(meta(doc, name));
      if (date != null) {
        return date;
      }
    }
    LocalDate fromJsonLd = Dates.parse(jsonLd(doc, "datePublished"));
    if (fromJsonLd != null) {
      return fromJsonLd;
    }
    for (Element time : doc.select("time[pubdate][datetime], article time[datetime], time[datetime]")) {
      LocalDate date = Dates.parse(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  static String outlet(Document doc) {
    String site = meta(doc, "og:site_name");
    if (site != null) {
      return site;
    }
    String publisher = jsonLd(doc, "publisher");
    return publisher != null ? publisher : meta(doc, "application-name");
  }

  /** The canonical link, else og:url, else {@code fallback} (the address the page was fetched from). */
  static String url(Document doc, String fallback) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.absUrl("href").isEmpty()) {
      return canonical.absUrl("href");
    }
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    String og = meta(doc, "og:url");
    return og != null ? og : fallback;
  }

  /** The primary language subtag of {@code <html lang>}, og:locale or content-language; null if none. */
  static String language(Document doc) {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = firstNonNull(meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "language"), "");
    }
    String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The content of {@code <meta>} with this property, name, itemprop or http-equiv (case-insensitive). */
  static String meta(Document doc, String name) {
    for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      for (Element meta : doc.getElementsByAttributeValue(attribute, name)) {
        String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
        if (!content.isBlank()) {
          return content.strip();
        }
      }
    }
    return null;
  }

  /** A field from the page's JSON-LD (searched at any depth); objects give their "name". */
  private static String jsonLd(Document doc, String field) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode value = MAPPER.readTree(script.data()).findValue(field);
        if (value != null && value.isObject()) {
          value = value.get("name");
        }
        if (value != null && value.isArray() && !value.isEmpty()) {
          value = value.get(0).isObject() ? value.get(0).get("name") : value.get(0);
        }
        if (value != null && value.isValueNode() && !value.asText().isBlank()) {
          return value.asText().strip();
        }
      } catch (IOException e) {
        // broken JSON-LD is common; the other sources still count
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
