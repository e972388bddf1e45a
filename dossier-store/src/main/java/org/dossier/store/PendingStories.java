package org.dossier.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.story.Story;
import org.dossier.story.StoryBook;

/**
 * The stories the open batch changed, which the store's searchers (on the last commit) do not see yet: their
 * new versions, the ids of those left empty, and which articles they hold. Cleared at commit. Not thread-safe
 * ({@link StoryIndex} holds its lock).
 */
final class PendingStories {
  private final StoryBook book = new StoryBook();
  private final Set<String> removed = new HashSet<>();
  private final Map<String, Set<String>> byArticle = new HashMap<>();

  void put(Story s) {
    book.get(s.id()).ifPresent(old -> old.articles().forEach(a -> unlink(a, s.id())));
    removed.remove(s.id());
    book.put(s);
    s.articles().forEach(a -> byArticle.computeIfAbsent(a, k -> new HashSet<>()).add(s.id()));
  }

  void remove(String id) {
    book.get(id).ifPresent(old -> old.articles().forEach(a -> unlink(a, id)));
    book.remove(id);
    removed.add(id);
  }

  /** Whether the batch changed or removed the story, so the committed version is out of date. */
  boolean overrides(String id) {
    return book.contains(id) || removed.contains(id);
  }

  boolean holds(String id) {
    return book.contains(id);
  }

  Story get(String id) {
    return book.get(id).orElse(null);
  }

  List<Story> candidates(Collection<String> keys) {
    return book.candidates(keys);
  }

  Set<String> storiesOf(String article) {
    return Set.copyOf(byArticle.getOrDefault(article, Set.of()));
  }

  void clear() {
    book.clear();
    removed.clear();
    byArticle.clear();
  }

  private void unlink(String article, String id) {
    Set<String> ids = byArticle.get(article);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        byArticle.remove(article);
      }
    }
  }
}
