package org.dossier.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.actor.ActorCodes;
import org.dossier.actor.ActorDictionary;
import org.dossier.actor.ActorEntry;
import org.dossier.actor.Mentions;
import org.dossier.lang.Words;
import org.dossier.model.Entity;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Reads the arguments of one trigger inside its own clause, on the dependency tree: who acts (subject, agent,
 * possessor, "between A and B"), on whom (object, "to"/"with"/"against" phrase), where, and whether the act
 * is negated, future, hypothetical. Never looks outside the trigger's clause.
 */
final class Clause {
  private static final Set<String> NEGATIONS = Words.en("negations");
  private static final Set<String> TARGET_CASES = Words.en("target-cases");
  private static final Set<String> PLACE_CASES = Words.en("place-cases");
  private static final Set<String> HYPOTHETICAL = Words.en("hypothetical");
  /** Verbs whose subject is also the subject of their infinitive: "Russia is going to agree", "X refused to go". */
  private static final Set<String> CONTROL = Words.en("control");
  /** Heads that announce their infinitive as intended: "is willing to withdraw". */
  private static final Set<String> INTENT = Words.en("intent");
  private static final Set<String> NEUTER_PRONOUNS = Words.en("neuter-pronouns");
  /** Verbs whose subject does what their object noun names ("held talks"), and those that stop it. */
  private static final Set<String> LIGHT = Words.en("light-verbs");
  private static final Set<String> STOPPING = Words.en("stopping-verbs");

  private final Sentence s;
  private final Mentions mentions;
  /** Unnamed police and courts act in the article's own country ("was arrested by police"). */
  private static final Set<String> DOMESTIC = Set.of("COP", "JUD");

  private final ActorDictionary dict;
  private final String home;

  Clause(Sentence s, Mentions mentions, ActorDictionary dict, String home) {
    this.s = s;
    this.mentions = mentions;
    this.dict = dict;
    this.home = home;
  }

  /** The country the article is mostly about, or null. */
  String home() {
    return home;
  }

  /**
   * The actor of the phrase headed by {@code head}: a named entity (or a grouped pronoun), a country pronoun
   * ("Syria says it will ...": the subject of the governing clause), or nationality plus role noun ("Hungarian
   * officials"); never a mere place.
   */
  Entity actor(int head) {
    int[] sub = s.subtree(head);
    Entity e = mentions.nearest(s, head, sub[0], Math.min(sub[1], head + 6));
    if (e == null && NEUTER_PRONOUNS.contains(lower(head))) {
      e = governingSubject(head);
    }
    if (e == null) {
      e = nationality(head);
    }
    if (e == null) {
      e = domestic(head);
    }
    if (e == null || e.type().equals("LOCATION")) {
      return null;
    }
    return e;
  }

  /**
   * The actor or, for a place ("attacked Kyiv", "visited Moscow"), the country it lies in, which PLOVER codes
   * as the recipient.
   */
  Entity actorOrPlace(int head) {
    Entity e = actor(head);
    if (e != null) {
      return e;
    }
    int[] sub = s.subtree(head);
    Entity place = mentions.nearest(s, head, sub[0], Math.min(sub[1], head + 6));
    if (place == null || place.country() == null) {
      return null;
    }
    return new Entity(place.id(), place.name(), place.type(), place.country(), place.country(), null, "place",
        List.of());
  }

  /** The named subject of the nearest clause above {@code pronoun} that has one. */
  private Entity governingSubject(int pronoun) {
    int at = s.head(pronoun).map(Dependency::governor).orElse(-1);
    for (int hops = 0; hops < 4 && at >= 0; hops++) {
      Optional<Dependency> up = s.head(at);
      if (up.isEmpty() || up.get().governor() < 0) {
        return null;
      }
      at = up.get().governor();
      Optional<Integer> subj = s.child(at, "nsubj");
      if (subj.isPresent() && subj.get() != pronoun && !NEUTER_PRONOUNS.contains(lower(subj.get()))) {
        Entity e = mentions.at(s, subj.get());
        if (e != null && !e.type().equals("PERSON")) {
          return e;
        }
      }
    }
    return null;
  }

