package org.dossier.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.lang.Words;
import org.dossier.model.Entity;
import org.dossier.model.Statement;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * "X said Russia must withdraw": an obligation put on an actor inside someone's statement is that speaker's
 * REQUEST to that actor (PLOVER: demands are verbal requests). Proposed only where no other candidate holds
 * the verb; "must not attack" is still a demand, the refraining being what is requested.
 */
final class DemandProposal implements Sieve {
  private static final Set<String> OBLIGATIONS = Words.en("obligations");
  private static final Trigger DEMAND = new Trigger("must", false, "REQUEST", null, null, List.of());

  @Override
  public String name() {
    return "demand-proposal";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    Set<String> taken = new HashSet<>();
    in.forEach(k -> taken.add(k.sentence().index() + ":" + k.trigger().index()));
    List<Candidate> out = new ArrayList<>(in);
    for (Sentence s : scene.analysis().sentences()) {
      Deadline.check();
      if (!TriggerProposal.asserts(scene, s)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.isVerb() && !taken.contains(s.index() + ":" + t.index()) && obliged(s, t)) {
          demand(scene, s, t).ifPresent(out::add);
        }
      }
    }
    out.sort(Comparator.comparingInt((Candidate k) -> k.sentence().index()).thenComparingInt(k -> k.trigger().index()));
    return out;
  }

  private static boolean obliged(Sentence s, Token t) {
    return s.children(t.index()).stream().anyMatch(d -> d.base().equals("aux")
        && OBLIGATIONS.contains(s.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }

  private static java.util.Optional<Candidate> demand(Scene scene, Sentence s, Token t) {
    Statement holder = scene.statements().stream().filter(st -> st.content().start() <= t.start()
        && t.end() <= st.content().end() && st.speaker().entity() != null).findFirst().orElse(null);
    Clause c = scene.clause(s);
    Entity target = c.subject(t.index()).map(c::actor).orElse(null);
    Entity speaker = holder == null ? null : scene.mentions().byId(holder.speaker().entity());
    if (speaker == null || target == null) {
      return java.util.Optional.empty();
    }
    boolean self = target == speaker || target.id() != null && target.id().equals(speaker.id());
    return java.util.Optional.of(Candidate.proposed(s, t, "demand", DEMAND, "statement:must")
        .withActors(speaker, self ? null : target));
  }
}
