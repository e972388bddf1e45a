package org.dossier.text;

import java.util.Locale;
import org.dossier.model.Source;

/**
 * An article already seen: the earlier article's id and source, whether the text is the same ({@code
 * EXACT}) or nearly ({@code NEAR}), and the estimated share of word 3-shingles they have in common (1 for
 * exact).
 */
public record Duplicate(Kind kind, String earlierId, Source earlierSource, double similarity) {
  public enum Kind { EXACT, NEAR }

  /** Reads as "duplicate of 1a2b… (path)" or "near duplicate (93% alike) of 1a2b… (path)". */
  @Override
  public String toString() {
    String where = earlierSource == null ? "" : " (" + (earlierSource.path() != null
        ? earlierSource.path() : earlierSource.url()) + ")";
    return kind == Kind.EXACT
        ? "duplicate of " + earlierId + where
        : String.format(Locale.ROOT, "near duplicate (%.0f%% alike) of %s%s", similarity * 100, earlierId, where);
  }
}
