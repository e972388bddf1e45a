package org.dossier.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dossier.eval.StoryGold.Cluster;
import org.dossier.eval.StoryGold.Kind;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;

/**
 * The story scores of one split of the gold clusters: every article the split names is analysed, all its records
 * are clustered together (events and statements apart) and {@link StoryScore} compares the stories with the
 * gold. An article that cannot be read or analysed is named in {@code skipped}; its mentions stay unmatched.
 */
public record StorySetScore(String name, int articles, List<String> skipped, StoryScore.Result events,
                            StoryScore.Result statements, Map<String, String> goldTypes) {

  /** A clustering of records: prediction key ("ARTICLE_ID/ID") to story id. */
  public interface Clustering extends Function<List<DossierRecord>, Map<String, String>> {}

  public static StorySetScore score(String name, StoryGold gold, String split, Path home,
                                    Function<Article, DossierRecord> extract, Clustering events,
                                    Clustering statements) {
    Map<String, DossierRecord> records = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (String file : gold.files(split)) {
      try {
        records.put(file, extract.apply(GoldSetScore.read(home.resolve(file))));
      } catch (RuntimeException e) {
        skipped.add(file + ": " + e.getMessage());
      }
    }
    List<DossierRecord> all = List.copyOf(records.values());
    List<Cluster> eventClusters = gold.of(split, Kind.event);
    Map<String, String> types = new TreeMap<>();
    eventClusters.forEach(c -> types.put(c.id(), c.type()));
    return new StorySetScore(name, records.size() + skipped.size(), List.copyOf(skipped),
        StoryScore.score(Kind.event, eventClusters, records, events.apply(all)),
        StoryScore.score(Kind.statement, gold.of(split, Kind.statement), records, statements.apply(all)), types);
  }

  /** The scores as nested maps for JSON ({@code dossier eval --stories --json}). */
  public Map<String, Object> totals() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("skipped", skipped);
    Map<String, Object> ev = totals(events);
    ev.put("typeAgrees", events.typeAgrees(goldTypes));
    m.put("events", ev);
    m.put("statements", totals(statements));
    return m;
  }

  private static Map<String, Object> totals(StoryScore.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clusters", r.outcomes().stream().map(StoryScore.Outcome::cluster).distinct().count());
    m.put("mentions", r.mentions());
    m.put("matched", r.matched());
    m.put("unmatched", r.mentions() - r.matched());
    Map<String, Object> pairs = new LinkedHashMap<>();
    pairs.put("precision", r.pairwise().precision());
    pairs.put("recall", r.pairwise().recall());
    pairs.put("f1", r.pairwise().f1());
    pairs.put("bothMerged", r.pairwise().both());
    pairs.put("predictedMerged", r.pairwise().predicted());
    pairs.put("goldMerged", r.pairwise().gold());
    m.put("pairwise", pairs);
    Map<String, Object> b3 = new LinkedHashMap<>();
    b3.put("precision", r.bcubed().precision());
    b3.put("recall", r.bcubed().recall());
    b3.put("f1", r.bcubed().f1());
    m.put("bcubed", b3);
    return m;
  }

  /** One line per kind: pairwise and B-cubed scores and the matched share. */
  public static String summary(StoryScore.Result r) {
    StoryScore.Pairwise p = r.pairwise();
    StoryScore.BCubed b = r.bcubed();
    return String.format(Locale.ROOT, "pairwise P %.2f R %.2f F1 %.2f (%d/%d predicted merges, %d gold); "
        + "B-cubed P %.2f R %.2f F1 %.2f; %d/%d gold mentions matched, %d with no predicted %s",
        p.precision(), p.recall(), p.f1(), p.both(), p.predicted(), p.gold(), b.precision(), b.recall(), b.f1(),
        r.matched(), r.mentions(), r.mentions() - r.matched(), r.kind());
  }

  /**
   * Record by record, for the tune split only: each gold cluster's mentions with their predicted story (or why
   * none matched), then the predicted stories that join mentions of several gold clusters.
   */
  public static List<String> lines(StoryScore.Result r) {
    List<String> out = new ArrayList<>();
    Map<String, List<StoryScore.Outcome>> byCluster = new LinkedHashMap<>();
    r.outcomes().forEach(o -> byCluster.computeIfAbsent(o.cluster(), k -> new ArrayList<>()).add(o));
    Map<String, TreeSet<String>> clustersOfStory = new TreeMap<>();
    byCluster.forEach((cluster, outcomes) -> {
      long stories = outcomes.stream().filter(StoryScore.Outcome::matched).map(StoryScore.Outcome::story)
          .distinct().count();
      out.add(String.format(Locale.ROOT, "%s %s (%d mentions, %d predicted stories)",
          stories > 1 ? "SPLIT " : "      ", cluster, outcomes.size(), stories));
      for (StoryScore.Outcome o : outcomes) {
        String file = Path.of(o.mention().file()).getFileName().toString();
        out.add(o.matched() ? "    " + o.story() + "  " + file + "  " + (o.predictedType() == null ? ""
            : o.predictedType() + " ") + o.key() : "    MISS " + file + "  " + o.why());
        if (o.matched()) {
          clustersOfStory.computeIfAbsent(o.story(), k -> new TreeSet<>()).add(cluster);
        }
      }
    });
    clustersOfStory.forEach((story, clusters) -> {
      if (clusters.size() > 1) {
        out.add("MERGED " + story + ": " + String.join(" + ", clusters));
      }
    });
    return out;
  }
}
