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

  public static Story of(String id, EventMention first) {
    return new Story(id, Kind.EVENT, List.of(first), List.of());
  }

  public static Story of(String id, QuoteMention first) {
    return new Story(id, Kind.QUOTE, List.of(), List.of(first));
  }

  public Story with(EventMention m) {
    List<EventMention> more = new ArrayList<>(events);
    more.add(m);
    return new Story(id, kind, more, quotes);
  }

  public Story with(QuoteMention m) {
    List<QuoteMention> more = new ArrayList<>(quotes);
    more.add(m);
    return new Story(id, kind, events, more);
  }

  /** The story without the mentions of {@code article} (possibly empty). */
  public Story without(String article) {
    return new Story(id, kind, events.stream().filter(m -> !m.article().equals(article)).toList(),
        quotes.stream().filter(m -> !m.article().equals(article)).toList());
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
