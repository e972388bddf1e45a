package org.dossier.nlp;

/**
 * Decides which sentences get a dependency parse, the most expensive step of the analysis. Dossier only needs
 * parses of sentences that can hold a statement or an event; {@link #ALL} parses everything.
 */
@FunctionalInterface
public interface ParsePolicy {
  ParsePolicy ALL = s -> true;

  /** Called with the sentence's tokens (POS, lemma, NER set; no dependencies yet). */
  boolean shouldParse(Sentence sentence);
}
