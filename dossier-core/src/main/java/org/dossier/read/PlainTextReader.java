package org.dossier.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Block;
import org.dossier.model.Source;
import org.dossier.read.Draft.Part;

/**
 * Reads Dossier's plain article format:
 *
 * <pre>
 *  date 2025-03-12 Title of the article
 * Kyiv • UNN
 * First paragraph, one per line.
 * Details
 * Another paragraph.
 * </pre>
 *
 * The second line is a dateline, "place • outlet", or just the outlet ("Wikinews"). A text without the date
 * header is read as title (first line) and paragraphs, with no date. The article's address may be given by a
 * line {@code url: https://…} first or right after the date line; it becomes the record's {@code source.url}
 * and is no part of the text. Stateless and thread-safe.
 */
public final class PlainTextReader implements FormatReader {
  private static final Pattern HEADER = Pattern.compile("\\s*date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)");
  private static final Pattern PLACE_OUTLET = Pattern.compile("(.*?)\\s*[•·]\\s*(.*)");
  private static final int MAX_OUTLET_WORDS = 5;
  private static final Pattern URL = Pattern.compile("(?i)\\s*url:\\s*(https?://\\S+)\\s*");

  @Override
  public void read(String item, InputStream in, Sink sink) throws IOException {
    String text = Decoder.decode(item, Bounded.readAll(item, in), null);
    sink.draft(parse(item, text));
  }

  /**
   * The draft for a whole plain text.
   *
   * @throws BadInputException "empty" for blank text, "too large" over {@link Readers#MAX_TEXT_CHARS}
   */
  public static Draft parse(String item, String text) {
    Limits.checkText(item, text.length());
    List<String> lines = new ArrayList<>(List.of(text.replace("\uFEFF", "").split("\\R", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      throw new BadInputException(item, "empty");
    }
    String url = url(lines);
    if (lines.isEmpty()) {
      throw new BadInputException(item, "empty");
    }
    String title = lines.remove(0).strip();
    LocalDate published = null;
    Matcher header = HEADER.matcher(title);
    boolean hasHeader = header.matches() && Dates.parse(header.group(1)) != null;
    if (hasHeader) {
      published = Dates.parse(header.group(1));
      title = header.group(2).strip();
      if (url == null) {
        url = url(lines);
      }
      if (title.isEmpty()) {
        title = firstNonBlank(lines);
      }
    }
    List<Part> parts = new ArrayList<>();
    String place = null;
    String outlet = null;
    String second = firstNonBlank(lines);
    if (second != null) {
      Matcher m = PLACE_OUTLET.matcher(second);
      if (m.matches()) {
        place = blankToNull(m.group(1));
        outlet = blankToNull(m.group(2));
      } else if (hasHeader && isOutletName(second)) {
        outlet = second;
      }
      if (place != null || outlet != null) {
        parts.add(new Part(Block.Kind.DATELINE, second));
      } else {
        lines.add(0, second);
      }
    }
    parts.addAll(Paragraphs.of(lines));
    return new Draft(title, published, outlet, place, null, new Source(item, url), parts);
  }

  /** Takes a {@code url:} line from the head of {@code lines} (blank lines before it too); null when none. */
  private static String url(List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    Matcher m = i < lines.size() ? URL.matcher(lines.get(i)) : null;
    if (m == null || !m.matches()) {
      return null;
    }
    lines.subList(0, i + 1).clear();
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    return m.group(1);
  }

  private static boolean isOutletName(String line) {
    return line.length() <= 50
        && line.split("\\s+").length <= MAX_OUTLET_WORDS
        && !line.matches(".*[.,;:!?\"”]$")
        && !Dates.isDateLine(line);
  }

  /** Removes leading blank lines and the first non-blank one, which it returns stripped (null if none). */
  private static String firstNonBlank(List<String> lines) {
    while (!lines.isEmpty()) {
      String line = lines.remove(0);
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
