package org.dossier.nlp;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How much work one article may cost, so that no input can exhaust the heap or hold a thread: a sentence longer
 * than {@code maxSentenceTokens} is cut into pieces that are tagged but not parsed (the parser's cost and depth
 * grow with the sentence, and a 250-token "sentence" is a list or a scrape, not prose); an article longer than
 * {@code maxTokens} is analysed up to that many tokens and the rest is left out, with a note in the record; and
 * the whole extraction of one article is cancelled after {@code timeLimit}. Immutable.
 *
 * @param maxSentenceTokens tokens a sentence may have and still be parsed; longer ones are cut
 * @param maxTokens tokens analysed per article; the text after them is not analysed
 * @param timeLimit wall-clock time one article's extraction may take before it is stopped and skipped
 */
public record AnalysisLimits(int maxSentenceTokens, int maxTokens, Duration timeLimit) implements Serializable {
  /**
   * 250 tokens: more than twice the longest sentence of the tune split (110); Dossier's output does not change
   * below it.
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

  /**
   * 50,000 tokens (about 250 KB of text, a 100-page transcript): 25 times the longest tune article, and in the
   * default heap together with a second thread's article.
   */
  public static final int DEFAULT_MAX_TOKENS = 50_000;

  /** One minute: a 50,000-token article takes about 15 s on one core. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  public static final AnalysisLimits DEFAULTS =
      new AnalysisLimits(DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_TOKENS, DEFAULT_TIME_LIMIT);

  /** @throws IllegalArgumentException naming the option that is out of range */
  public AnalysisLimits {
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("--max-sentence-tokens must be at least 10, was " + maxSentenceTokens);
    }
    if (maxTokens < maxSentenceTokens) {
      throw new IllegalArgumentException("--max-tokens must be at least --max-sentence-tokens ("
          + maxSentenceTokens + "), was " + maxTokens);
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("--time-limit must be positive, was " + timeLimit);
    }
  }
}
