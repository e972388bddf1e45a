package org.dossier.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Function;

/**
 * Picks the story a new mention joins among candidates: the one with the most candidate members it matches,
 * provided it matches at least story.link of that story's candidate members and none of them is from the
 * mention's own article. The first story wins a tie, so callers pass candidates in a stable order. Immutable and
 * thread-safe.
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

  public Optional<String> best(EventMention m, Candidates<EventMention> candidates) {
    return best(m, candidates, EventMention::article, o -> sameAct.test(m, o));
  }

  public Optional<String> best(QuoteMention m, Candidates<QuoteMention> candidates) {
    return best(m, candidates, QuoteMention::article, sameQuote.against(m));
  }

  private <M> Optional<String> best(M m, Candidates<M> candidates, Function<M, String> article,
                                    Predicate<M> same) {
    String best = null;
    int bestCount = 0;
    String own = article.apply(m);
    for (Map.Entry<String, List<M>> story : candidates.byStory().entrySet()) {
      List<M> members = story.getValue();
      if (members.stream().anyMatch(o -> own.equals(article.apply(o)))) {
        continue;
      }
      int count = 0;
      for (M other : members) {
        count += same.test(other) ? 1 : 0;
      }
      if (count > 0 && count >= rules.storyLink() * members.size() && count > bestCount) {
        best = story.getKey();
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }
}
