package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.eval.GoldSetScore;
import org.dossier.eval.QualityFloor;
import org.dossier.eval.Tally;
import org.dossier.json.Json;
import org.dossier.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier eval}: scores against the tune and test gold splits and the PLOVER gold-standard records. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score extraction against the gold files (eval/GOLD.md) of the tune split (eval/gold/tune), the "
        + "test split (eval/gold/test) and the PLOVER gold-standard sentences, each printed apart: entities found "
        + "and their code accuracy (country and sector separately); statements (speaker + content covering >= 0.5 "
        + "of the gold characters) with precision, recall, F1, speaker accuracy and content overlap; events (type, "
        + "source and target country) with precision, recall and F1 overall and per PLOVER type, and negation, "
        + "certainty, time, place and quantity over matched pairs.")
final class EvalCommand implements Callable<Integer> {
  enum Split { tune, test, all }

  @Option(names = "--split", description = "Which split to score: ${COMPLETION-CANDIDATES} (default: all).")
  Split split = Split.all;

  @Option(names = "--gold", paramLabel = "DIR", description = "Score this folder of gold files instead of the splits.")
  Path goldDir;

  @Option(names = {"-v", "--verbose"}, description = "List every file and record (ok, FP, MISS, SPKR) of the tune "
      + "split or of --gold; never of the test split, which is scored but not read record by record.")
  boolean verbose;

  @Option(names = "--json", description = "Print all scores as one JSON object.")
  boolean json;

  @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold-standard records to score at "
      + "sentence level (default: eval/plover/PLOVER_GSR_CAMEO.json; 'none' to skip).")
  String plover;

  @Option(names = "--record-floor", description = "Write the test split's scores to eval/quality-floor.json, the "
      + "figures the quality floor test holds the build to (run it when scores rise).")
  boolean recordFloor;

  @Option(names = "--rules", paramLabel = "FILE", description = "Write per event rule (lexicon line, model, ...) "
      + "its matched and counted predictions on the tune split or --gold, tab-separated, to judge trigger lines "
      + "(tools/events/widen-triggers.sh); never for the test split.")
  Path rulesFile;

  @Mixin
  PipelineOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path home = Path.of(System.getProperty("dossier.home", "."));
    if (rulesFile != null && goldDir == null && split == Split.test) {
      throw new IllegalArgumentException("--rules judges trigger lines on the tune split (or --gold), never on test");
    }
    Extractor extractor = options.extractor();
    Map<String, Object> report = new LinkedHashMap<>();
    List<String[]> sets = new ArrayList<>();
    if (goldDir != null) {
      sets.add(new String[] {goldDir.getFileName().toString(), goldDir.toString()});
    } else {
      for (Split s : List.of(Split.tune, Split.test)) {
        if (split == Split.all || split == s) {
          sets.add(new String[] {s.name(), home.resolve("eval/gold").resolve(s.name()).toString()});
        }
      }
    }
    for (String[] set : sets) {
      Path dir = Path.of(set[1]);
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no gold folder " + dir);
      }
      GoldSetScore score = GoldSetScore.score(set[0], dir, home, extractor::extract);
      report.put(set[0], score.totals());
      if (recordFloor && goldDir == null && set[0].equals(Split.test.name())) {
        Path floor = home.resolve(QualityFloor.FILE);
        Files.writeString(floor, Json.MAPPER.writerWithDefaultPrettyPrinter()
            .writeValueAsString(QualityFloor.of(score, QualityFloor.TOLERANCE).toMap()) + "\n");
        spec.commandLine().getErr().println("dossier: recorded the test scores in " + QualityFloor.FILE);
      }
      if (rulesFile != null && !set[0].equals(Split.test.name())) {
        writeRules(rulesFile, score);
      }
      if (!json) {
        print(out, score, verbose && !set[0].equals(Split.test.name()));
      }
    }
    if (verbose && !json && split != Split.tune && goldDir == null) {
      out.println("(the test split is scored, never listed record by record)");
    }
    Path ploverFile = plover == null ? home.resolve("eval/plover/PLOVER_GSR_CAMEO.json")
        : plover.equals("none") ? null : Path.of(plover);
    if (ploverFile != null && Files.exists(ploverFile)) {
      Map<String, Object> ploverScores = new PloverEval(extractor).run(ploverFile, verbose && !json ? out : null);
      report.put("plover", ploverScores);
      if (!json) {
        out.println("== PLOVER gold standard (" + ploverFile.getFileName() + ", sentence level)");
        out.printf(Locale.ROOT, "events      P %.2f R %.2f F1 %.2f (%s/%s predicted, %s gold); type recall %.2f over %s "
            + "sentences%n", ploverScores.get("precision"), ploverScores.get("recall"), ploverScores.get("f1"),
            ploverScores.get("matched"), ploverScores.get("predicted"), ploverScores.get("gold"),
            ploverScores.get("typeRecall"), ploverScores.get("sentences"));
      }
    }
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(report));
    }
    out.flush();
    return Main.OK;
  }

  private static void writeRules(Path file, GoldSetScore score) throws IOException {
    StringBuilder b = new StringBuilder("# rule\tmatched\tpredicted; " + score.name() + " split, by dossier eval --rules\n");
    score.eventRules().forEach((rule, t) -> b.append(rule).append('\t').append(t.matched()).append('\t')
        .append(t.predicted()).append('\n'));
    Files.writeString(file, b.toString());
  }

  private static void print(PrintWriter out, GoldSetScore s, boolean records) {
    out.printf(Locale.ROOT, "== %s (%d files)%n", s.name(), s.files().size());
    if (records) {
      for (GoldSetScore.FileScore f : s.files()) {
        out.printf(Locale.ROOT, "%-60s statements %s%n%-60s events     %s%n", f.file(), f.statements().tally(), "",
            f.events().tally());
        f.entities().stream().filter(o -> !o.codeRight()).forEach(o -> out.println("    entity " + o));
        f.statements().lines().forEach(l -> out.println("    " + l));
        f.events().lines().forEach(l -> out.println("    event " + l));
      }
    }
    out.println("entities    " + s.entities());
    Tally st = s.statements();
    out.printf(Locale.ROOT, "statements  %s; speaker accuracy %.2f, content overlap %.2f (%d content matches)%n", st,
        st.speakerAccuracy(), st.contentOverlap(), st.contentPairs());
    out.println("events      " + s.events());
    s.eventTypes().forEach((type, t) -> out.printf(Locale.ROOT, "  %-10s %s%n", type, t));
    out.println("events, matched pairs: " + s.attributes());
  }
}
