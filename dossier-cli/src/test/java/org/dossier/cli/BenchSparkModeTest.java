package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dossier bench --spark} on one copy of the example article, small enough for a test. */
class BenchSparkModeTest {
  @Test
  void reportsLocalOneAgainstLocalTwoAndTheCli() {
    var r = ExtractCommandTest.run("bench", "--spark", "--copies", "1", "--warmup", "0",
        ExtractCommandTest.EXAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("dossier extract \\(Batch\\), 2 threads +1 +[\\d.]+ +[\\d.]+")
        .containsPattern("dossier spark local\\[1\\] +1 +[\\d.]+ +[\\d.]+")
        .containsPattern("dossier spark local\\[2\\] +1 +[\\d.]+ +[\\d.]+")
        .containsPattern("scaling local\\[2\\] / local\\[1\\]: [\\d.]+x; local\\[2\\] / CLI on 2 threads: [\\d.]+x");
  }
}
