package org.dossier.corenlp;

import org.dossier.nlp.Analyzer;
import org.dossier.nlp.NlpBackend;
import org.dossier.nlp.TimeTagger;

/** Dossier's analysis on Stanford CoreNLP: the backend {@link org.dossier.pipeline.Pipeline} finds by default. */
public final class CoreNlpBackend implements NlpBackend {
  @Override
  public Analyzer analyzer() {
    return new CoreNlpAnalyzer();
  }

  @Override
  public TimeTagger timeTagger() {
    return new SuTimeTagger();
  }
}
