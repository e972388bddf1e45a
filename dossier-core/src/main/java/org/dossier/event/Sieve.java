package org.dossier.event;

import java.util.List;

/**
 * One named step of the event stage. The stage runs its sieves in order over an article's candidates; each
 * sieve proposes, fills in, retypes or drops candidates and returns the new list. Sieves are stateless and
 * thread-safe: everything about the article is in the {@link Scene}.
 */
public interface Sieve {
  /** A short name, recorded nowhere but in test output and debugging. */
  String name();

  List<Candidate> apply(Scene scene, List<Candidate> candidates);
}
