package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.DossierRecord;
import org.dossier.model.Statement;

/**
 * Scores statements against gold: a prediction matches a gold statement when its speaker is one of the gold
 * speakers (or their aliases) and its content covers at least half of the gold content's characters. Gold
 * records marked optional are neither rewarded nor punished. Matching is one-to-one, greedy in text order.
 */
public final class StatementScore {
  /** The share of gold content characters a prediction must cover. */
  public static final double MIN_COVER = 0.5;

  private StatementScore() {}

  /** One scored pair or miss, for per-statement reports. */
  public record Line(String status, String speaker, String content) {
    @Override
    public String toString() {
      return status + " [" + speaker + "] " + (content.length() > 90 ? content.substring(0, 90) + "…" : content);
    }
  }

  public record Result(Tally tally, List<Line> lines) {}

  private record GoldStatement(Set<String> speakers, List<int[]> spans, boolean optional, String text) {}

  public static Result score(Gold gold, DossierRecord record) {
    String text = record.text();
    List<GoldStatement> golds = new ArrayList<>();
    for (JsonNode g : gold.statements()) {
      List<String> names = new ArrayList<>();
      g.path("speaker").forEach(n -> names.add(n.asText()));
      String content = g.path("content").asText();
      golds.add(new GoldStatement(Names.accepted(names, gold.entities()), occurrences(text, content),
          g.path("optional").asBoolean(false), content));
    }
    boolean[] used = new boolean[golds.size()];
    List<Line> lines = new ArrayList<>();
    int matched = 0;
    int counted = 0;
    int speakerRight = 0;
    int pairs = 0;
    double overlapSum = 0;
    for (Statement s : record.statements()) {
      int best = -1;
      double bestCover = 0;
      int bestRank = -1;
      for (int i = 0; i < golds.size(); i++) {
        double cover = cover(golds.get(i), s.content().start(), s.content().end());
        if (used[i] || cover < MIN_COVER) {
          continue;
        }
        // the gold this prediction is about: same speaker first, then required over optional, then coverage
        int rank = (Names.matches(s.speaker().name(), golds.get(i).speakers()) ? 2 : 0)
            + (golds.get(i).optional() ? 0 : 1);
        if (rank > bestRank || rank == bestRank && cover > bestCover) {
          best = i;
          bestCover = cover;
          bestRank = rank;
        }
      }
      boolean speakerOk = best >= 0 && Names.matches(s.speaker().name(), golds.get(best).speakers());
      if (best >= 0) {
        pairs++;
        overlapSum += bestCover;
        speakerRight += speakerOk ? 1 : 0;
      }
      if (best >= 0 && speakerOk) {
        used[best] = true;
        if (!golds.get(best).optional()) {
          matched++;
          counted++;
          lines.add(new Line("ok  ", s.speaker().name(), s.content().text()));
        } else {
          lines.add(new Line("opt ", s.speaker().name(), s.content().text()));
        }
      } else {
        counted++;
        lines.add(new Line(best >= 0 ? "SPKR" : "FP  ", s.speaker().name(), s.content().text()));
      }
    }
    int required = 0;
    for (int i = 0; i < golds.size(); i++) {
      if (!golds.get(i).optional()) {
        required++;
        if (!used[i]) {
          lines.add(new Line("MISS", String.join("|", golds.get(i).speakers()), golds.get(i).text()));
        }
      }
    }
    return new Result(new Tally(matched, counted, required, speakerRight, pairs, overlapSum), lines);
  }

  /** The share of the gold content (at its best occurrence) that {@code [start, end)} covers. */
  private static double cover(GoldStatement g, int start, int end) {
    double best = 0;
    for (int[] span : g.spans()) {
      int overlap = Math.min(end, span[1]) - Math.max(start, span[0]);
      if (overlap > 0) {
        best = Math.max(best, (double) overlap / (span[1] - span[0]));
      }
    }
    return best;
  }

  static List<int[]> occurrences(String text, String content) {
    List<int[]> out = new ArrayList<>();
    if (content.isEmpty()) {
      return out;
    }
    for (int i = text.indexOf(content); i >= 0; i = text.indexOf(content, i + 1)) {
      out.add(new int[] {i, i + content.length()});
    }
    return out;
  }
}
