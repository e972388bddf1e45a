package org.dossier.pipeline;

import java.util.Set;
import org.dossier.nlp.ParsePolicy;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.text.Quotes;

/**
 * The default parse policy: a sentence is parsed only when it can hold a statement or an event, i.e. it has a
 * quotation mark, a speech cue, or a named actor together with a verb. The parse is the analysis' main cost
 * (see README, "Speed"), and a sentence without any of these yields no record.
 */
public final class Relevance implements ParsePolicy {
  /** Lemmas that introduce speech; the statement stage's lexicon is a superset. */
  private static final Set<String> CUES = Set.of("say", "tell", "state", "announce", "add", "note", "stress",
      "warn", "claim", "deny", "insist", "explain", "according", "report", "write", "answer", "reply", "ask",
      "argue", "suggest", "believe", "confirm", "declare");

  @Override
  public boolean shouldParse(Sentence sentence) {
    boolean named = false;
    boolean verb = false;
    for (Token t : sentence.tokens()) {
      if (CUES.contains(t.lemma()) || t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0))) {
        return true;
      }
      named |= t.isNamed() && !t.ner().equals("MISC") || t.pos().equals("PRP");
      verb |= t.isVerb();
    }
    return named && verb;
  }
}
