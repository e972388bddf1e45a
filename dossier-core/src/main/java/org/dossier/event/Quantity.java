package org.dossier.event;

import java.util.ArrayList;
import java.util.List;

/** How many people, things or how much money each event involves: the first counted noun of its clause. */
final class Quantity implements Sieve {
  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      int[] clause = Evidence.clause(k);
      out.add(k.withQuantity(Quantities.in(k.sentence(), clause[0], clause[1]).orElse(null)));
    }
    return out;
  }
}
