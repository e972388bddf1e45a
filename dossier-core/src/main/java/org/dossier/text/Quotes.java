package org.dossier.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.dossier.model.Span;

/**
 * Quotation marks and dashes as news text uses them, and the pairing of quotation marks into quoted spans.
 * Knows English “…” ‘…’, German „…“ ‚…‘ and »…«, French and Russian «…», Swedish ”…”, and straight ASCII
 * quotes, which are told opening or closing by the characters around them. Stateless and thread-safe.
 */
public final class Quotes {
  private static final String QUOTES = "\"'“”„‟«»‹›‘’‚‛";
  private static final String OPENING = "\"'“„‟«‹‘‚‛";
  private static final String CLOSING = "\"'”“»«›‹’‘";
  private static final String DASHES = "–—‒―-⸺⸻";
  private static final String DOUBLE = "\"“”„‟«»";

  private Quotes() {}

  /** Whether {@code c} is any quotation mark, ASCII or typographic. */
  public static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  /** Whether {@code c} opens a quotation in a common convention: " ' “ „ « ‹ ‘ ‚ (and the rare ‟ ‛). */
  public static boolean isOpening(char c) {
    return OPENING.indexOf(c) >= 0;
  }

  /** Whether {@code c} closes a quotation in a common convention: " ' ” » › ’, and “ ‘ « ‹ after „ ‚ ». */
  public static boolean isClosing(char c) {
    return CLOSING.indexOf(c) >= 0;
  }

  /** Whether {@code c} is a dash or hyphen-minus: – — ‒ ― - (and the two- and three-em dashes). */
  public static boolean isDash(char c) {
    return DASHES.indexOf(c) >= 0;
  }

  /**
   * Whether the character at {@code i} is a dash used as punctuation rather than inside a word: an en or em
   * dash of any spacing, or a hyphen-minus with a space on both sides ("the US - and Ukraine").
   */
  public static boolean isPunctuationDash(String text, int i) {
    char c = text.charAt(i);
    if (!isDash(c)) {
      return false;
    }
    if (c != '-') {
      return true;
    }
    return i > 0 && i + 1 < text.length()
        && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
  }

  /**
   * The quoted spans of {@code text}: the text between paired marks, without the marks and without the
   * spaces French typography puts inside guillemets. Nested quotations give a span each; spans are sorted by
   * start. Quotations never cross a line break. An apostrophe inside a word (don't, Lavrov’s) is not a mark.
   * A double quotation left open at the end of its line runs to the end of the line, as news style opens
   * every paragraph of a long quote and closes only the last.
   */
  public static List<Span> quoted(String text) {
    List<Span> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      pairLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    spans.sort(null);
    return spans;
  }

  private record Open(char mark, int at) {}

  private static void pairLine(String text, int from, int to, List<Span> spans) {
    Deque<Open> open = new ArrayDeque<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isQuote(c)) {
        continue;
      }
      char before = i > from ? text.charAt(i - 1) : ' ';
      char after = i + 1 < to ? text.charAt(i + 1) : ' ';
      if (isSingle(c) && Character.isLetterOrDigit(before) && Character.isLetter(after)) {
        continue; // an apostrophe
      }
      // French typography spaces the inside of guillemets: « Jamais »
      boolean canClose = (!Character.isWhitespace(before) || c == '»' || c == '›')
          && i > from && isBoundary(after, i + 1 == to);
      boolean canOpen = (!Character.isWhitespace(after) || c == '«' || c == '‹')
          && i + 1 < to && isBoundary(before, i == from);
      if (canClose && closeFrom(open, c, i, text, spans)) {
        continue;
      }
      if (canOpen && opens(c)) {
        open.push(new Open(c, i));
      }
    }
    Open first = open.peekLast();
    if (first != null && DOUBLE.indexOf(first.mark) >= 0) {
      addTrimmed(text, first.at + 1, to, spans);
    }
  }

  private static void addTrimmed(String text, int start, int end, List<Span> spans) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(Span.of(text, start, end));
    }
  }

  /** Closes the innermost open quotation that {@code c} can close, abandoning any opened inside it. */
  private static boolean closeFrom(Deque<Open> open, char c, int at, String text, List<Span> spans) {
    int depth = 0;
    for (Iterator<Open> it = open.iterator(); it.hasNext(); depth++) {
      Open o = it.next();
      if (closes(o.mark, c)) {
        for (int k = 0; k <= depth; k++) {
          open.pop();
        }
        addTrimmed(text, o.at + 1, at, spans);
        return true;
      }
    }
    return false;
  }

  private static boolean opens(char c) {
    // ” » › ’ open only in Swedish/Danish style, and only where they stand before a word
    return isOpening(c) || c == '”' || c == '»' || c == '›';
  }

  private static boolean closes(char open, char close) {
    return switch (open) {
      case '"' -> close == '"' || close == '”' || close == '“';
      case '“', '‟' -> close == '”' || close == '"';
      case '„' -> close == '“' || close == '”' || close == '"';
      case '”' -> close == '”';
      case '«' -> close == '»';
      case '»' -> close == '«' || close == '»';
      case '‹' -> close == '›';
      case '›' -> close == '‹' || close == '›';
      case '\'', '‘', '‛' -> close == '’' || close == '\'';
      case '‚' -> close == '‘' || close == '’';
      default -> false;
    };
  }

  private static boolean isSingle(char c) {
    return "'‘’‚‛‹›".indexOf(c) >= 0;
  }

  /** What may stand beside a mark on its outer side: a line edge, space, punctuation, a dash, another mark. */
  private static boolean isBoundary(char c, boolean lineEdge) {
    if (lineEdge || Character.isWhitespace(c) || isQuote(c) || isDash(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
  }
}
