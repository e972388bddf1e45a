package org.dossier.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Negation and modality of each candidate, read on the trigger and, for a nominal trigger, on its light verb
 * ("did not hold talks", "will launch an attack"). A hypothetical act ("could attack", "if they agree") is not
 * asserted to happen and is dropped, as is a candidate without a source actor: precision first.
 */
final class Modality implements Sieve {
  @Override
  public String name() {
    return "modality";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      Clause c = scene.clause(k.sentence());
      int t = k.trigger().index();
      boolean negated = c.negated(t) || k.head() != t && c.negated(k.head());
      String modality = c.modality(t);
      if (modality == null && k.head() != t) {
        modality = c.modality(k.head());
      }
      if (k.source() == null || "hypothetical".equals(modality)) {
        continue;
      }
      out.add(k.withModality(negated, modality));
    }
    return out;
  }
}
