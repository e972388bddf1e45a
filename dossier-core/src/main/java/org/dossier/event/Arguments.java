package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.nlp.Sentence;

/**
 * Finds who acts and on whom for lexicon candidates, inside the trigger's clause. Verbs: subject (inherited
 * over control and coordination), passive agent, or the actor an agentless passive implies ("was arrested":
 * the police of the arrested one's country); object, indirect object or a "to/with/against" phrase. Nouns:
 * possessor ("Russia's attack"), "between A and B", nationality ("Russian strikes"), "by" phrase, the subject
 * of a light verb ("held talks with", listed in light-verbs.txt: not "condemned the attack"). A request that
 * names no one it is addressed to is dropped.
 */
final class Arguments implements Sieve {
  @Override
  public String name() {
    return "arguments";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      Clause c = scene.clause(k.sentence());
      Optional<Candidate> found = switch (k.origin()) {
        case "verb" -> verb(c, k);
        case "noun" -> Optional.of(noun(c, k));
        default -> Optional.of(k);
      };
      found.ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Candidate> verb(Clause c, Candidate k) {
    Sentence s = k.sentence();
    int v = k.trigger().index();
    Optional<Integer> obj = c.child(v, "obj");
    Optional<Integer> passive = c.child(v, "nsubj:pass");
    Entity source = null;
    Entity target = null;
    boolean reducedPassive = k.trigger().pos().equals("VBN")
        && s.head(v).map(d -> d.base().equals("acl")).orElse(false);
    if (reducedPassive) {
      // "the Polaroids donated to USI by the Foundation": only the agent acts
      source = c.agent(v).map(c::actor).orElse(null);
    } else if (passive.isPresent()) {
      Entity moved = c.actor(passive.get());
      Entity agent = c.agent(v).map(c::actor).orElse(null);
      if (k.type().equals("MOBILIZE")) {
        source = agent != null ? agent : moved;
      } else {
        source = agent != null || c.agent(v).isPresent() ? agent : implied(k.agent(), moved, c.home());
        target = moved;
      }
    } else {
      source = c.subject(v).or(() -> c.possessorOfHeadNoun(v)).map(c::actor).orElse(null);
      target = c.child(v, "iobj").map(c::actor).orElse(null);
      if (target == null) {
        target = obj.map(c::actorOrPlace).orElse(null);
      }
    }
    if (target == null) {
      target = firstActor(c, c.targetPhrases(v));
    }
    if (target == null && k.type().equals("RETREAT")) {
      target = firstActor(c, c.fromPhrases(v));
    }
    Optional<Integer> xcomp = c.child(v, "xcomp");
    if ("clause".equals(k.object()) && target == null) {
      return Optional.empty(); // "told the press, ... to show": a request needs someone it is addressed to
    }
    if (target == null && xcomp.isPresent()) {
      // "offered to hand over to Great Britain ...": the act the trigger announces names the recipient
      target = c.child(xcomp.get(), "obj").map(c::actor).orElse(null);
      if (target == null) {
        target = firstActor(c, c.targetPhrases(xcomp.get()));
      }
    }
    return Optional.of(k.withActors(source, target));
  }

  private static Candidate noun(Clause c, Candidate k) {
    Sentence s = k.sentence();
    int n = k.trigger().index();
    // the verb over the noun passes its subject and recipient on only when it is a light verb ("held talks")
    int light = k.head() != n && c.actsThroughNoun(k.head()) ? k.head() : -1;
    Entity source = c.child(n, "nmod:poss").map(c::actor).orElse(null);
    Entity target = null;
    List<Integer> between = c.phrases(n, Set.of("between"));
    if (!between.isEmpty()) {
      // "cooperation between North Korea and Russia": reciprocal, the first party acts
      int first = between.get(0);
      source = c.actor(first);
      target = c.child(first, "conj").map(c::actor).orElse(null);
    }
    if (source == null) {
      source = c.nationality(n);
    }
    if (source == null) {
      source = c.phrases(n, Set.of("by")).stream().map(c::actor).filter(e -> e != null).findFirst().orElse(null);
    }
    if (target == null) {
      target = firstActor(c, c.targetPhrases(n));
    }
    if (light >= 0) {
      if (source == null && s.head(n).map(d -> !d.relation().equals("nsubj")).orElse(true)) {
        source = c.subject(light).map(c::actor).orElse(null);
      }
      if (target == null) {
        target = firstActor(c, c.targetPhrases(light));
      }
    } else if (source == null && k.head() == n) {
      // "Saddam Hussein arrived in Amman on a visit": the noun qualifies its verb's subject's act
      source = s.head(n).filter(d -> d.base().equals("obl")).flatMap(d -> c.subject(d.governor()))
          .map(c::actor).orElse(null);
    }
    return k.withActors(source, target);
  }

  static Entity firstActor(Clause c, List<Integer> phrases) {
    for (int p : phrases) {
      Entity e = c.actor(p);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The actor a passive without "by" implies, when the lexicon gives its sector: "Montalvo was arrested" is the
   * police of Montalvo's country (else the article's). Named for what it is, so a reader sees it was inferred.
   */
  private static Entity implied(String sector, Entity target, String home) {
    String country = target != null && target.country() != null ? target.country() : home;
    if (sector == null || country == null) {
      return null;
    }
    String actor = country + sector;
    return new Entity(null, "(implied " + actor + ")", "GROUP", actor, country, null, "implied-agent", List.of());
  }
}
