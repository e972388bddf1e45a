package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dossier.eval.GoldSetScore;
import org.dossier.eval.QualityFloor;
import org.dossier.pipeline.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The quality floor: the standard pipeline on the test split (eval/gold/test) must keep statements F1, events F1
 * and entity code accuracy within the tolerance of the figures in eval/quality-floor.json. Quality, not time.
 */
class QualityFloorTest {
  private static final Path ROOT = ExtractCommandTest.ROOT;

  @Test
  void theTestSplitHoldsTheRecordedScores() throws Exception {
    QualityFloor floor = QualityFloor.read(ROOT.resolve(QualityFloor.FILE));
    assertThat(floor.split()).isEqualTo("test");
    Extractor extractor = new PipelineOptions().extractor();
    GoldSetScore score = GoldSetScore.score("test", ROOT.resolve("eval/gold/test"), ROOT, extractor::extract);
    assertThat(score.files()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(floor.regressions(score)).as("test split against " + QualityFloor.FILE + ": " + score.totals())
        .isEmpty();
  }
}
