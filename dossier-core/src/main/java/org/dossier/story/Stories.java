package org.dossier.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dossier.model.DossierRecord;

/**
 * Groups the events (and statements) of many records into stories, in memory: what the store does at ingest.
 * Records are taken oldest first (then by id), each mention joining the best story found under its blocking
 * keys ({@link StoryMatcher}) or starting its own; nothing is re-clustered afterwards. Thread-safe.
 */
public final class Stories {
  private static final Comparator<DossierRecord> OLDEST_FIRST = Comparator
      .comparing(DossierRecord::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(DossierRecord::id, Comparator.nullsLast(Comparator.naturalOrder()));
  private static final Stories DEFAULTS = new Stories(StoryRules.defaults());

  private final StoryMatcher matcher;

  public Stories(StoryRules rules) {
    this.matcher = new StoryMatcher(rules);
  }

  /** The shipped thresholds ({@code org/dossier/story/stories.txt}). */
  public static Stories defaults() {
    return DEFAULTS;
  }

  public StoryMatcher matcher() {
    return matcher;
  }

  /** Story id of every event, keyed "ARTICLE_ID/EVENT_ID" (record id, event id); singletons get their own story. */
  public Map<String, String> clusterEvents(List<DossierRecord> records) {
    return assignments(eventStories(records));
  }

  /** Same for statements, keyed "ARTICLE_ID/STATEMENT_ID". */
  public Map<String, String> clusterStatements(List<DossierRecord> records) {
    return assignments(quoteStories(records));
  }

  /** The event stories of {@code records}, in order of their start. */
  public List<Story> eventStories(List<DossierRecord> records) {
    StoryBook book = new StoryBook();
    for (DossierRecord r : ordered(records)) {
      for (EventMention m : Mentions.events(r)) {
        book.put(attach(m, book.candidates(StoryKeys.lookup(m, matcher.rules())), book::contains));
      }
    }
    return new ArrayList<>(book.all());
  }

  /** The quote stories of {@code records}, in order of their start. */
  public List<Story> quoteStories(List<DossierRecord> records) {
    StoryBook book = new StoryBook();
    for (DossierRecord r : ordered(records)) {
      for (QuoteMention m : Mentions.quotes(r)) {
        book.put(attach(m, book.candidates(StoryKeys.of(m)), book::contains));
      }
    }
    return new ArrayList<>(book.all());
  }

  /** The story {@code m} joins among {@code candidates}, or a new one whose id {@code taken} does not hold. */
  public Story attach(EventMention m, List<Story> candidates, Predicate<String> taken) {
    Optional<Story> best = matcher.best(m, candidates);
    return best.isPresent() ? best.get().with(m)
        : Story.of(freeId(StoryIds.founded(Story.Kind.EVENT, m.key()), taken), m);
  }

  /** As {@link #attach(EventMention, List, Predicate)} for a quote. */
  public Story attach(QuoteMention m, List<Story> candidates, Predicate<String> taken) {
    Optional<Story> best = matcher.best(m, candidates);
    return best.isPresent() ? best.get().with(m)
        : Story.of(freeId(StoryIds.founded(Story.Kind.QUOTE, m.key()), taken), m);
  }

  private static String freeId(String id, Predicate<String> taken) {
    String free = id;
    for (int n = 2; taken.test(free); n++) {
      free = StoryIds.next(id, n);
    }
    return free;
  }

  private static List<DossierRecord> ordered(List<DossierRecord> records) {
    List<DossierRecord> out = new ArrayList<>(records);
    out.sort(OLDEST_FIRST);
    return out;
  }

  private static Map<String, String> assignments(List<Story> stories) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Story s : stories) {
      s.keys().forEach(k -> out.put(k, s.id()));
    }
    return out;
  }
}
