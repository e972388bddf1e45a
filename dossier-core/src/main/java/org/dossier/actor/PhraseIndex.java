package org.dossier.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A word trie for longest-match lookup of multi-word phrases. Words are compared in their {@link #key} form, a
 * normalised match key rather than a list of spellings: upper case without periods, hyphens, diacritics or a
 * possessive 's, with the usual romanisation endings folded, so "U.S." finds "US", "Zelenskyy" and "Zelenskiy"
 * find "Zelensky", "Jong-un" finds "Jong Un" and "Russia's" finds "Russia". Built once, then read-only and
 * thread-safe.
 */
public final class PhraseIndex<T> {
  private final Node<T> root = new Node<>();

  /** A match of {@code value}s over words {@code [from, to)}. */
  public record Match<T>(int from, int to, List<T> values) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    final List<T> values = new ArrayList<>(1);
  }

  /** The comparison form of a word. */
  public static String key(String word) {
    String k = word.replace(".", "").replace("-", "").replace('’', '\'').toUpperCase(Locale.ROOT);
    if (!isAscii(k)) {
      k = MARKS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("");
    }
    if (k.length() > 3 && k.endsWith("'S")) {
      k = k.substring(0, k.length() - 2);
    }
    if (k.length() > 4) {
      // Slavic romanisations: Zelenskyy, Zelenskiy, Zelenskyi, Zelenskii = Zelensky; Sergei = Sergey
      for (String[] fold : ENDINGS) {
        if (k.endsWith(fold[0])) {
          return k.substring(0, k.length() - fold[0].length()) + fold[1];
        }
      }
    }
    return k;
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final String[][] ENDINGS = {{"SKYY", "SKY"}, {"SKIY", "SKY"}, {"SKYI", "SKY"}, {"SKII", "SKY"},
      {"SKIJ", "SKY"}, {"EI", "EY"}};

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /**
   * A token that only joins name parts, skipped inside a phrase: "Jong - un" split by the tokenizer, and the
   * possessive the tokenizer splits off ("People 's Party" is PEOPLE'S PARTY, "Russia 's Navy" RUSSIA NAVY),
   * whose key folds the possessive away.
   */
  static boolean isJoiner(String word) {
    return word.equals("-") || word.equals("‐") || word.equals("–") || word.equals("'s") || word.equals("’s");
  }

  public void add(List<String> words, T value) {
    addPath(words, value);
    // "Kim Jong Un" is also written "Kim Jong-un", one token whose key joins the last two words
    if (words.size() >= 3) {
      List<String> joined = new ArrayList<>(words.subList(0, words.size() - 2));
      joined.add(words.get(words.size() - 2) + words.get(words.size() - 1));
      addPath(joined, value);
    }
  }

  private void addPath(List<String> words, T value) {
    Node<T> n = root;
    for (String w : words) {
      String k = key(w);
      if (k.isEmpty()) {
        continue;
      }
      n = n.next.computeIfAbsent(k, x -> new Node<>());
    }
    if (n != root && !n.values.contains(value)) {
      n.values.add(value);
    }
  }

  /** The longest phrase starting at word {@code from}, or null. */
  public Match<T> longest(IntFunction<String> words, int from, int size) {
    Node<T> n = root;
    Match<T> best = null;
    for (int i = from; i < size; i++) {
      String word = words.apply(i);
      if (i > from && isJoiner(word)) {
        continue;
      }
      String k = key(word);
      if (k.isEmpty()) {
        return best;
      }
      n = n.next.get(k);
      if (n == null) {
        break;
      }
      if (!n.values.isEmpty()) {
        best = new Match<>(from, i + 1, List.copyOf(n.values));
      }
    }
    return best;
  }

  /** Values of exactly this phrase. */
  public List<T> exact(List<String> words) {
    Node<T> n = root;
    for (String w : words) {
      n = n.next.get(key(w));
      if (n == null) {
        return List.of();
      }
    }
    return List.copyOf(n.values);
  }
}
