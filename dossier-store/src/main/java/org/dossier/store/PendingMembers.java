package org.dossier.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the open batch did to stories, which the store's searchers (on the last commit) do not see: the members
 * it added, by blocking key and by article, and the articles it replaced or deleted, whose committed members are
 * out of date. Cleared at commit. Not thread-safe ({@link StoryIndex} holds its lock).
 */
final class PendingMembers {
  /** A member put in this batch: its story, blocking keys, day window (null when undated) and the mention. */
  record Pending(String article, String local, String story, List<String> keys, long first, long last,
                 Object mention) {}

  private final Map<String, List<Pending>> byKey = new LinkedHashMap<>();
  private final Map<String, List<Pending>> byArticle = new LinkedHashMap<>();
  private final Map<String, Integer> stories = new LinkedHashMap<>();
  private final Set<String> replaced = new HashSet<>();

  /** The article is put again or deleted: its committed members no longer count, nor its pending ones. */
  void replace(String article) {
    replaced.add(article);
    for (Pending p : byArticle.getOrDefault(article, List.of())) {
      p.keys().forEach(k -> byKey.get(k).remove(p));
      stories.computeIfPresent(p.story(), (s, n) -> n == 1 ? null : n - 1);
    }
    byArticle.remove(article);
  }

  void add(Pending p) {
    p.keys().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
    byArticle.computeIfAbsent(p.article(), x -> new ArrayList<>()).add(p);
    stories.merge(p.story(), 1, Integer::sum);
  }

  /** The story ids of an article's pending members by local id; null when it has none in this batch. */
  Map<String, String> storiesOf(String article) {
    List<Pending> members = byArticle.get(article);
    if (members == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    members.forEach(p -> out.put(p.local(), p.story()));
    return out;
  }

  /** Whether a committed member of {@code article} is out of date. */
  boolean stale(String article) {
    return replaced.contains(article);
  }

  boolean hasStory(String story) {
    return stories.containsKey(story);
  }

  /** The pending members under {@code key} whose windows meet [first, last], in the order they were added. */
  List<Pending> under(String key, long first, long last) {
    List<Pending> out = new ArrayList<>();
    for (Pending p : byKey.getOrDefault(key, List.of())) {
      if (p.first() <= last && first <= p.last()) {
        out.add(p);
      }
    }
    return out;
  }

  void clear() {
    byKey.clear();
    byArticle.clear();
    stories.clear();
    replaced.clear();
  }
}
