package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.lang.Words;
import org.dossier.model.Statement;

/**
 * How sure the text is of each event: asserted by the article, reported inside someone's statement (linked to
 * the innermost statement holding the trigger), or alleged when hedged ("reportedly") or told by an unnamed
 * source.
 */
final class Certainty implements Sieve {
  private static final Set<String> HEDGES = Words.en("hedges");

  @Override
  public String name() {
    return "certainty";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      int start = k.trigger().start();
      int end = k.trigger().end();
      Statement holder = scene.statements().stream().filter(st -> st.content().start() <= start
          && end <= st.content().end()).reduce((a, b) -> a.content().length() <= b.content().length() ? a : b)
          .orElse(null);
      String certainty = holder == null ? "asserted" : "reported";
      boolean hedged = k.sentence().tokens().stream().anyMatch(t -> HEDGES.contains(t.text().toLowerCase(Locale.ROOT)));
      if (hedged || holder != null && holder.speaker().entity() == null) {
        certainty = "alleged";
      }
      out.add(k.withCertainty(certainty, holder == null ? null : holder.id()));
    }
    return out;
  }
}
