package org.dossier.nlp;

/**
 * The language analysis Dossier's stages run on: an {@link Analyzer} (tokens, tags, entities, parses) and a
 * {@link TimeTagger}. The adapter module provides one (dossier-corenlp, found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/org.dossier.nlp.NlpBackend}), so dossier-core never depends on a model.
 */
public interface NlpBackend {
  Analyzer analyzer();

  TimeTagger timeTagger();
}
