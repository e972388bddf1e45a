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

  /** The arc that has {@code dependent} as its dependent, if the sentence is parsed. */
  public Optional<Dependency> head(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The first dependent of {@code head} whose relation is {@code relation} or a subtype of it. */
  public Optional<Integer> child(int head, String relation) {
    for (Dependency d : dependencies) {
      if (d.governor() == head && (d.relation().equals(relation) || d.base().equals(relation))) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /** The first and last token index of the subtree under {@code head} (inclusive). */
  public int[] subtree(int head) {
    int[] range = {head, head};
    collect(head, range, new boolean[tokens.size()]);
    return range;
  }

  private void collect(int head, int[] range, boolean[] seen) {
    if (head < 0 || seen[head]) {
      return;
    }
    seen[head] = true;
    range[0] = Math.min(range[0], head);
    range[1] = Math.max(range[1], head);
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        collect(d.dependent(), range, seen);
      }
    }
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
