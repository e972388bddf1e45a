package org.dossier.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members a new mention is compared with, grouped by story in the order the stories were first found: the
 * members under the mention's blocking keys whose day windows meet its own (the store reads them from its index,
 * {@link Stories} from memory). Mutable while it is filled; not thread-safe.
 *
 * @param <M> {@link EventMention} or {@link QuoteMention}
 */
public final class Candidates<M> {
  private final Map<String, List<M>> byStory = new LinkedHashMap<>();

  public Candidates<M> add(String story, M member) {
    byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(member);
    return this;
  }

  public Map<String, List<M>> byStory() {
    return byStory;
  }

  public boolean isEmpty() {
    return byStory.isEmpty();
  }
}
