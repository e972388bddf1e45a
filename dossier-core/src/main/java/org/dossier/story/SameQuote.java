package org.dossier.story;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

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
    if (a.article().equals(b.article()) || !speaker(a, b) || !days(a, b)) {
      return false;
    }
    int shorter = Math.min(Words.tokens(a.content()).size(), Words.tokens(b.content()).size());
    if (shorter == 0) {
      return false;
    }
    int k = Math.min(rules.quoteShingle(), shorter);
    Set<String> sa = Words.shingles(a.content(), k);
    Set<String> sb = Words.shingles(b.content(), k);
    return Words.containment(sa, sb) >= rules.quoteContainment();
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
