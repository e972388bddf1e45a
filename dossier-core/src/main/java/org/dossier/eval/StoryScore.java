package org.dossier.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.eval.StoryGold.Cluster;
import org.dossier.eval.StoryGold.Kind;
import org.dossier.eval.StoryGold.Mention;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.dossier.model.Statement;

/**
 * Scores a clustering of events (or statements) into stories against gold clusters. Pure: the records and the
 * predicted story ids are given.
 *
 * <p>Matching: a gold mention's evidence is found in its article's text; a predicted event (its evidence span)
 * or statement (its content span) of that article matches it when the spans overlap. When several predictions
 * overlap one mention, or one prediction overlaps several mentions, pairs are taken one-to-one by the most
 * overlapping characters first (then text order); the other predictions are not scored. A mention with no
 * overlapping prediction is reported as unmatched, not scored as a merge error.
 *
 * <p>Over the matched mentions: <b>pairwise</b> precision and recall of merging, over pairs of mentions in
 * different articles (a pair is predicted merged when both have the same story id, gold merged when both are
 * in the same cluster), and <b>B-cubed</b> precision and recall (per mention, the share of its predicted story
 * that is in its gold cluster and the share of its gold cluster that is in its predicted story, averaged).
 * A prediction absent from the story map is its own story.
 */
public final class StoryScore {
  private StoryScore() {}

  /** One gold mention and, when matched, the prediction's key ("ARTICLE_ID/ID"), story id and type. */
  public record Outcome(String cluster, Mention mention, String key, String story, String predictedType,
                        String why) {
    public boolean matched() {
      return key != null;
    }
  }

  /** Pair counts: both merged, predicted merged, gold merged. */
  public record Pairwise(int both, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) both / predicted;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) both / gold;
    }

    public double f1() {
      return StoryScore.f1(precision(), recall());
    }
  }

  public record BCubed(double precision, double recall) {
    public double f1() {
      return StoryScore.f1(precision, recall);
    }
  }

  public record Result(Kind kind, List<Outcome> outcomes, Pairwise pairwise, BCubed bcubed) {
    public int mentions() {
      return outcomes.size();
    }

    public int matched() {
      return (int) outcomes.stream().filter(Outcome::matched).count();
    }

    /** Matched event mentions whose predicted type is the gold cluster's type. */
    public int typeAgrees(Map<String, String> goldTypes) {
      return (int) outcomes.stream().filter(o -> o.matched() && o.predictedType() != null
          && o.predictedType().equals(goldTypes.get(o.cluster()))).count();
    }
  }

  private record Item(String key, int start, int end, String type) {}

  private record Candidate(int mention, Item item, int overlap) {}

  /**
   * Scores {@code clusters} (all of {@code kind}); {@code records} maps each mention's file to the record
   * extracted from it; {@code stories} maps prediction keys to story ids.
   */
  public static Result score(Kind kind, List<Cluster> clusters, Map<String, DossierRecord> records,
                             Map<String, String> stories) {
    List<String> clusterOf = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Cluster c : clusters) {
      for (Mention m : c.mentions()) {
        clusterOf.add(c.id());
        mentions.add(m);
      }
    }
    String[] why = new String[mentions.size()];
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      DossierRecord rec = records.get(mentions.get(i).file());
      List<int[]> spans = rec == null ? List.of() : StatementScore.occurrences(rec.text(), mentions.get(i).evidence());
      if (spans.isEmpty()) {
        why[i] = rec == null ? "article not analysed" : "evidence not in the analysed text";
        continue;
      }
      why[i] = "no predicted " + kind + " overlaps the evidence";
      for (Item item : items(kind, rec)) {
        int overlap = spans.stream().mapToInt(s -> Math.min(s[1], item.end()) - Math.max(s[0], item.start()))
            .max().orElse(0);
        if (overlap > 0) {
          candidates.add(new Candidate(i, item, overlap));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
        .thenComparingInt(Candidate::mention).thenComparingInt(c -> c.item().start()));
    Item[] matched = new Item[mentions.size()];
    Set<String> used = new HashSet<>();
    for (Candidate c : candidates) {
      if (matched[c.mention()] == null && used.add(c.item().key())) {
        matched[c.mention()] = c.item();
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Item item = matched[i];
      outcomes.add(item == null ? new Outcome(clusterOf.get(i), mentions.get(i), null, null, null, why[i])
          : new Outcome(clusterOf.get(i), mentions.get(i), item.key(), stories.getOrDefault(item.key(), item.key()),
              item.type(), null));
    }
    List<Outcome> scored = outcomes.stream().filter(Outcome::matched).toList();
    return new Result(kind, outcomes, pairwise(scored), bcubed(scored));
  }

  private static List<Item> items(Kind kind, DossierRecord rec) {
    List<Item> out = new ArrayList<>();
    if (kind == Kind.event) {
      for (Event e : rec.events()) {
        Span s = e.evidence();
        if (s != null) {
          out.add(new Item(rec.id() + "/" + e.id(), s.start(), s.end(), e.type()));
        }
      }
    } else {
      for (Statement st : rec.statements()) {
        Span s = st.content();
        if (s != null) {
          out.add(new Item(rec.id() + "/" + st.id(), s.start(), s.end(), null));
        }
      }
    }
    return out;
  }

  static Pairwise pairwise(List<Outcome> scored) {
    int both = 0;
    int predicted = 0;
    int gold = 0;
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Outcome a = scored.get(i);
        Outcome b = scored.get(j);
        if (a.mention().file().equals(b.mention().file())) {
          continue;
        }
        boolean p = a.story().equals(b.story());
        boolean g = a.cluster().equals(b.cluster());
        both += p && g ? 1 : 0;
        predicted += p ? 1 : 0;
        gold += g ? 1 : 0;
      }
    }
    return new Pairwise(both, predicted, gold);
  }

  static BCubed bcubed(List<Outcome> scored) {
    if (scored.isEmpty()) {
      return new BCubed(0, 0);
    }
    Map<String, Integer> goldSize = count(scored, true);
    Map<String, Integer> storySize = count(scored, false);
    Map<String, Integer> shared = new HashMap<>();
    scored.forEach(o -> shared.merge(o.cluster() + "\u0000" + o.story(), 1, Integer::sum));
    double p = 0;
    double r = 0;
    for (Outcome o : scored) {
      int both = shared.get(o.cluster() + "\u0000" + o.story());
      p += (double) both / storySize.get(o.story());
      r += (double) both / goldSize.get(o.cluster());
    }
    return new BCubed(p / scored.size(), r / scored.size());
  }

  private static Map<String, Integer> count(List<Outcome> scored, boolean gold) {
    Map<String, Integer> m = new TreeMap<>();
    scored.forEach(o -> m.merge(gold ? o.cluster() : o.story(), 1, Integer::sum));
    return m;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
