package org.dossier.nlp;

import org.dossier.model.Article;

/**
 * Tokens, sentences, POS, lemmas, NER and dependency parse of an article. Implementations load their models
 * once and must be safe to call from several threads at once. Only sentence-bearing blocks of the article
 * (title, paragraphs) are analysed, and every paragraph break is a sentence break.
 */
public interface Analyzer {
  Analysis analyze(Article article, ParsePolicy policy);

  default Analysis analyze(Article article) {
    return analyze(article, ParsePolicy.ALL);
  }

  /** Annotators and options, for reports such as {@code dossier bench}. */
  String describe();
}
