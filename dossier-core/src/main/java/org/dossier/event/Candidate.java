package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * An event on its way through the sieves: where it was triggered, the reading of the trigger, and what later
 * sieves have found so far. Immutable; each sieve returns changed copies.
 *
 * @param head the token the event's clause hangs from: the trigger, or the light verb of a nominal trigger
 * @param origin how it was proposed: "verb", "noun", "demand" or "model"
 */
public record Candidate(Sentence sentence, Token trigger, int head, String origin, String type, String mode,
                       List<String> context, String object, String agent, Entity source, Entity target,
                       boolean negated, String modality, String certainty, String statement, Event.When when,
                       Event.Where where, Event.Quantity quantity, Span evidence, String rule, Double confidence) {
  public Candidate {
    context = List.copyOf(context);
  }

  /** A fresh candidate for a lexicon reading at token {@code t}. */
  static Candidate proposed(Sentence s, Token t, String origin, Trigger reading, String rule) {
    return new Candidate(s, t, t.index(), origin, reading.type(), reading.mode(), reading.context(),
        reading.object(), reading.agent(), null, null, false, null, null, null, null, null, null, null, rule, null);
  }

  Candidate withHead(int h) {
    return new Candidate(sentence, trigger, h, origin, type, mode, context, object, agent, source, target, negated,
        modality, certainty, statement, when, where, quantity, evidence, rule, confidence);
  }

  Candidate withType(String newType, String newMode, String ruleSuffix) {
    return new Candidate(sentence, trigger, head, origin, newType, newMode, context, object, agent, source, target,
        negated, modality, certainty, statement, when, where, quantity, evidence,
        ruleSuffix == null ? rule : rule + ruleSuffix, confidence);
  }

  Candidate withContext(String extra) {
    List<String> c = new ArrayList<>(context);
    c.add(extra);
    return new Candidate(sentence, trigger, head, origin, type, mode, c, object, agent, source, target, negated,
        modality, certainty, statement, when, where, quantity, evidence, rule, confidence);
  }

  Candidate withActors(Entity newSource, Entity newTarget) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, newSource, newTarget,
        negated, modality, certainty, statement, when, where, quantity, evidence, rule, confidence);
  }

  Candidate withModality(boolean isNegated, String newModality) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        isNegated, newModality, certainty, statement, when, where, quantity, evidence, rule, confidence);
  }

  Candidate withCertainty(String newCertainty, String statementId) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, newCertainty, statementId, when, where, quantity, evidence, rule, confidence);
  }

  Candidate withEvidence(Span span) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, certainty, statement, when, where, quantity, span, rule, confidence);
  }

  Candidate withWhen(Event.When w) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, certainty, statement, w, where, quantity, evidence, rule, confidence);
  }

  Candidate withWhere(Event.Where w) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, certainty, statement, when, w, quantity, evidence, rule, confidence);
  }

  Candidate withQuantity(Event.Quantity q) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, certainty, statement, when, where, q, evidence, rule, confidence);
  }

  Candidate withConfidence(Double c) {
    return new Candidate(sentence, trigger, head, origin, type, mode, context, object, agent, source, target,
        negated, modality, certainty, statement, when, where, quantity, evidence, rule, c);
  }

  /** The record, numbered {@code id}. */
  Event toEvent(String id) {
    return new Event(id, type, mode, context, party(source), target == null ? null : party(target), negated,
        certainty == null ? "asserted" : certainty, statement, when, where, quantity, evidence, rule, confidence);
  }

  private static Party party(Entity e) {
    return e == null ? null : new Party(e.name(), e.id(), e.actor());
  }
}
