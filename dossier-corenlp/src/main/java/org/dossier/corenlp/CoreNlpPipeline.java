package org.dossier.corenlp;

import org.dossier.actor.ActorDictionary;
import org.dossier.actor.Resolver;
import org.dossier.event.Events;
import org.dossier.event.Lexicon;
import org.dossier.nlp.ParsePolicy;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Relevance;
import org.dossier.statement.Cues;
import org.dossier.statement.Statements;

/** Assembles Dossier's stages on the CoreNLP adapter, in the one order they run in. */
public final class CoreNlpPipeline {
  private CoreNlpPipeline() {}

  /** The standard pipeline: built-in dictionaries and lexicons, parsing only sentences that can hold a record. */
  public static Extractor standard() {
    return extractor(ActorDictionary.builtIn(), Lexicon.builtIn(), null);
  }

  /**
   * A pipeline with the given dictionary and lexicon; {@code policy} null means {@link Relevance} over the
   * built-in cues and this lexicon.
   */
  public static Extractor extractor(ActorDictionary dict, Lexicon lexicon, ParsePolicy policy) {
    Cues cues = Cues.builtIn();
    return new Extractor(new CoreNlpAnalyzer(), policy != null ? policy : new Relevance(cues, lexicon),
        new Resolver(dict), new Statements(cues, dict), new Events(lexicon, dict, new SuTimeTagger()));
  }
}
