package org.dossier.pipeline;

import java.util.ServiceLoader;
import org.dossier.actor.ActorDictionary;
import org.dossier.actor.Resolver;
import org.dossier.event.Events;
import org.dossier.event.Lexicon;
import org.dossier.event.TypeModel;
import org.dossier.embed.MiniLm;
import org.dossier.nlp.NlpBackend;
import org.dossier.nlp.ParsePolicy;
import org.dossier.statement.Cues;
import org.dossier.statement.Statements;

/**
 * The one place Dossier's stages are assembled, in the one order they run in: analysis, actors, statements,
 * events. The CLI, the server and the Spark job all build their extractor here from a {@link PipelineSpec}.
 */
public final class Pipeline {
  private Pipeline() {}

  /** The extractor {@code spec} describes, on the NLP backend found on the class path. */
  public static Extractor build(PipelineSpec spec) {
    return build(spec, backend());
  }

  public static Extractor build(PipelineSpec spec, NlpBackend nlp) {
    ActorDictionary dict = spec.dictionary();
    Lexicon lexicon = spec.lexicon();
    Cues cues = Cues.builtIn();
    ParsePolicy policy = spec.parseAll() ? ParsePolicy.ALL : new Relevance(cues, lexicon);
    TypeModel model = spec.typeModelOrNull();
    Events events = new Events(Events.sieves(lexicon, dict, model, model == null ? null : MiniLm.get()), dict,
        nlp.timeTagger(), spec.minConfidence());
    return new Extractor(nlp.analyzer(), policy, new Resolver(dict), new Statements(cues, dict), events)
        .withLimits(spec.limits());
  }

  /** The NLP backend on the class path (dossier-corenlp provides one). */
  public static NlpBackend backend() {
    return ServiceLoader.load(NlpBackend.class).findFirst().orElseThrow(() -> new IllegalStateException(
        "no NLP backend on the class path: add the dossier-corenlp module"));
  }
}
