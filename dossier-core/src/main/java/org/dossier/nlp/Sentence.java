package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An analysed sentence. {@code dependencies} is empty when the analyser chose not to parse it (see
 * {@link ParsePolicy}); {@link #parsed()} tells the two cases apart.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Dependents of token {@code head}, in the order of the graph. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** Arcs that have {@code dependent} as their dependent (several in an enhanced graph). */
  public List<Dependency> heads(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        out.add(d);
      }
    }
    return out;
  }

  public Optional<Integer> root() {
    return dependencies.stream().filter(d -> d.governor() == Dependency.ROOT).map(Dependency::dependent).findFirst();
  }

  /** The index of the token covering {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
