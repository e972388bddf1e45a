package org.dossier.cli;

/** Counts with their noun in the right number: "1 article", "2 articles", "1 duplicate". Stateless. */
final class Plural {
  private Plural() {}

  /** {@code n} and {@code noun}, with "s" added unless {@code n} is 1 (for nouns that take a plain "s"). */
  static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** {@code n} and the singular or the given plural ("1 entry", "3 entries"). */
  static String of(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
