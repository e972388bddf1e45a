package org.dossier.corenlp;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;

/**
 * The text CoreNLP sees: the article text with datelines and headings blanked out, so they make no sentences,
 * and with "words" of more than {@link #MAX_WORD_CHARS} characters blanked too (a run of quotation marks, a
 * base64 image, 100,000 combining marks: no word, and the tagger's character features would cost memory in
 * proportion); every offset stays that of the article text. Also where to cut it into parts for the tokenizer.
 * Immutable.
 */
record SentenceText(String text, List<String> notes) {
  /** Longer runs without white space are not words; 500 characters also keep a long URL. */
  static final int MAX_WORD_CHARS = 500;

  /** Characters tokenised at once (at a paragraph break where there is one), so the tokens in memory are few. */
  static final int PART_CHARS = 100_000;

  SentenceText {
    notes = List.copyOf(notes);
  }

  static SentenceText of(Article article) {
    char[] chars = article.text().toCharArray();
    for (Block b : article.blocks()) {
      if (!b.hasSentences()) {
        for (int i = b.start(); i < b.end(); i++) {
          chars[i] = ' ';
        }
      }
    }
    int blanked = blankLongWords(chars);
    List<String> notes = blanked == 0 ? List.of() : List.of(blanked + (blanked == 1 ? " run" : " runs")
        + " of over " + MAX_WORD_CHARS + " characters without a space not analysed");
    return new SentenceText(new String(chars), notes);
  }

  /** Where the part that starts at {@code from} ends: a paragraph break, else a space, within {@code size}. */
  int partEnd(int from, int size) {
    if (text.length() - from <= size) {
      return text.length();
    }
    int limit = from + size;
    int floor = from + size / 2;
    int paragraph = text.lastIndexOf("\n\n", limit - 2);
    if (paragraph >= floor) {
      return paragraph + 2;
    }
    for (int i = limit - 1; i >= floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static int blankLongWords(char[] chars) {
    int count = 0;
    int start = 0;
    for (int i = 0; i <= chars.length; i++) {
      if (i == chars.length || Character.isWhitespace(chars[i])) {
        if (i - start > MAX_WORD_CHARS) {
          java.util.Arrays.fill(chars, start, i, ' ');
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }
}
