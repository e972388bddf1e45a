package org.dossier.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Source;

/**
 * Spots articles seen before in a batch or stream: exact duplicates by {@link ArticleId} (same words after
 * normalisation, however laid out) and near duplicates (a word or a sentence changed, a byline added) by
 * MinHash over word 3-shingles with banded lookup, so each check costs about the same however many articles
 * came before. Near means at least {@link #NEAR_SIMILARITY} of shingles in common. Keeps about 0.5 kB per
 * distinct article. Thread-safe: {@link #check} is synchronized.
 */
public final class Deduplicator {
  /** The estimated Jaccard similarity of 3-shingle sets from which two articles are near duplicates. */
  public static final double NEAR_SIMILARITY = 0.8;

  private record Seen(String id, Source source, int[] signature) {}

  private final Map<String, Seen> byId = new HashMap<>();
  private final List<Map<Long, List<Seen>>> bands = new ArrayList<>();

  public Deduplicator() {
    for (int b = 0; b < MinHash.BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earlier article {@code article} duplicates, if any; otherwise remembers {@code article} and returns
   * empty. A duplicate is not remembered, so the first of a group stays the one reported.
   */
  public synchronized Optional<Duplicate> check(Article article) {
    Seen same = byId.get(article.id());
    if (same != null) {
      return Optional.of(new Duplicate(Duplicate.Kind.EXACT, same.id(), same.source(), 1.0));
    }
    int[] signature = MinHash.signature(ArticleId.content(article.text(), article.blocks()));
    Seen seen = new Seen(article.id(), article.source(), signature);
    byId.put(article.id(), seen);
    if (signature == null) {
      return Optional.empty();
    }
    Optional<Duplicate> near = nearest(signature);
    if (near.isPresent()) {
      byId.remove(article.id());
      return near;
    }
    for (int b = 0; b < MinHash.BANDS; b++) {
      bands.get(b).computeIfAbsent(MinHash.bandKey(signature, b), k -> new ArrayList<>(1)).add(seen);
    }
    return Optional.empty();
  }

  /** How many distinct articles have been remembered. */
  public synchronized int size() {
    return byId.size();
  }

  private Optional<Duplicate> nearest(int[] signature) {
    Set<Seen> compared = Collections.newSetFromMap(new IdentityHashMap<>());
    Seen best = null;
    double bestSimilarity = 0;
    for (int b = 0; b < MinHash.BANDS; b++) {
      for (Seen candidate : bands.get(b).getOrDefault(MinHash.bandKey(signature, b), List.of())) {
        if (compared.add(candidate)) {
          double similarity = MinHash.similarity(signature, candidate.signature());
          if (similarity > bestSimilarity) {
            best = candidate;
            bestSimilarity = similarity;
          }
        }
      }
    }
    return best != null && bestSimilarity >= NEAR_SIMILARITY
        ? Optional.of(new Duplicate(Duplicate.Kind.NEAR, best.id(), best.source(), bestSimilarity))
        : Optional.empty();
  }
}
