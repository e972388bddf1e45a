package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.actor.ActorDictionary;
import org.dossier.lang.Words;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Proposes a candidate for every verb and common noun the lexicon lists, in the parsed sentences that assert
 * something (not questions). A verb with a particle is a trigger only as the pair ("lift off" is not "lift"); a
 * verb reading that requires a kind of object ({@code object=mil|aid|rel|road|clause}) is taken only when the
 * object is of that kind; an infinitive under a refusal ("refused to attack") is not proposed.
 */
final class TriggerProposal implements Sieve {
  private static final Set<String> AID = Words.en("aid-things");
  private static final Set<String> ROAD = Words.en("road-things");
  private static final Set<String> RELATION = Words.en("relation-things");
  private static final Set<String> REFUSING = Words.en("refusing");

  private final Lexicon lexicon;
  private final ActorDictionary dict;

  TriggerProposal(Lexicon lexicon, ActorDictionary dict) {
    this.lexicon = lexicon;
    this.dict = dict;
  }

  @Override
  public String name() {
    return "trigger-proposal";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in);
    for (Sentence s : scene.analysis().sentences()) {
      Deadline.check();
      if (!asserts(scene, s)) {
        continue;
      }
      Clause c = scene.clause(s);
      for (Token t : s.tokens()) {
        Optional<Candidate> found = t.isVerb() ? verb(c, s, t) : t.pos().startsWith("NN") ? noun(c, s, t)
            : Optional.empty();
        found.ifPresent(out::add);
      }
    }
    return out;
  }

  /** A parsed sentence that is not a question: a question asserts no event. */
  static boolean asserts(Scene scene, Sentence s) {
    return s.parsed() && !scene.text(s).strip().endsWith("?");
  }

  private Optional<Candidate> verb(Clause c, Sentence s, Token t) {
    int v = t.index();
    // the pair decides for a verb with a particle, even when the verb alone is no trigger ("pull out")
    Optional<Integer> particle = c.child(v, "compound:prt");
    List<Trigger> readings = particle.isPresent()
        ? lexicon.verb(t.lemma() + " " + s.token(particle.get()).lemma()) : lexicon.verb(t.lemma());
    if (readings.isEmpty() || underRefusal(s, v)) {
      return Optional.empty();
    }
    final List<Trigger> chosen = readings;
    String kind = c.child(v, "xcomp").isPresent() ? "clause"
        : kindOf(s, c.child(v, "obj").or(() -> c.child(v, "nsubj:pass")).orElse(-1));
    return chosen.stream().filter(r -> r.object() != null && (r.object().equals(kind)
            || r.object().equals("rel") && "aid".equals(kind))).findFirst()
        .or(() -> chosen.stream().filter(r -> r.object() == null).findFirst())
        .map(r -> Candidate.proposed(s, t, "verb", r, "lexicon:verb:" + r.lemma())); // the line: "pull out"
  }

  private Optional<Candidate> noun(Clause c, Sentence s, Token t) {
    if (t.isProperNoun()) {
      return Optional.empty(); // "March 9", "Summit Avenue"
    }
    Trigger reading = lexicon.noun(t.lemma());
    if (reading == null) {
      reading = lexicon.noun(t.text().toLowerCase(Locale.ROOT)); // "talks" is not the plural of "talk" here
    }
    if (reading == null) {
      return Optional.empty();
    }
    int light = c.lightVerb(t.index());
    Candidate n = Candidate.proposed(s, t, "noun", reading, "lexicon:noun:" + reading.lemma());
    return Optional.of(light >= 0 ? n.withHead(light) : n);
  }

  private static boolean underRefusal(Sentence s, int v) {
    return s.head(v).filter(d -> d.relation().equals("xcomp"))
        .map(d -> REFUSING.contains(s.token(d.governor()).lemma())).orElse(false);
  }

  /** What a verb's object is: armed forces, aid, relations, a road, or null. */
  private String kindOf(Sentence s, int noun) {
    if (noun < 0) {
      return null;
    }
    String kind = kindOfWord(s.token(noun));
    if (kind != null) {
      return kind;
    }
    // "25,000 tons of food aid", "military aid"
    for (var d : s.children(noun)) {
      if (d.base().equals("nmod") || d.base().equals("compound")) {
        kind = kindOfWord(s.token(d.dependent()));
        if (kind != null) {
          return kind;
        }
      }
    }
    return null;
  }

  private String kindOfWord(Token n) {
    List<String> sector = dict.agents().exact(List.of(n.text()));
    if (sector.stream().anyMatch(x -> x.contains("MIL"))) {
      return "mil";
    }
    if (RELATION.contains(n.lemma())) {
      return "rel";
    }
    if (ROAD.contains(n.lemma())) {
      return "road";
    }
    return AID.contains(n.lemma()) ? "aid" : null;
  }
}
