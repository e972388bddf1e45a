package org.dossier.story;

import java.time.LocalDate;
import java.util.Objects;
import org.dossier.event.Plover;

/**
 * Whether two event mentions of different articles report one act: compatible types, the same sides at country
 * level (either order for reciprocal types such as a meeting), overlapping date windows, places near enough
 * when both are localities with coordinates, and enough common evidence words. Immutable and thread-safe.
 */
public final class SameAct {
  private static final double EARTH_KM = 6371.0;

  private final StoryRules rules;

  public SameAct(StoryRules rules) {
    this.rules = Objects.requireNonNull(rules);
  }

  public boolean test(EventMention a, EventMention b) {
    if (a.article().equals(b.article()) || !rules.compatible(a.type(), b.type())) {
      return false;
    }
    return sides(a, b) && dates(a, b) && places(a, b) && evidence(a, b);
  }

  /** The sides agree in order, or crossed when the act is reciprocal. */
  boolean sides(EventMention a, EventMention b) {
    if (a.sourceSide().equals(b.sourceSide()) && a.targetSide().equals(b.targetSide())) {
      return true;
    }
    return reciprocal(a.type()) && reciprocal(b.type())
        && a.sourceSide().equals(b.targetSide()) && a.targetSide().equals(b.sourceSide());
  }

  static boolean reciprocal(String type) {
    return Plover.facts().type(type).map(Plover.Type::reciprocal).orElse(false);
  }

  /** The windows overlap: a day ± day.slack, a month or longer as given, an undated event its article ± slack. */
  boolean dates(EventMention a, EventMention b) {
    Days wa = window(a);
    Days wb = window(b);
    if (wa == null || wb == null) {
      return wa == wb; // two undated reports may be one act; a dated and an undated cannot be compared
    }
    return wa.overlaps(wb);
  }

  /** The first and last day an event may have happened on, or null when nothing dates it. */
  public Days window(EventMention m) {
    if (m.start() != null) {
      LocalDate end = m.end() == null ? m.start() : m.end();
      return m.start().equals(end)
          ? new Days(m.start().minusDays(rules.daySlack()), end.plusDays(rules.daySlack()))
          : new Days(m.start(), end);
    }
    if (m.published() == null) {
      return null;
    }
    return new Days(m.published().minusDays(rules.publishedSlack()), m.published().plusDays(rules.publishedSlack()));
  }

  /** Two localities with coordinates within place.km; a country or a region is compared by its country. */
  boolean places(EventMention a, EventMention b) {
    if (a.placeCountry() != null && b.placeCountry() != null && !a.placeCountry().equals(b.placeCountry())) {
      return false;
    }
    if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null
        || !locality(a.feature()) || !locality(b.feature())) {
      return true;
    }
    return km(a.lat(), a.lon(), b.lat(), b.lon()) <= rules.placeKm();
  }

  /** Countries (PCL…) and administrative regions (ADM…) are too large for a distance to mean anything. */
  private static boolean locality(String feature) {
    return feature == null || !(feature.startsWith("PCL") || feature.startsWith("ADM"));
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Common content words of the evidence clauses, more of them when a side is unknown. */
  boolean evidence(EventMention a, EventMention b) {
    boolean unknown = Sides.unknown(a.sourceSide()) || Sides.unknown(a.targetSide());
    double min = unknown ? rules.evidenceUnknown() : rules.evidenceMin();
    return min <= 0 || Words.jaccard(Words.content(a.evidence()), Words.content(b.evidence())) >= min;
  }
}