  /** "police", "prosecutors": a domestic body of the article's country. */
  private Entity domestic(int noun) {
    Token n = s.token(noun);
    if (home == null || !n.pos().startsWith("NN")) {
      return null;
    }
    List<String> sectors = dict.agents().exact(List.of(n.text()));
    String sector = sectors.isEmpty() ? null : sectors.get(sectors.size() - 1);
    if (sector == null || !DOMESTIC.contains(sector)) {
      return null;
    }
    return new Entity(null, n.text(), "GROUP", home + sector, home, null, "domestic", List.of());
  }

  /** "Hungarian and Romanian officials": the first nationality on the noun, with the noun's sector if it has one. */
  Entity nationality(int noun) {
    if (!s.token(noun).pos().startsWith("NN")) {
      return null;
    }
    for (Dependency d : s.children(noun)) {
      if (!(d.base().equals("amod") || d.base().equals("compound"))) {
        continue;
      }
      Token adj = s.token(d.dependent());
      for (ActorEntry entry : dict.actors().exact(List.of(adj.text()))) {
        Optional<String> country = entry.codes().stream().map(c -> c.code()).filter(ActorCodes::isCountry)
            .findFirst();
        if (entry.isCountry() && country.isPresent()) {
          List<String> sector = dict.agents().exact(List.of(s.token(noun).text()));
          String code = ActorCodes.combine(country.get(), sector.isEmpty() ? null : sector.get(sector.size() - 1));
          return new Entity(null, adj.text() + " " + s.token(noun).text(), "GROUP", code, country.get(), null,
              "nationality", List.of());
        }
      }
    }
    return null;
  }

  /** The place (a location or country entity) token {@code i} names, or null. */
  Entity place(int i) {
    Entity e = mentions.at(s, i);
    return e != null && (e.type().equals("LOCATION") || e.type().equals("COUNTRY")) ? e : null;
  }

  Optional<Integer> child(int head, String relation) {
    return s.child(head, relation);
  }

  /**
   * The subject of a verb, inherited over xcomp and conj ("is not going to agree", "met and agreed"); under an
   * object-control or passive verb, its object or passive subject ("asked the Council to help", "was forced to
   * resign").
   */
  Optional<Integer> subject(int v) {
    int at = v;
    for (int hops = 0; hops < 4; hops++) {
      Optional<Integer> subj = s.child(at, "nsubj");
      if (subj.isPresent()) {
        return subj;
      }
      Optional<Dependency> head = s.head(at);
      if (head.isPresent() && head.get().relation().equals("xcomp")) {
        int g = head.get().governor();
        Optional<Integer> controller = s.child(g, "obj").or(() -> s.child(g, "nsubj:pass"));
        if (controller.isPresent()) {
          return controller;
        }
      }
      boolean control = head.isPresent() && head.get().relation().equals("xcomp")
          && CONTROL.contains(s.token(head.get().governor()).lemma());
      boolean shared = head.isPresent() && head.get().relation().equals("conj")
          && s.token(head.get().governor()).isVerb();
      if (!control && !shared) {
        return Optional.empty();
      }
      at = head.get().governor();
    }
    return Optional.empty();
  }

  /** The possessor of the noun a verb's clause modifies: "Ukraine's readiness to accept". */
  Optional<Integer> possessorOfHeadNoun(int v) {
    Optional<Dependency> head = s.head(v);
    if (head.isPresent() && head.get().base().equals("acl") && s.token(head.get().governor()).pos().startsWith("NN")) {
      return s.child(head.get().governor(), "nmod:poss");
    }
    return Optional.empty();
  }

  /** The agent of a passive: "by X". */
  Optional<Integer> agent(int v) {
    Optional<Integer> agent = s.child(v, "obl:agent");
    if (agent.isPresent()) {
      return agent;
    }
    return s.children(v).stream().filter(d -> d.base().equals("obl") && caseOf(d.dependent()).equals("by"))
        .map(Dependency::dependent).findFirst();
  }

  /** Heads of prepositional phrases of {@code head} whose preposition is in {@code cases}. */
  List<Integer> phrases(int head, Set<String> cases) {
    return s.children(head).stream().filter(d -> d.base().equals("obl") || d.base().equals("nmod"))
        .filter(d -> cases.contains(caseOf(d.dependent()))).map(Dependency::dependent).toList();
  }

