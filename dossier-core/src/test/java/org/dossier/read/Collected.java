package org.dossier.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sink that keeps everything, for assertions. */
final class Collected implements Sink {
  final List<Draft> drafts = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public synchronized void draft(Draft draft) {
    drafts.add(draft);
  }

  @Override
  public synchronized void problem(Problem problem) {
    problems.add(problem);
  }

  Draft only() {
    if (drafts.size() != 1 || !problems.isEmpty()) {
      throw new AssertionError("expected one draft and no problem, got " + drafts + " and " + problems);
    }
    return drafts.get(0);
  }

  Optional<Draft> titled(String title) {
    return drafts.stream().filter(d -> title.equals(d.title())).findFirst();
  }

  List<String> titles() {
    return drafts.stream().map(Draft::title).toList();
  }

  static Collected read(List<String> paths) {
    Collected sink = new Collected();
    Readers.read(paths, sink);
    return sink;
  }
}
