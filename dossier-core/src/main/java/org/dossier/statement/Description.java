package org.dossier.statement;

import org.dossier.actor.ActorCodes;
import org.dossier.actor.Title;
import org.dossier.model.Entity;
import java.util.Optional;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * What a speaker description headed by a common noun stands for, as a reader takes it: "a spokesman for the
 * ministry" is the ministry, but "the mayor of London", "hospital officials in Omsk", "associates of Navalny"
 * and "Russian media" are not London, Omsk, Navalny or Russia; they stay unnamed sources with the actor their
 * words give (a place or country lends its country: "Russian media" is RUSMED).
 */
final class Description {
  private Description() {}

  /**
   * Whether the phrase headed by token {@code head} speaks as the entity of {@code type} whose mention holds
   * token {@code named}: a body named in it does ("a spokesman for the ministry"), a place or country does not
   * ("the mayor of London", "El Paso police", "US officials"), a person does unless it only modifies the head
   * ("his father Mohamed", but not "associates of Navalny" or "his lawyers"; "Cornyn's statement" is Cornyn's).
   */
  static boolean standsFor(Sentence s, int head, int named, String type) {
    Token h = s.token(head);
    if (h.isProperNoun() || !h.pos().startsWith("NN")) {
      return true; // the head is part of a name the entity recogniser cut short
    }
    return switch (type) {
      case "ORGANIZATION" -> true;
      case "PERSON" -> Cues.NOUNS.contains(h.lemma()) || !modifies(s, head, named);
      default -> false;
    };
  }

  /** Whether token {@code k} hangs from {@code head} through a possessive or prepositional modifier. */
  private static boolean modifies(Sentence s, int head, int k) {
    for (int step = 0; k != head && step < s.tokens().size(); step++) {
      Optional<Dependency> d = s.head(k);
      if (d.isEmpty()) {
        return false;
      }
      if (d.get().base().equals("nmod") || d.get().base().equals("obl")) {
        return true;
      }
      k = d.get().governor();
    }
    return false;
  }

  /** The actor of an unnamed source: its title words, else the country of a place or country named in it. */
  static String actor(Title title, Entity inside) {
    if (title.actor() != null || inside == null) {
      return title.actor();
    }
    if (inside.type().equals("GROUP")) {
      return inside.actor();
    }
    if (inside.type().equals("PERSON") || inside.country() == null) {
      return null;
    }
    return ActorCodes.combine(inside.country(), title.sector());
  }
}
