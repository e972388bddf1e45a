package org.dossier.nlp;

import org.dossier.model.Article;

/**
 * Tokens, sentences, POS, lemmas, NER and dependency parse of an article. Implementations load their models
 * once and must be safe to call from several threads at once. Only sentence-bearing blocks of the article
 * (title, paragraphs) are analysed, and every paragraph break is a sentence break.
 */
public interface Analyzer {
  /**
   * The analysis within {@code limits}: sentences over the limit are cut and not parsed, an article over the
   * limit is analysed up to it, each with a note; implementations call {@link Deadline#check()} between pieces of
   * work so that a deadline stops them.
   */
  Analysis analyze(Article article, ParsePolicy policy, AnalysisLimits limits);

  default Analysis analyze(Article article, ParsePolicy policy) {
    return analyze(article, policy, AnalysisLimits.DEFAULTS);
  }

  default Analysis analyze(Article article) {
    return analyze(article, ParsePolicy.ALL);
  }

  /** Annotators and options, for reports such as {@code dossier bench}. */
  String describe();
}
