package org.dossier.story;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether two statements of different articles are one quote: the same speaker (entity name or actor code
 * with a country), articles close in time, and one content holding the other's words (shingle containment of
 * the shorter in the longer). Immutable and thread-safe.
 */
public final class SameQuote {
  private final StoryRules rules;

  public SameQuote(StoryRules rules) {
    this.rules = Objects.requireNonNull(rules);
  }

  public boolean test(QuoteMention a, QuoteMention b) {
    return against(a).test(b);
  }

  /** The test of {@code a} against others, its words read once (a new quote meets many candidates). */
  public Predicate<QuoteMention> against(QuoteMention a) {
    List<String> ta = TextOverlap.tokens(a.content());
    Set<String> full = ta.size() >= rules.quoteShingle() ? TextOverlap.shingles(ta, rules.quoteShingle()) : null;
    return b -> {
      if (a.article().equals(b.article()) || !speaker(a, b) || !days(a, b)) {
        return false;
      }
      List<String> tb = TextOverlap.tokens(b.content());
      int shorter = Math.min(ta.size(), tb.size());
      if (shorter == 0) {
        return false;
      }
      int k = Math.min(rules.quoteShingle(), shorter);
      Set<String> sa = full != null && k == rules.quoteShingle() ? full : TextOverlap.shingles(ta, k);
      return TextOverlap.containment(sa, TextOverlap.shingles(tb, k)) >= rules.quoteContainment();
    };
  }

  /** The same named entity, or the same code when it names a country ("---GOV" says nothing of who). */
  static boolean speaker(QuoteMention a, QuoteMention b) {
    if (a.speakerName() != null && a.speakerName().equals(b.speakerName())) {
      return true;
    }
    return a.speaker() != null && a.speaker().equals(b.speaker()) && !Sides.unknown(a.speaker());
  }

  /** The days of articles that may quote the same words as {@code m}'s, or null when it is undated. */
  public Days window(QuoteMention m) {
    return m.published() == null ? null
        : new Days(m.published().minusDays(rules.quoteDays()), m.published().plusDays(rules.quoteDays()));
  }

  private boolean days(QuoteMention a, QuoteMention b) {
    if (a.published() == null || b.published() == null) {
      return a.published() == b.published();
    }
    return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= rules.quoteDays();
  }
}
