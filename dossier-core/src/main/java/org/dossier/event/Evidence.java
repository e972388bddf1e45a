package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Sentence;
import org.dossier.text.Spans;

/** The clause that supports each event: the subtree of its head, without a leading complementiser "that";
 * the whole sentence when it was not parsed. */
final class Evidence implements Sieve {
  @Override
  public String name() {
    return "evidence";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      int[] clause = clause(k);
      out.add(k.withEvidence(Spans.of(scene.article().text(), k.sentence(), clause[0], clause[1])));
    }
    return out;
  }

  /** First and last token of the candidate's clause. */
  static int[] clause(Candidate k) {
    Sentence s = k.sentence();
    if (!s.parsed()) {
      return new int[] {0, s.tokens().size() - 1}; // no tree to cut the clause from: the whole sentence
    }
    int head = k.head();
    int[] clause = s.subtree(head);
    if (clause[0] < head && s.token(clause[0]).lemma().equals("that")
        && s.head(clause[0]).map(d -> d.relation().equals("mark")).orElse(false)) {
      clause[0]++;
    }
    return clause;
  }
}
