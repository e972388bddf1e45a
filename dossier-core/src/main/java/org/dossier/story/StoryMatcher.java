package org.dossier.story;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Picks the story a new mention joins among candidates: the one with the most members it matches, provided it
 * matches at least story.link of them and the story has nothing yet from the mention's article. The first
 * candidate wins a tie, so callers pass candidates in a stable order. Immutable and thread-safe.
 */
public final class StoryMatcher {
  private final StoryRules rules;
  private final SameAct sameAct;
  private final SameQuote sameQuote;

  public StoryMatcher(StoryRules rules) {
    this.rules = rules;
    this.sameAct = new SameAct(rules);
    this.sameQuote = new SameQuote(rules);
  }

  public StoryRules rules() {
    return rules;
  }

  public SameAct sameAct() {
    return sameAct;
  }

  public SameQuote sameQuote() {
    return sameQuote;
  }

  public Optional<Story> best(EventMention m, Collection<Story> candidates) {
    return best(m.article(), candidates, Story.Kind.EVENT, s -> count(s.events(), m, sameAct::test));
  }

  public Optional<Story> best(QuoteMention m, Collection<Story> candidates) {
    return best(m.article(), candidates, Story.Kind.QUOTE, s -> count(s.quotes(), m, sameQuote::test));
  }

  private Optional<Story> best(String article, Collection<Story> candidates, Story.Kind kind,
                               java.util.function.ToIntFunction<Story> matches) {
    Story best = null;
    int bestCount = 0;
    for (Story s : candidates) {
      if (s.kind() != kind || s.isEmpty() || s.articles().contains(article)) {
        continue;
      }
      int count = matches.applyAsInt(s);
      if (count > 0 && count >= rules.storyLink() * s.size() && count > bestCount) {
        best = s;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  private static <M> int count(Collection<M> members, M m, BiPredicate<M, M> same) {
    int n = 0;
    for (M other : members) {
      n += same.test(m, other) ? 1 : 0;
    }
    return n;
  }
}
