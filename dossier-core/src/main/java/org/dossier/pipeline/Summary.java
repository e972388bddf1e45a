package org.dossier.pipeline;

/** What a batch did: articles written, duplicates skipped, bad items skipped. */
public record Summary(int written, int duplicates, int problems, long tokens) {
  public boolean skippedAny() {
    return duplicates > 0 || problems > 0;
  }

  @Override
  public String toString() {
    return count(written, "article") + " extracted, " + count(duplicates, "duplicate") + " skipped, "
        + count(problems, "bad item") + " skipped";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
