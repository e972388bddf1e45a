package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.lang.Words;
import org.dossier.model.Entity;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;

/**
 * Settles each candidate's PLOVER type. First the readings the words around a trigger change: a strike with a
 * protest modifier is PROTEST ("hunger strike"), a stopping light verb makes aid, cooperation or talks a
 * SANCTION ("suspended aid"), an attack on a website or network is cyber COERCE. Then the PLOVER facts of
 * {@code plover.txt}: what the negated and the future forms become, and which types need a recipient.
 */
final class TypeRules implements Sieve {
  private static final Set<String> PROTEST_STRIKES = Words.en("protest-strikes");
  private static final Set<String> STOPPING = Words.en("stopping-verbs");
  private static final Set<String> CYBER = Words.en("cyber-things");
  private static final Set<String> STOPPABLE = Set.of("AID", "COOPERATE", "CONSULT");

  private final Plover plover;

  TypeRules(Plover plover) {
    this.plover = plover;
  }

  @Override
  public String name() {
    return "type-rules";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      Candidate typed = plover(cyber(lexical(k)));
      if (typed != null) {
        out.add(typed);
      }
    }
    return out;
  }

  private static Candidate lexical(Candidate k) {
    if (!k.origin().equals("noun")) {
      return k;
    }
    Sentence s = k.sentence();
    int n = k.trigger().index();
    if (k.trigger().lemma().equals("strike") && s.children(n).stream().anyMatch(d -> (d.base().equals("compound")
        || d.base().equals("amod")) && PROTEST_STRIKES.contains(s.token(d.dependent()).lemma()))) {
      boolean hunger = s.children(n).stream().anyMatch(d -> s.token(d.dependent()).lemma().equals("hunger"));
      k = k.withType("PROTEST", hunger ? "hunger" : "strike", null);
    }
    if (k.head() != n && STOPPING.contains(s.token(k.head()).lemma()) && STOPPABLE.contains(k.type())) {
      k = k.withType("SANCTION", "discontinue", null);
    }
    return k;
  }

  /** An attack on a website or network is cyber coercion, not assault. */
  private static Candidate cyber(Candidate k) {
    if (!k.type().equals("ASSAULT")) {
      return k;
    }
    Sentence s = k.sentence();
    for (Dependency d : s.children(k.trigger().index())) {
      if (!Set.of("obj", "obl", "nmod", "compound", "amod", "nsubj:pass").contains(d.relation())
          && !d.base().equals("obl") && !d.base().equals("nmod")) {
        continue;
      }
      int[] sub = s.subtree(d.dependent());
      for (int i = sub[0]; i <= sub[1]; i++) {
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        if (CYBER.contains(lemma) || lemma.startsWith("cyber") || lemma.contains("denial-of-service")) {
          return k.withType("COERCE", "cyber", null).withContext("cyber");
        }
      }
    }
    return k;
  }

  private Candidate plover(Candidate k) {
    Entity source = k.source();
    Entity target = k.target();
    if (target != null && (target == source || target.id() != null && target.id().equals(source.id()))) {
      k = k.withActors(source, null);
    }
    Plover.Type type = plover.of(k.type());
    if (k.negated() && type.negatedAs() != null) {
      k = k.withType(type.negatedAs(), null, "+negated-cooperation=" + type.negatedAs())
          .withModality(false, k.modality());
    } else if ("future".equals(k.modality()) && type.futureAs() != null) {
      k = k.withType(type.futureAs(), null, "+future=" + type.futureAs());
    }
    if (plover.of(k.type()).needsRecipient() && k.target() == null) {
      return null;
    }
    return k.modality() == null ? k : k.withContext(k.modality());
  }
}
