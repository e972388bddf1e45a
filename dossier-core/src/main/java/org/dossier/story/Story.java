package org.dossier.story;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One story: an act reported by several articles (its event mentions) or a statement quoted by several (its
 * quote mentions). The id is given when the story starts and kept while any member remains. Immutable.
 */
public record Story(String id, Kind kind, List<EventMention> events, List<QuoteMention> quotes) {
  public enum Kind { EVENT, QUOTE }

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    events = events == null ? List.of() : List.copyOf(events);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  public int size() {
    return events.size() + quotes.size();
  }

  @JsonIgnore
  public boolean isEmpty() {
    return size() == 0;
  }

  /** The articles of its mentions, in order of joining. */
  public Set<String> articles() {
    Set<String> out = new LinkedHashSet<>();
    events.forEach(m -> out.add(m.article()));
    quotes.forEach(m -> out.add(m.article()));
    return out;
  }

  /** The member keys ({@code ARTICLE_ID/LOCAL_ID}), in order of joining. */
  public List<String> keys() {
    List<String> out = new ArrayList<>();
    events.forEach(m -> out.add(m.key()));
    quotes.forEach(m -> out.add(m.key()));
    return out;
  }

  public StorySummary summary() {
    return StorySummary.of(this);
  }

  static <M> List<String> distinct(List<M> members, Function<M, String> value) {
    Set<String> out = new LinkedHashSet<>();
    for (M m : members) {
      String v = value.apply(m);
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }
}
