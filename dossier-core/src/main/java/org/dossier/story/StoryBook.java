package org.dossier.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stories in memory with their blocking keys: what {@link Stories} clusters into, and what the store keeps of
 * the stories its open batch changed. Not thread-safe.
 */
public final class StoryBook {
  private final Map<String, Story> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> byKey = new LinkedHashMap<>();

  /** Adds or replaces a story, indexing it under the keys of its members. */
  public void put(Story s) {
    remove(s.id());
    byId.put(s.id(), s);
    for (String key : keys(s)) {
      byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.id());
    }
  }

  public void remove(String id) {
    Story old = byId.remove(id);
    if (old != null) {
      for (String key : keys(old)) {
        Set<String> ids = byKey.get(key);
        if (ids != null) {
          ids.remove(id);
          if (ids.isEmpty()) {
            byKey.remove(key);
          }
        }
      }
    }
  }

  public Optional<Story> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The stories under any of {@code keys}, in the order they were first put. */
  public List<Story> candidates(Collection<String> keys) {
    Set<String> ids = new LinkedHashSet<>();
    for (String key : keys) {
      ids.addAll(byKey.getOrDefault(key, Set.of()));
    }
    List<Story> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(byId.get(id)));
    return out;
  }

  public Collection<Story> all() {
    return byId.values();
  }

  public void clear() {
    byId.clear();
    byKey.clear();
  }

  /** The blocking keys of a story: its members' keys. */
  public static Set<String> keys(Story s) {
    Set<String> out = new LinkedHashSet<>();
    s.events().forEach(m -> out.add(StoryKeys.of(m)));
    s.quotes().forEach(m -> out.addAll(StoryKeys.of(m)));
    return out;
  }
}
