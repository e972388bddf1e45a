package org.dossier.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A word trie for longest-match lookup of multi-word phrases. Words are compared in their {@link #key} form:
 * upper case without periods, so "U.S." finds the phrase "US". Built once, then read-only and thread-safe.
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
    return word.replace(".", "").replace('’', '\'').toUpperCase(Locale.ROOT);
  }

  public void add(List<String> words, T value) {
    Node<T> n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(key(w), k -> new Node<>());
    }
    if (!n.values.contains(value)) {
      n.values.add(value);
    }
  }

  /** The longest phrase starting at word {@code from}, or null. */
  public Match<T> longest(IntFunction<String> words, int from, int size) {
    Node<T> n = root;
    Match<T> best = null;
    for (int i = from; i < size; i++) {
      String k = key(words.apply(i));
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
