package org.dossier.read;

/** Receives what readers produce: good drafts and bad items. Implementations must be thread-safe if shared. */
public interface Sink {
  void draft(Draft draft);

  void problem(Problem problem);
}
