package org.dossier.server;

import org.dossier.model.Article;
import org.dossier.model.DossierRecord;

/**
 * What {@code POST /api/extract} runs on each posted article: in production the CoreNLP pipeline's
 * {@code Extractor::extract}, made once so the models load once; in tests a fake. Implementations must be
 * thread-safe: the analysis pool calls one instance from all its threads.
 */
@FunctionalInterface
public interface Analyser {
  DossierRecord extract(Article article);
}
