package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.eval.EntityScore;
import org.dossier.eval.EventScore;
import org.dossier.eval.Gold;
import org.dossier.eval.StatementScore;
import org.dossier.eval.Tally;
import org.dossier.json.Json;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Articles;
import org.dossier.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier eval}: precision, recall and F1 against gold files, per file and in total. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score extraction against gold files (format of eval/gold/*.json): entities found with the "
        + "right code; statements (speaker + content covering >= 0.5 of the gold characters) with precision, "
        + "recall, F1, speaker accuracy and content overlap; events (type, source and target country) with "
        + "precision, recall, F1 and time, place, quantity checks; and the PLOVER gold-standard sentences.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files (default: eval/gold).")
  Path goldDir;

  @Option(names = {"-v", "--verbose"}, description = "List every statement: ok, FP, MISS, SPKR (wrong speaker).")
  boolean verbose;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold-standard records to score at "
      + "sentence level (default: eval/plover/PLOVER_GSR_CAMEO.json; 'none' to skip).")
  String plover;

  @Mixin
  PipelineOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path home = Path.of(System.getProperty("dossier.home", "."));
    Path dir = goldDir != null ? goldDir : home.resolve("eval/gold");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Extractor extractor = options.extractor();
    Tally statements = Tally.ZERO;
    Tally events = Tally.ZERO;
    EventScore.Attributes attributes = EventScore.Attributes.ZERO;
    int entities = 0;
    int found = 0;
    int coded = 0;
    Map<String, Object> report = new LinkedHashMap<>();
    if (!json) {
      out.printf(Locale.ROOT, "%-34s %9s %9s   %s%n", "file", "entities", "codes", "statements");
    }
    for (Path f : files) {
      Gold gold = Gold.read(f);
      Article article = read(home.resolve(gold.file()));
      DossierRecord rec = extractor.extract(article);
      List<EntityScore.Outcome> ents = EntityScore.score(
          gold.entities().stream().filter(e -> !e.optional()).toList(), rec.entities());
      int fileFound = (int) ents.stream().filter(EntityScore.Outcome::found).count();
      int fileCoded = (int) ents.stream().filter(EntityScore.Outcome::codeRight).count();
      StatementScore.Result st = StatementScore.score(gold, rec);
      EventScore.Result ev = EventScore.score(gold.events(), rec);
      events = events.plus(ev.tally());
      attributes = attributes.plus(ev.attributes());
      entities += ents.size();
      found += fileFound;
      coded += fileCoded;
      statements = statements.plus(st.tally());
      String name = f.getFileName().toString();
      report.put(name, Map.of("entities", ents.size(), "found", fileFound, "codeRight", fileCoded,
          "statements", scores(st.tally()), "events", scores(ev.tally())));
      if (!json) {
        out.printf(Locale.ROOT, "%-34s %4d/%-4d %4d/%-4d   %s%n%-34s %21s   events %s%n", name, fileFound,
            ents.size(), fileCoded, ents.size(), st.tally(), "", "", ev.tally());
        if (verbose) {
          ents.stream().filter(o -> !o.codeRight()).forEach(o -> out.println("    entity " + o));
          st.lines().forEach(l -> out.println("    " + l));
          ev.lines().forEach(l -> out.println("    event " + l));
        }
      }
    }
    Path ploverFile = plover == null ? home.resolve("eval/plover/PLOVER_GSR_CAMEO.json")
        : plover.equals("none") ? null : Path.of(plover);
    Map<String, Object> ploverScores = ploverFile != null && Files.exists(ploverFile)
        ? new PloverEval(extractor).run(ploverFile, verbose && !json ? out : null) : null;
    if (json) {
      report.put("total", Map.of("entities", entities, "found", found, "codeRight", coded,
          "statements", scores(statements), "events", scores(events), "eventAttributes", attributes.toString()));
      if (ploverScores != null) {
        report.put("plover", ploverScores);
      }
      out.println(Json.MAPPER.writeValueAsString(report));
    } else {
      out.printf(Locale.ROOT, "%-34s %4d/%-4d %4d/%-4d   %s%n%-34s %21s   events %s%n", "TOTAL", found, entities,
          coded, entities, statements, "", "", events);
      out.printf(Locale.ROOT, "statements: speaker accuracy %.2f, content overlap %.2f (over %d content matches)%n",
          statements.speakerAccuracy(), statements.contentOverlap(), statements.contentPairs());
      out.println("events, matched pairs: " + attributes);
      if (ploverScores != null) {
        out.println("PLOVER gold standard (" + ploverFile.getFileName() + ", sentence level): " + ploverScores);
      }
    }
    out.flush();
    return Main.OK;
  }

  static Map<String, Object> scores(Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", t.precision());
    m.put("recall", t.recall());
    m.put("f1", t.f1());
    m.put("matched", t.matched());
    m.put("predicted", t.predicted());
    m.put("gold", t.gold());
    m.put("speakerAccuracy", t.speakerAccuracy());
    m.put("contentOverlap", t.contentOverlap());
    return m;
  }

  static Article read(Path path) {
    List<Article> out = Articles.read(List.of(path.toString()), p -> {
      throw new IllegalStateException("cannot read gold article " + p);
    });
    if (out.size() != 1) {
      throw new IllegalStateException("gold article " + path + " holds " + out.size() + " articles, not one");
    }
    return out.get(0);
  }
}
