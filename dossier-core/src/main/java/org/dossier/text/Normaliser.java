package org.dossier.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Source;
import org.dossier.read.BadInputException;
import org.dossier.read.Draft;
import org.dossier.read.Draft.Part;

/**
 * Turns a reader's draft into an article: Unicode NFC, whitespace collapsed inside each part, invisible
 * characters (zero-width spaces, soft hyphens, controls) dropped, typographic quotes and dashes kept as they
 * are. The text is the title, then dateline parts, then headings and paragraphs in order, separated by a
 * blank line ("\n\n") so a sentence splitter sees every block boundary; each becomes a {@link Block} with
 * exact offsets. Stateless and thread-safe.
 */
public final class Normaliser {
  /** The language assumed when a draft does not say. */
  public static final String DEFAULT_LANGUAGE = "en";

  private static final String BLOCK_SEPARATOR = "\n\n";

  private Normaliser() {}

  /**
   * The normalised article for {@code draft}.
   *
   * @throws BadInputException "no text" if the title and every part are empty after normalisation, or if only
   *     a title (and dateline) is left: a headline alone is not an article
   */
  public static Article normalise(Draft draft) {
    String title = clean(draft.title());
    List<Part> parts = new ArrayList<>();
    // datelines go first whatever order the reader gave, then the body in reading order
    for (boolean dateline : new boolean[] {true, false}) {
      for (Part part : draft.parts()) {
        String text = clean(part.text());
        if (text.isEmpty() || (part.kind() == Block.Kind.DATELINE) != dateline) {
          continue;
        }
        if (part.kind() == Block.Kind.TITLE) {
          title = title.isEmpty() ? text : title;
          continue;
        }
        parts.add(new Part(part.kind(), text));
      }
    }
    dropRepeatedTitle(title, parts);
    if (title.isEmpty() && parts.isEmpty()) {
      throw new BadInputException(itemOf(draft.source()), "no text");
    }
    if (parts.stream().allMatch(p -> p.kind() == Block.Kind.DATELINE)) { // a headline alone is not an article
      throw new BadInputException(itemOf(draft.source()), "no text: a title but no main text");
    }
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    if (!title.isEmpty()) {
      append(text, blocks, Block.Kind.TITLE, title);
    }
    for (Part part : parts) {
      append(text, blocks, part.kind(), part.text());
    }
    String body = text.toString();
    return new Article(
        ArticleId.of(body, blocks),
        title.isEmpty() ? null : title,
        draft.published(),
        emptyToNull(clean(draft.outlet())),
        emptyToNull(clean(draft.dateline())),
        language(draft.language()),
        draft.source() == null ? new Source(null, null) : draft.source(),
        body,
        blocks);
  }

  /**
   * One line of clean text: NFC; any run of whitespace (including no-break and thin spaces, line breaks)
   * becomes one space; zero-width spaces, soft hyphens, BOMs and control characters are dropped; trimmed.
   * Null gives "".
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = true;
      } else if (!isInvisible(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isInvisible(int cp) {
    return cp == 0x200B || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060 || Character.getType(cp) == Character.CONTROL;
  }

  /** Pages and feeds often repeat the headline as the first heading or paragraph. */
  private static void dropRepeatedTitle(String title, List<Part> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).kind() != Block.Kind.DATELINE) {
        if (parts.get(i).text().equalsIgnoreCase(title)) {
          parts.remove(i);
        }
        return;
      }
    }
  }

  private static void append(StringBuilder text, List<Block> blocks, Block.Kind kind, String s) {
    if (text.length() > 0) {
      text.append(BLOCK_SEPARATOR);
    }
    int start = text.length();
    text.append(s);
    blocks.add(new Block(kind, start, text.length()));
  }

  /** The primary subtag, lower-cased ("en-GB" → "en"); {@link #DEFAULT_LANGUAGE} if absent. */
  private static String language(String language) {
    String primary = clean(language).split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.isEmpty() ? DEFAULT_LANGUAGE : primary;
  }

  private static String itemOf(Source source) {
    if (source == null) {
      return "-";
    }
    return source.path() != null ? source.path() : String.valueOf(source.url());
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
