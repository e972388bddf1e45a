package org.dossier.eval;

import java.util.Locale;

/**
 * Counts for one scored record type: true positives, predictions that count (not matched to optional gold),
 * required gold records; plus speaker agreement and content overlap over content-matched pairs.
 */
public record Tally(int matched, int predicted, int gold, int speakerRight, int contentPairs, double overlapSum) {
  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(matched + o.matched, predicted + o.predicted, gold + o.gold, speakerRight + o.speakerRight,
        contentPairs + o.contentPairs, overlapSum + o.overlapSum);
  }

  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 1 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double speakerAccuracy() {
    return contentPairs == 0 ? 0 : (double) speakerRight / contentPairs;
  }

  public double contentOverlap() {
    return contentPairs == 0 ? 0 : overlapSum / contentPairs;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d/%d predicted, %d gold)", precision(), recall(),
        f1(), matched, predicted, gold);
  }
}
