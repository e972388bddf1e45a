package org.dossier.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Case-insensitive whole-word matching, so "Rus" does not match "Russia" nor "peace" "peacekeepers". */
final class Words {
  private Words() {}

  /** The lower-cased runs of letters and digits of {@code text}. */
  static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** True when every word of {@code query} is a word of {@code text}, in any order. */
  static boolean containsAll(String text, String query) {
    List<String> wanted = of(query);
    return !wanted.isEmpty() && of(text).containsAll(wanted);
  }

  /** True when the words of {@code phrase} occur in {@code text} one after the other ("Sergey Lavrov" in a name). */
  static boolean containsPhrase(String text, String phrase) {
    List<String> wanted = of(phrase);
    return !wanted.isEmpty() && Collections.indexOfSubList(of(text), wanted) >= 0;
  }
}
