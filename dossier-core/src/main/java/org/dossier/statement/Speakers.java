package org.dossier.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.actor.ActorDictionary;
import org.dossier.actor.Mentions;
import org.dossier.actor.Title;
import org.dossier.model.Entity;
import org.dossier.model.Party;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Resolves a speaker's words to a party: the entity one of its mentions covers (names, grouped pronouns,
 * "the minister"), else an unnamed source kept as its phrase ("intelligence", "a senior official") with the
 * actor its words give. One instance per article.
 */
final class Speakers {
  /** Dependents that are not part of a speaker's name: relative clauses, appositions, punctuation. */
  private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "advcl",
      "conj", "cc", "case", "mark", "fixed");

  private final String text;
  private final Mentions mentions;
  private final ActorDictionary dict;
  private final LocalDate date;

  Speakers(String text, List<Entity> entities, ActorDictionary dict, LocalDate date) {
    this.text = text;
    this.mentions = new Mentions(entities);
    this.dict = dict;
    this.date = date;
  }

  /** The party named by the phrase headed by token {@code head}; a relative "who" stands for its noun. */
  Party of(Sentence s, int head) {
    Token h = s.token(head);
    if (h.pos().equals("WP") || h.lemma().equals("that")) {
      var rel = s.head(head).flatMap(d -> s.head(d.governor()));
      if (rel.isPresent() && rel.get().relation().startsWith("acl")) {
        head = rel.get().governor();
        h = s.token(head);
      }
    }
    Entity e = covering(h.start(), h.end());
    if (e != null) {
      return party(e);
    }
    Entity apposed = apposed(s, head);
    if (apposed != null) {
      return party(apposed);
    }
    int[] phrase = phrase(s, head);
    // the name nearest the head: "On board the Freewinds, Paris" is Paris
    int named = nearestNamed(s, head, phrase[0], phrase[1]);
    Entity inside = named < 0 ? null : mentions.at(s, named);
    if (inside != null && !inside.type().equals("GROUP") && Description.standsFor(s, head, named, inside.type())) {
      return party(inside);
    }
    String words = text.substring(s.token(phrase[0]).start(), s.token(phrase[1]).end());
    Title title = Title.read(s.tokens(), phrase[0], phrase[1] + 1, dict, date);
    return new Party(words, null, Description.actor(title, inside));
  }

  /**
   * "The mayor of London, Sadiq Khan, said", "The Vice President, Mike Pence, said": a person or body in
   * apposition to a title that names no one speaks.
   */
  private Entity apposed(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("appos")) {
        int[] sub = s.subtree(d.dependent());
        Entity e = mentions.nearest(s, d.dependent(), sub[0], sub[1]);
        if (e != null && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) {
          return e;
        }
      }
    }
    int end = s.subtree(head)[1];
    return apposition(s, end) < 0 ? null : mentions.at(s, end + 2);
  }

  /**
   * Where a person's name set off by commas right after token {@code end} ends (the token after its closing
   * comma), when the parser did not attach it: "According to the El Paso mayor, Dee Margo, during ...", else -1.
   */
  int apposition(Sentence s, int end) {
    int first = end + 2;
    if (first >= s.tokens().size() || !s.token(end + 1).text().equals(",")) {
      return -1;
    }
    Entity e = mentions.at(s, first);
    if (e == null || !e.type().equals("PERSON")) {
      return -1;
    }
    int k = first;
    while (k < s.tokens().size() && mentions.at(s, k) == e) {
      k++;
    }
    return k < s.tokens().size() && s.token(k).text().equals(",") ? k + 1 : -1;
  }

  /** The party of an entity covering {@code [start, end)}, or null. */
  Party at(int start, int end) {
    Entity e = covering(start, end);
    return e == null ? null : party(e);
  }

  /** The party of an entity covering {@code [start, end)} that can speak beside a cue: not a mere place. */
  Party speakingAt(int start, int end) {
    Entity e = covering(start, end);
    return e == null || "LOCATION".equals(e.type()) ? null : party(e);
  }

  /** The party of a person whose mention covers {@code [start, end)}, or null (places and bodies too). */
  Party personAt(int start, int end) {
    Entity e = covering(start, end);
    return e == null || !"PERSON".equals(e.type()) ? null : party(e);
  }

  /** The party of the first person named inside {@code [start, end)}, or null. */
  Party personWithin(int start, int end) {
    Entity e = mentions.within(start, end, "PERSON");
    return e == null ? null : party(e);
  }

  /** A place that speaks is its country's government by metonymy: "Moscow said" is Russia. */
  private static Party party(Entity e) {
    String actor = e.actor() == null && "LOCATION".equals(e.type()) ? e.country() : e.actor();
    return new Party(e.name(), e.id(), actor);
  }

  private Entity covering(int start, int end) {
    return mentions.at(start, end);
  }

  /** The token nearest {@code head} within {@code [from, to]} that an entity's mention covers, or -1. */
  private int nearestNamed(Sentence s, int head, int from, int to) {
    for (int k = 0; head - k >= from || head + k <= to; k++) {
      if (head + k <= to && mentions.at(s, head + k) != null) {
        return head + k;
      }
      if (k > 0 && head - k >= from && mentions.at(s, head - k) != null) {
        return head - k;
      }
    }
    return -1;
  }

  /** The first and last token of the noun phrase headed by {@code head}, without clauses attached to it. */
  private static int[] phrase(Sentence s, int head) {
    int from = head;
    int to = head;
    for (Dependency d : s.children(head)) {
      if (CLAUSES.contains(d.relation())) {
        continue;
      }
      int[] sub = s.subtree(d.dependent());
      if (d.dependent() < head) {
        from = Math.min(from, sub[0]);
      } else if (sub[0] == to + 1 || sub[0] == to + 2 && !s.token(to + 1).text().equals(",")) {
        to = Math.max(to, sub[1]);
      }
    }
    return new int[] {from, to};
  }
}
