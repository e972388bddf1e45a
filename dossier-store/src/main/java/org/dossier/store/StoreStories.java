package org.dossier.store;

import java.util.Map;
import java.util.Optional;
import org.dossier.story.Story;

/** The stories a store holds, as of its last commit: by id, by article, counted. Thread-safe as the store. */
public final class StoreStories {
  private final Store store;

  StoreStories(Store store) {
    this.store = store;
  }

  /** A story with its members, oldest report first; empty when no member holds the id. */
  public Optional<Story> get(String id) {
    return store.read(s -> StoryIndex.find(s, id));
  }

  /** The story ids of an article's events and statements by their local ids; empty without stories. */
  public Map<String, String> of(String articleId) {
    return store.read(s -> StoryIndex.assignments(s, Store.articleQuery(articleId)));
  }

  /** How many stories have members (counted, so not for every request). */
  public long count() {
    return store.read(StoryIndex::count);
  }
}
