package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.actor.ActorCodes;
import org.dossier.eval.GoldSetScore;
import org.dossier.eval.PloverGold;
import org.dossier.eval.Tally;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.pipeline.Extractor;
import org.dossier.read.Draft;
import org.dossier.text.Normaliser;

/**
 * Sentence-level scoring on the PLOVER gold-standard records: each sentence is analysed alone; a predicted event
 * matches a gold event of its sentence when the type is the same and its source (and target, where the gold
 * names one) country is among the gold's. Also reports type agreement regardless of actors.
 */
final class PloverEval {
  private final Extractor extractor;

  PloverEval(Extractor extractor) {
    this.extractor = extractor;
  }

  Map<String, Object> run(Path file, PrintWriter verbose) throws IOException {
    int matched = 0;
    int typeMatched = 0;
    int predicted = 0;
    int gold = 0;
    int sentences = 0;
    for (Map.Entry<String, List<PloverGold>> entry : PloverGold.read(file).entrySet()) {
      sentences++;
      List<PloverGold> golds = entry.getValue();
      gold += golds.size();
      Article a = Normaliser.normalise(new Draft(null, java.time.LocalDate.of(2000, 1, 1), "CAMEO manual", null,
          "en", new Source(file.getFileName() + "#" + golds.get(0).id(), null),
          List.of(new Draft.Part(org.dossier.model.Block.Kind.PARAGRAPH, entry.getKey()))));
      List<Event> events = extractor.extract(a).events();
      predicted += events.size();
      boolean[] used = new boolean[events.size()];
      for (PloverGold g : golds) {
        boolean typeSeen = events.stream().anyMatch(e -> e.type().equals(g.type()));
        typeMatched += typeSeen ? 1 : 0;
        int hit = -1;
        for (int i = 0; i < events.size() && hit < 0; i++) {
          if (!used[i] && matches(g, events.get(i))) {
            hit = i;
          }
        }
        if (hit >= 0) {
          used[hit] = true;
          matched++;
        }
        if (verbose != null) {
          verbose.println("    plover " + (hit >= 0 ? "ok   " : "MISS ") + g.type() + " " + g.sources() + " -> "
              + g.targets() + " | predicted " + events.stream().map(e -> e.type() + " " + code(e.source()) + "->"
              + code(e.target())).toList() + " | " + g.text());
        }
      }
    }
    Tally t = new Tally(matched, predicted, gold, 0, 0, 0);
    Map<String, Object> out = new LinkedHashMap<>(GoldSetScore.scores(t, false));
    out.put("sentences", sentences);
    out.put("typeRecall", gold == 0 ? 0 : (double) typeMatched / gold);
    return out;
  }

  private static boolean matches(PloverGold g, Event e) {
    return e.type().equals(g.type()) && actorIn(g.sources(), e.source())
        && (g.targets().isEmpty() || actorIn(g.targets(), e.target()));
  }

  private static boolean actorIn(List<String> codes, Party p) {
    if (codes.isEmpty()) {
      return true;
    }
    String root = p == null || p.actor() == null ? null : ActorCodes.root(p.actor());
    return root != null && codes.stream().anyMatch(c -> ActorCodes.root(c).equals(root));
  }

  private static String code(Party p) {
    return p == null ? "-" : p.actor() == null ? p.name() : p.actor();
  }
}
