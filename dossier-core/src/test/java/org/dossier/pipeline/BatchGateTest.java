package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.NlpBackend;
import org.dossier.nlp.TimeTagger;
import org.dossier.read.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's gate decides before the analysis: a skipped article never reaches the analyser. */
class BatchGateTest {
  @Test
  void articlesTheGateSkipsAreNotAnalysedAndDuplicatesAreReported(@TempDir Path dir) throws Exception {
    for (String name : List.of("new", "stored", "copy")) {
      Files.writeString(dir.resolve(name + ".txt"), "2025-03-12 The " + name + " article\nKyiv • UNN\n"
          + "The " + name + " article says something different from the others, in a sentence of its own.\n");
    }
    AtomicInteger analysed = new AtomicInteger();
    Analyzer counting = new Analyzer() {
      @Override
      public org.dossier.nlp.Analysis analyze(org.dossier.model.Article article, org.dossier.nlp.ParsePolicy policy,
                                              org.dossier.nlp.AnalysisLimits limits) {
        analysed.incrementAndGet();
        throw new IllegalStateException("no models in this test");
      }

      @Override
      public String describe() {
        return "counting";
      }
    };
    NlpBackend nlp = new NlpBackend() {
      @Override
      public Analyzer analyzer() {
        return counting;
      }

      @Override
      public TimeTagger timeTagger() {
        return (text, date) -> List.of();
      }
    };
    Extractor extractor = Pipeline.build(PipelineSpec.standard().withTypeModel(false), nlp);
    List<Problem> problems = new ArrayList<>();
    Summary summary = new Batch(extractor, 1).run(List.of(dir.toString()), r -> {}, problems::add,
        a -> a.title().contains("stored") ? Skip.unchanged()
            : a.title().contains("copy") ? Skip.duplicate("duplicate of 1234 (stored from x.txt)") : null);

    assertThat(analysed).as("only the new article").hasValue(1);
    assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
        dir.resolve("copy.txt") + ": skipped: duplicate of 1234 (stored from x.txt)",
        dir.resolve("new.txt") + ": analysis failed: no models in this test");
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.written()).isZero();
  }
}
