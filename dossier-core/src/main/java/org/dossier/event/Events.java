package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.embed.Embedder;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.TimeTagger;

/**
 * The event stage: codes PLOVER events from the dependency parse by running an ordered list of named
 * {@link Sieve}s over each article. An event is kept only when one clause supports its type and its source
 * actor (and, where PLOVER needs one, its recipient); the clause is kept as evidence and the rule that coded it
 * is recorded. Thread-safe: the sieves hold only immutable lexicons and shared taggers.
 */
public final class Events {
  private final List<Sieve> sieves;
  private final ActorDictionary dict;
  private final TimeTagger time;
  private final double minConfidence;

  public Events(Lexicon lexicon, ActorDictionary dict, TimeTagger time) {
    this(standardSieves(lexicon, dict), dict, time, 0);
  }

  public Events(List<Sieve> sieves, ActorDictionary dict, TimeTagger time, double minConfidence) {
    this.sieves = List.copyOf(sieves);
    this.dict = dict;
    this.time = time;
    this.minConfidence = minConfidence;
  }

  /** This stage keeping only events of at least confidence {@code c}. */
  public Events withMinConfidence(double c) {
    return new Events(sieves, dict, time, c);
  }

  /**
   * The rule sieves in the order they run: propose lexicon triggers, find their arguments, read negation and
   * modality, settle the type, propose demands inside statements, then certainty, evidence, time, place,
   * quantity, and merge restatements.
   */
  public static List<Sieve> standardSieves(Lexicon lexicon, ActorDictionary dict) {
    return sieves(lexicon, dict, null, null);
  }

  /**
   * The rule sieves with, when {@code model} is not null, the learned sieve after the demands: it gives every
   * candidate its confidence and proposes events in sentences the rules found none in.
   */
  public static List<Sieve> sieves(Lexicon lexicon, ActorDictionary dict, TypeModel model, Embedder embedder) {
    List<Sieve> out = new ArrayList<>(List.of(new TriggerProposal(lexicon, dict), new Arguments(), new Modality(),
        new TypeRules(Plover.facts()), new DemandProposal()));
    if (model != null) {
      out.add(new TypeModelSieve(model, embedder, model.proposeAt(), Plover.facts()));
    }
    out.addAll(List.of(new Certainty(), new Evidence(), new When(), new Where(Plover.facts()), new Quantity(),
        new Merging(Plover.facts())));
    return out;
  }

  /** The sieves, in order. */
  public List<Sieve> sieves() {
    return sieves;
  }

  public List<Event> extract(Article article, Analysis analysis, List<Entity> entities, List<Statement> statements) {
    Scene scene = new Scene(article, analysis, entities, statements, dict, time);
    List<Candidate> candidates = List.of();
    for (Sieve sieve : sieves) {
      Deadline.check();
      candidates = sieve.apply(scene, candidates);
    }
    List<Event> out = new ArrayList<>(candidates.size());
    for (Candidate k : candidates) {
      if (k.confidence() != null && k.confidence() < minConfidence) {
        continue;
      }
      out.add(k.toEvent("v" + (out.size() + 1)));
    }
    return out;
  }
}
