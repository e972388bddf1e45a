package org.dossier.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word sets for comparing texts: content words of evidence clauses, shingles of quotes. Stateless. */
final class Words {
  /** Words shorter than this are mostly function words ("the", "and", "was"). */
  private static final int CONTENT_LENGTH = 4;
  /** A crude stem: "attacked" and "attacks" share their first letters. */
  private static final int STEM = 6;

  private Words() {}

  /** All words, lower-cased, in order. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The stems of the longer words. */
  static Set<String> content(String text) {
    Set<String> out = new HashSet<>();
    for (String w : tokens(text)) {
      if (w.length() >= CONTENT_LENGTH) {
        out.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return out;
  }

  /** Jaccard overlap of two sets; 0 when both are empty. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      common += b.contains(w) ? 1 : 0;
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** The {@code k}-word shingles of a text; a text shorter than {@code k} words is one shingle. */
  static Set<String> shingles(String text, int k) {
    List<String> t = tokens(text);
    Set<String> out = new HashSet<>();
    if (t.isEmpty()) {
      return out;
    }
    if (t.size() <= k) {
      out.add(String.join(" ", t));
      return out;
    }
    for (int i = 0; i + k <= t.size(); i++) {
      out.add(String.join(" ", t.subList(i, i + k)));
    }
    return out;
  }

  /** The share of the smaller set found in the larger one (how much of a shorter quote the longer holds). */
  static double containment(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String s : small) {
      found += large.contains(s) ? 1 : 0;
    }
    return found / (double) small.size();
  }
}
