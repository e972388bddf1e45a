package org.dossier.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Source;
import org.dossier.read.Draft.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: one draft per entry, named {@code file#N} (1-based),
 * with the entry's title, date (published, else updated), link, the feed title as outlet, and the text of
 * content:encoded / Atom content, else the description, stripped of HTML into paragraphs. Thread-safe.
 */
public final class FeedReader implements FormatReader {
  @Override
  public void read(String item, InputStream in, Sink sink) throws IOException {
    SyndFeed feed = parse(item, Bounded.readAll(item, in));
    String outlet = plain(feed.getTitle());
    String language = feed.getLanguage();
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new BadInputException(item, "a feed with no entries");
    }
    for (int i = 0; i < entries.size(); i++) {
      String entryItem = item + "#" + (i + 1);
      try {
        sink.draft(draft(entryItem, entries.get(i), outlet, language));
      } catch (BadInputException e) {
        sink.problem(e.problem());
      }
    }
  }

  private static SyndFeed parse(String item, byte[] bytes) {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      return new SyndFeedInput().build(reader);
    } catch (FeedException | IllegalArgumentException | IOException e) {
      throw new BadInputException(item, "malformed feed: " + e.getMessage());
    }
  }

  private static Draft draft(String item, SyndEntry entry, String outlet, String language) {
    String title = plain(entry.getTitle());
    List<Part> parts = parts(content(entry));
    if ((title == null || title.isEmpty()) && parts.isEmpty()) {
      throw new BadInputException(item, "no text");
    }
    Limits.checkText(item, parts.stream().mapToLong(p -> p.text().length() + 2L).sum());
    return new Draft(title, date(entry), outlet, null, language, new Source(item, link(entry)), parts);
  }

  /** The fullest text of an entry: its first non-blank content, else its description. */
  private static SyndContent content(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content;
      }
    }
    return entry.getDescription();
  }

  private static List<Part> parts(SyndContent content) {
    if (content == null || content.getValue() == null || content.getValue().isBlank()) {
      return List.of();
    }
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean html = type.contains("html") || (!type.contains("text") && value.contains("<") && value.contains(">"));
    if (!html) {
      return Paragraphs.of(value);
    }
    Document doc = Jsoup.parseBodyFragment(value);
    HtmlText.clean(doc);
    return new ArrayList<>(HtmlText.parts(doc.body(), null));
  }

  /**
   * The entry's date as a UTC calendar date; Rome parses feed dates to instants, so the writer's own zone is
   * lost and a late-evening date east of UTC may read as the day before.
   */
  private static LocalDate date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return link.getHref();
      }
    }
    return entry.getUri();
  }

  /** Text without markup or entities ("Ukraine &amp; Russia" → "Ukraine & Russia"). */
  private static String plain(String html) {
    return html == null ? null : Jsoup.parse(html).text().strip();
  }
}
