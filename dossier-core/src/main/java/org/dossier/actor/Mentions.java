package org.dossier.actor;

import java.util.List;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.nlp.Sentence;

/** Finds the entity an article offset or a phrase of a sentence refers to. Immutable; one per article. */
public final class Mentions {
  private final List<Entity> entities;

  public Mentions(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  /** The entity one of whose mentions covers {@code [start, end)}, or null. */
  public Entity at(int start, int end) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() <= start && end <= m.end()) {
          return e;
        }
      }
    }
    return null;
  }

  /** The entity of {@code type} with the first mention lying inside {@code [start, end)}, or null. */
  public Entity within(int start, int end, String type) {
    Entity first = null;
    int firstStart = Integer.MAX_VALUE;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (start <= m.start() && m.end() <= end && m.start() < firstStart && e.type().equals(type)) {
          first = e;
          firstStart = m.start();
        }
      }
    }
    return first;
  }

  /** The entity of token {@code i} of a sentence, or null. */
  public Entity at(Sentence s, int i) {
    return at(s.token(i).start(), s.token(i).end());
  }

  /** The entity named nearest to token {@code head} within tokens {@code [from, to]}, or null. */
  public Entity nearest(Sentence s, int head, int from, int to) {
    Entity e = at(s, head);
    for (int k = 1; e == null && (head - k >= from || head + k <= to); k++) {
      if (head + k <= to) {
        e = at(s, head + k);
      }
      if (e == null && head - k >= from) {
        e = at(s, head - k);
      }
    }
    return e;
  }

  public Entity byId(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }
}
