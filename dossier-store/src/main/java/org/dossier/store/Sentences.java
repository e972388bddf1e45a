package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Span;

/**
 * The sentence(s) around a span of an article's text, for showing a statement or an event with its evidence.
 * The record keeps offsets, not sentences, so boundaries are found again here: a line break, or {@code .!?}
 * (with closing quotes) followed by a space, unless the dot ends an initial ("U.S.") or a title ("Mr.").
 * Stateless and thread-safe.
 */
public final class Sentences {
  /** The most characters shown on either side of the span (a runaway "sentence" is a list or a table). */
  static final int MAX_SIDE = 400;
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
      "lt", "sgt", "capt", "sen", "rep", "gov", "pres", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc",
      "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx");

  private Sentences() {}

  /** The sentences covering {@code [start, end)} of {@code text}, trimmed; the span itself when it is all there is. */
  public static Span around(String text, int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") outside text of " + text.length());
    }
    int from = start;
    int floor = Math.max(0, start - MAX_SIDE);
    while (from > floor && !boundaryBefore(text, from)) {
      from--;
    }
    int to = end;
    int ceiling = Math.min(text.length(), end + MAX_SIDE);
    while (to < ceiling && !boundaryAfter(text, to)) {
      to++;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to, text.substring(from, to));
  }

  /**
   * The text of the sentences around {@code span}, or the span's own text when its offsets do not fit {@code text}
   * (a hand-made record); null for a null span.
   */
  public static String textAround(String text, Span span) {
    if (span == null) {
      return null;
    }
    if (text == null || span.end() > text.length() || !text.startsWith(span.text(), span.start())) {
      return span.text();
    }
    return around(text, span.start(), span.end()).text();
  }

  /** Every sentence of {@code text} in order, trimmed, blank ones left out. */
  public static List<Span> all(String text) {
    List<Span> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || boundaryAfter(text, i)) {
        int a = from;
        int b = i;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        if (a < b) {
          sentences.add(new Span(a, b, text.substring(a, b)));
        }
        from = i;
      }
    }
    return sentences;
  }

  /** Whether a sentence starts at {@code i}: after a line break, or after an end mark and a space. */
  private static boolean boundaryBefore(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n') {
      return true;
    }
    return Character.isWhitespace(prev) && endsSentence(text, i - 1);
  }

  /** Whether a sentence ends just before {@code i}: at a line break, or at an end mark before a space. */
  private static boolean boundaryAfter(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return Character.isWhitespace(c) && endsSentence(text, i);
  }

  /** Whether the characters before the space at {@code space} end a sentence. */
  private static boolean endsSentence(String text, int space) {
    int i = space - 1;
    while (i >= 0 && isClosing(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char mark = text.charAt(i);
    if (mark == '!' || mark == '?') {
      return true;
    }
    return mark == '.' && !abbreviation(text, i);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
  }

  /** A dot after a single letter ("U.S.", "J.") or a known short title or word. */
  private static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int length = dot - w;
    if (length == 1 && Character.isUpperCase(text.charAt(w))) {
      return true;
    }
    return length > 0 && length <= 5 && ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(Locale.ROOT));
  }
}
