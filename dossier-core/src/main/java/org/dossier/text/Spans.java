package org.dossier.text;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.nlp.Sentence;

/**
 * Exact spans for extracted content and evidence: token ranges trimmed of edge punctuation and of quotation marks
 * that have no partner inside. Stateless.
 */
public final class Spans {
  private static final String EDGE = " \t\n,;:.—–-";

  private Spans() {}

  /** The span of tokens {@code [from, to]} (inclusive) of a sentence, trimmed; null when nothing is left. */
  public static Span of(String text, Sentence s, int from, int to) {
    if (from > to || from < 0 || to >= s.tokens().size()) {
      return null;
    }
    return trim(text, s.token(from).start(), s.token(to).end());
  }

  /** Trims edge punctuation, and quotation marks that have no partner inside the span. */
  public static Span trim(String text, int start, int end) {
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      while (start < end && EDGE.indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && EDGE.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (start < end && isMark(text, start)) {
        int partner = nextMark(text, start + 1, end);
        if (partner < 0 || partner == end - 1) {
          start++;
          end = partner < 0 ? end : end - 1;
          changed = true;
          continue;
        }
      }
      if (end > start && isMark(text, end - 1) && nextMark(text, start, end - 1) < 0) {
        end--;
        changed = true;
      }
    }
    if (start >= end) {
      return null;
    }
    return new Span(start, end, text.substring(start, end));
  }

  /** A quotation mark, not an apostrophe inside a word. */
  private static boolean isMark(String text, int i) {
    char c = text.charAt(i);
    if (!Quotes.isQuote(c)) {
      return false;
    }
    // a single mark after a letter is an apostrophe: don't, Lavrov’s, the parties'
    boolean single = c == '\'' || c == '’';
    return !single || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static int nextMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isMark(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the span holds a quotation strictly inside it (reported speech with a verbatim fragment). */
  public static boolean holdsQuote(String text, Span content, List<Span> quotes) {
    for (Span q : quotes) {
      if (q.start() >= content.start() && q.end() <= content.end() && q.length() < content.length()) {
        return true;
      }
    }
    return false;
  }
}
