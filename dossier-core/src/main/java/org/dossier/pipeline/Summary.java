package org.dossier.pipeline;

/** What a batch did: articles written, duplicates skipped, bad items skipped. */
public record Summary(int written, int duplicates, int problems, long tokens) {
  public boolean skippedAny() {
    return duplicates > 0 || problems > 0;
  }

  @Override
  public String toString() {
    return written + " articles extracted, " + duplicates + " duplicates skipped, " + problems + " bad items skipped";
  }
}
