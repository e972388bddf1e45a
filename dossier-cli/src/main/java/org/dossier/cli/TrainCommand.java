package org.dossier.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dossier.embed.MiniLm;
import org.dossier.eval.Gold;
import org.dossier.eval.GoldSetScore;
import org.dossier.eval.TypeExamples;
import org.dossier.event.Lexicon;
import org.dossier.event.TypeModel;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.nlp.Analysis;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.PipelineSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier train-types}: trains the event-type model on the tune split's gold sentences and the PLOVER
 * gold-standard records, and writes the weights file the pipeline ships. Deterministic for the same inputs.
 */
@Command(name = "train-types", mixinStandardHelpOptions = true,
    description = "Train the event-type model (logistic regression over sentence embeddings) on gold sentences "
        + "of the tune split and the PLOVER gold-standard records; never on the test split.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "DIR", description = "Gold folders to learn from (default: eval/gold/tune).")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--plover", paramLabel = "FILE|none",
      description = "PLOVER gold-standard records (default: eval/plover/PLOVER_GSR_CAMEO.json).")
  String plover;

  @Option(names = "--phrases", paramLabel = "FILE|none", description = "Phrases of an event dictionary with their "
      + "types, e.g. eval/cameo/cameo-phrases.tsv made from the CAMEO verb dictionary (default: none; in two-fold "
      + "cross-validation on tune they lowered events F1, tools/events/cross-validate.sh).")
  String phrases;

  @Option(names = "--phrase-weight", paramLabel = "W",
      description = "Weight of one phrase against one gold sentence (default: ${DEFAULT-VALUE}).")
  double phraseWeight = 0.1;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model, gzipped (default: the "
      + "built-in model, dossier-core/src/main/resources/org/dossier/event/event-types.model.gz).")
  Path out;

  @Option(names = "--l2", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
  double l2 = 1e-3;

  @Option(names = "--epochs", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
  int epochs = 300;

  @Option(names = "--propose-at", paramLabel = "P",
      description = "Least probability at which the model proposes an event (default: ${DEFAULT-VALUE}).")
  double proposeAt = 0.5;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getErr();
    Path home = Path.of(System.getProperty("dossier.home", "."));
    List<Path> dirs = gold.isEmpty() ? List.of(home.resolve("eval/gold/tune")) : gold;
    for (Path d : dirs) {
      if (d.normalize().endsWith(Path.of("gold", "test"))) {
        throw new IllegalArgumentException("the test split is never trained on: " + d);
      }
    }
    Extractor extractor = Pipeline.build(PipelineSpec.standard().withTypeModel(false));
    List<TypeExamples.Labelled> sentences = new ArrayList<>();
    for (Path d : dirs) {
      for (Path f : GoldSetScore.files(d)) {
        Gold g = Gold.read(f);
        Article a = GoldSetScore.read(home.resolve(g.file()));
        Analysis analysis = extractor.analyze(a);
        List<Entity> entities = extractor.resolver().resolve(a, analysis);
        sentences.addAll(TypeExamples.fromGold(g, a, analysis, entities));
      }
    }
    Path ploverFile = plover == null ? home.resolve("eval/plover/PLOVER_GSR_CAMEO.json")
        : plover.equals("none") ? null : Path.of(plover);
    if (ploverFile != null) {
      sentences.addAll(TypeExamples.fromPlover(ploverFile));
    }
    Path phraseFile = phrases == null || phrases.equals("none") ? null : Path.of(phrases);
    if (phraseFile != null) {
      sentences.addAll(TypeExamples.fromPhrases(phraseFile, phraseWeight, List.copyOf(Lexicon.TYPES)));
    }
    log.println("dossier: " + sentences.size() + " training sentences " + TypeExamples.counts(sentences));
    List<String> labels = TypeExamples.labels(List.copyOf(Lexicon.TYPES));
    List<float[]> vectors = MiniLm.get().embed(sentences.stream().map(TypeExamples.Labelled::text).toList());
    List<TypeModel.Example> examples = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      examples.add(new TypeModel.Example(vectors.get(i), TypeExamples.target(sentences.get(i), labels),
          sentences.get(i).weight()));
    }
    TypeModel model = TypeModel.train(MiniLm.get().name(), labels, examples, l2, epochs).withProposeAt(proposeAt);
    Path target = out != null ? out
        : home.resolve("dossier-core/src/main/resources/org/dossier/event/event-types.model.gz");
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
      model.write(w);
    }
    log.println("dossier: wrote " + target + " (" + Files.size(target) + " bytes)");
    log.flush();
    return Main.OK;
  }
}