  List<Integer> targetPhrases(int head) {
    return phrases(head, TARGET_CASES);
  }

  /** "withdraw troops from Lebanon": for a retreat, whom it is from is the recipient. */
  List<Integer> fromPhrases(int head) {
    return phrases(head, Set.of("from"));
  }

  List<Integer> placePhrases(int head) {
    return phrases(head, PLACE_CASES);
  }

  String caseOf(int noun) {
    return s.child(noun, "case").map(c -> s.token(c).text().toLowerCase(Locale.ROOT)).orElse("");
  }

  /** Negation on the trigger or on the verbs it hangs from ("is not going to agree", "no agreement"). */
  boolean negated(int t) {
    int at = t;
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      for (Dependency d : s.children(at)) {
        if ((d.base().equals("advmod") || d.base().equals("det")) && NEGATIONS.contains(lower(d.dependent()))) {
          return true;
        }
      }
      Optional<Dependency> head = s.head(at);
      if (head.isEmpty() || !Set.of("xcomp", "obj", "ccomp").contains(head.get().relation())) {
        break;
      }
      at = head.get().governor();
    }
    return false;
  }

  /**
   * "future", "hypothetical" or null, from the auxiliaries and marks of the trigger and its governors ("would"
   * is reported future: "said it would withdraw"); a clause under a wh-question is hypothetical.
   */
  String modality(int t) {
    int at = t;
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      for (Dependency d : s.children(at)) {
        String w = lower(d.dependent());
        if (d.base().equals("aux") && (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("would"))) {
          return "future";
        }
        if (d.base().equals("aux") && w.equals("going") || lower(at).equals("going")
            || at != t && INTENT.contains(s.token(at).lemma())) {
          return "future";
        }
        if ((d.base().equals("aux") || d.base().equals("mark")) && HYPOTHETICAL.contains(w)) {
          return "hypothetical";
        }
      }
      Optional<Dependency> head = s.head(at);
      if (head.isEmpty() || !Set.of("xcomp", "obj").contains(head.get().relation())) {
        break;
      }
      at = head.get().governor();
    }
    return interrogative(t) ? "hypothetical" : null;
  }

  /** "asked under what conditions X could accept": a clause holding a wh-word is asked, not asserted. */
  private boolean interrogative(int t) {
    int[] sub = s.subtree(t);
    for (int i = sub[0]; i <= sub[1]; i++) {
      String tag = s.token(i).pos();
      if ((tag.equals("WDT") || tag.equals("WP") || tag.equals("WRB")) && s.head(i)
          .map(d -> !d.relation().equals("nsubj") && !d.relation().startsWith("acl")).orElse(false)
          && !s.head(i).map(d -> s.token(d.governor()).pos().startsWith("NN")).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The verb a nominal trigger is the object of (through coordination), or -1. */
  int lightVerb(int noun) {
    int at = noun;
    Optional<Dependency> head = s.head(at);
    if (head.isPresent() && head.get().relation().equals("conj")) {
      at = head.get().governor();
      head = s.head(at);
    }
    if (head.isPresent() && (head.get().relation().equals("obj") || head.get().relation().equals("nsubj"))
        && s.token(head.get().governor()).isVerb()) {
      return head.get().governor();
    }
    return -1;
  }

  /**
   * Whether the subject of verb {@code v}, governing an event noun, is that event's actor: "held talks",
   * "carried out strikes", "suspended aid"; not "condemned the attack".
   */
  boolean actsThroughNoun(int v) {
    String lemma = s.token(v).lemma();
    String phrase = withParticle(v);
    return LIGHT.contains(lemma) || STOPPING.contains(lemma) || phrase != null && LIGHT.contains(phrase);
  }

  /** "carry out": the verb with its particle, or null. */
  private String withParticle(int v) {
    return child(v, "compound:prt").map(p -> s.token(v).lemma() + " " + s.token(p).lemma()).orElse(null);
  }

  String lower(int i) {
    return s.token(i).text().toLowerCase(Locale.ROOT);
  }

  Token token(int i) {
    return s.token(i);
  }
}
