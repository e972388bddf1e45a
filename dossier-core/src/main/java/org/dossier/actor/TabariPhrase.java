package org.dossier.actor;

import java.util.ArrayList;
import java.util.List;

/** TABARI phrase syntax: words joined by "_"; a trailing "_" means the last word takes no plural ending. */
final class TabariPhrase {
  private TabariPhrase() {}

  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("_+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean takesPlural(String phrase) {
    return !phrase.trim().endsWith("_");
  }

  /** The regular English plural of an upper-case word. */
  static String plural(String word) {
    if (word.endsWith("Y") && word.length() > 2 && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (word.endsWith("S") || word.endsWith("X") || word.endsWith("CH") || word.endsWith("SH")) {
      return word + "ES";
    }
    return word + "S";
  }

  /** The phrase and, where it takes one, its plural form. */
  static List<List<String>> forms(String phrase) {
    List<String> words = words(phrase);
    List<List<String>> forms = new ArrayList<>();
    if (words.isEmpty()) {
      return forms;
    }
    forms.add(words);
    if (takesPlural(phrase)) {
      List<String> pl = new ArrayList<>(words);
      pl.set(pl.size() - 1, plural(words.get(words.size() - 1)));
      forms.add(pl);
    }
    return forms;
  }
}
