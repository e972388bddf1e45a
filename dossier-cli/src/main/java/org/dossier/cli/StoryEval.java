package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.eval.StoryGold;
import org.dossier.eval.StorySetScore;
import org.dossier.pipeline.Extractor;
import org.dossier.story.Stories;

/**
 * {@code dossier eval --stories}: analyses the articles of the gold story clusters, split by split, clusters
 * each split's records with {@link Stories#defaults()} and prints pairwise and B-cubed scores of merging.
 */
final class StoryEval {
  private StoryEval() {}

  /**
   * Scores {@code splits} of the gold file {@code clusters}; lists cluster by cluster when {@code verbose}, for
   * the tune split only. Returns the scores by split (what {@code --json} prints).
   */
  static Map<String, Object> run(Path home, Path clusters, List<String> splits, Extractor extractor,
                                 boolean verbose, PrintWriter out) throws IOException {
    StoryGold gold = StoryGold.read(clusters);
    Stories stories = Stories.defaults();
    Map<String, Object> report = new LinkedHashMap<>();
    for (String split : splits) {
      StorySetScore s = StorySetScore.score(split, gold, split, home, extractor::extract,
          stories::clusterEvents, stories::clusterStatements);
      report.put(split, s.totals());
      if (out == null) {
        continue;
      }
      out.printf("== stories, %s (%d articles, %s)%n", split, s.articles(), clusters.getFileName());
      s.skipped().forEach(f -> out.println("  skipped " + f));
      boolean list = verbose && split.equals("tune");
      if (list) {
        StorySetScore.lines(s.events()).forEach(l -> out.println("  event " + l));
        StorySetScore.lines(s.statements()).forEach(l -> out.println("  statement " + l));
      }
      out.println("events      " + StorySetScore.summary(s.events()) + "; predicted type = gold type for "
          + s.events().typeAgrees(s.goldTypes()));
      out.println("statements  " + StorySetScore.summary(s.statements()));
      if (verbose && !list) {
        out.println("(the test split is scored, never listed cluster by cluster)");
      }
    }
    return report;
  }
}
