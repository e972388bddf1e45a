package org.dossier.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.dossier.event.Lexicon;
import org.dossier.nlp.ParsePolicy;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.statement.Cues;
import org.dossier.text.Quotes;

/**
 * The default parse policy: a sentence is parsed only when it can hold a statement or an event, i.e. it has a
 * quotation mark, a speech cue ("said", "according to") or an event trigger of the lexicon. The parse is the
 * analysis' main cost (see README, "Speed"), and any other sentence yields no record; its entities need no
 * parse. Immutable, thread-safe.
 */
public final class Relevance implements ParsePolicy {
  private final Set<String> lemmas;

  public Relevance(Cues cues, Lexicon lexicon) {
    Set<String> all = new HashSet<>(cues.lemmas());
    all.addAll(Cues.NOUNS);
    all.addAll(lexicon.lemmas());
    all.add("according");
    this.lemmas = Set.copyOf(all);
  }

  @Override
  public boolean shouldParse(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (lemmas.contains(t.lemma()) || lemmas.contains(t.text().toLowerCase(java.util.Locale.ROOT))
          || t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
