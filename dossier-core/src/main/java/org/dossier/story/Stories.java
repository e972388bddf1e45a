package org.dossier.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.DossierRecord;

/**
 * Groups the events (and statements) of many records into stories, in memory: what the store does at ingest.
 * Records are taken oldest first (then by id); each mention is compared with the members under its blocking keys
 * whose day windows meet its own ({@link Candidates}) and joins the best story ({@link StoryMatcher}) or starts
 * its own; nothing is re-clustered afterwards. Thread-safe.
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
    Map<String, List<EventMention>> stories = new LinkedHashMap<>();
    Map<String, List<Member<EventMention>>> byKey = new LinkedHashMap<>();
    for (DossierRecord r : ordered(records)) {
      for (EventMention m : Mentions.events(r)) {
        Candidates<EventMention> candidates = new Candidates<>();
        for (String key : StoryKeys.lookup(m, matcher.rules())) {
          for (Member<EventMention> o : byKey.getOrDefault(key, List.of())) {
            if (matcher.sameAct().dates(m, o.mention())) {
              candidates.add(o.story(), o.mention());
            }
          }
        }
        String story = attach(m, candidates, stories::containsKey);
        stories.computeIfAbsent(story, k -> new ArrayList<>()).add(m);
        byKey.computeIfAbsent(StoryKeys.of(m), k -> new ArrayList<>()).add(new Member<>(story, m));
      }
    }
    List<Story> out = new ArrayList<>();
    stories.forEach((id, members) -> out.add(new Story(id, Story.Kind.EVENT, members, List.of())));
    return out;
  }

  /** The quote stories of {@code records}, in order of their start. */
  public List<Story> quoteStories(List<DossierRecord> records) {
    Map<String, List<QuoteMention>> stories = new LinkedHashMap<>();
    Map<String, List<Member<QuoteMention>>> byKey = new LinkedHashMap<>();
    for (DossierRecord r : ordered(records)) {
      for (QuoteMention m : Mentions.quotes(r)) {
        Candidates<QuoteMention> candidates = new Candidates<>();
        Days window = matcher.sameQuote().window(m);
        Set<QuoteMention> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String key : StoryKeys.of(m)) {
          for (Member<QuoteMention> o : byKey.getOrDefault(key, List.of())) {
            if (within(window, o.mention()) && seen.add(o.mention())) {
              candidates.add(o.story(), o.mention());
            }
          }
        }
        String story = attach(m, candidates, stories::containsKey);
        stories.computeIfAbsent(story, k -> new ArrayList<>()).add(m);
        for (String key : StoryKeys.of(m)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member<>(story, m));
        }
      }
    }
    List<Story> out = new ArrayList<>();
    stories.forEach((id, members) -> out.add(new Story(id, Story.Kind.QUOTE, List.of(), members)));
    return out;
  }

  /** The story {@code m} joins among {@code candidates}, or a new one's id, which {@code taken} does not hold. */
  public String attach(EventMention m, Candidates<EventMention> candidates, Predicate<String> taken) {
    return matcher.best(m, candidates).orElseGet(() -> freeId(StoryIds.founded(Story.Kind.EVENT, m.key()), taken));
  }

  /** As {@link #attach(EventMention, Candidates, Predicate)} for a quote. */
  public String attach(QuoteMention m, Candidates<QuoteMention> candidates, Predicate<String> taken) {
    return matcher.best(m, candidates).orElseGet(() -> freeId(StoryIds.founded(Story.Kind.QUOTE, m.key()), taken));
  }

  /** Whether a member's article date lies in a quote's window (undated only with undated). */
  private static boolean within(Days window, QuoteMention o) {
    return window == null ? o.published() == null
        : o.published() != null && !o.published().isBefore(window.first()) && !o.published().isAfter(window.last());
  }

  private static String freeId(String id, Predicate<String> taken) {
    String free = id;
    for (int n = 2; taken.test(free); n++) {
      free = StoryIds.next(id, n);
    }
    return free;
  }

  private static List<DossierRecord> ordered(Collection<DossierRecord> records) {
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

  /** A mention with the story it joined. */
  private record Member<M>(String story, M mention) {}
}
