package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The softmax regression learns separable classes, survives its own file format and refuses a broken file. */
class TypeModelTest {
  static final List<String> LABELS = List.of(TypeModel.NONE, "ASSAULT", "CONSULT");

  /** Three clusters around the axes of a 3-dimensional space, with noise. */
  static List<TypeModel.Example> clusters(long seed, int perLabel) {
    Random random = new Random(seed);
    List<TypeModel.Example> out = new ArrayList<>();
    for (int k = 0; k < LABELS.size(); k++) {
      for (int n = 0; n < perLabel; n++) {
        float[] x = new float[3];
        for (int i = 0; i < 3; i++) {
          x[i] = (float) ((i == k ? 1 : 0) + random.nextGaussian() * 0.2);
        }
        double[] target = new double[LABELS.size()];
        target[k] = 1;
        out.add(new TypeModel.Example(x, target));
      }
    }
    return out;
  }

  static TypeModel trained() {
    return TypeModel.train("test-embedder", LABELS, clusters(7, 30), 1e-3, 200);
  }

  @Test
  void learnsSeparableClassesAndGivesADistribution() {
    TypeModel m = trained();
    double[] p = m.probabilities(new float[] {0.05f, 0.9f, 0.1f});
    assertThat(p[1]).isGreaterThan(0.8);
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.probability(new float[] {0, 0, 1}, "CONSULT")).isGreaterThan(0.8);
    assertThat(m.probability(new float[] {0, 0, 1}, "PROTEST")).isZero();
    // held-out points of the same clusters
    int right = 0;
    List<TypeModel.Example> held = clusters(99, 20);
    for (TypeModel.Example e : held) {
      double[] q = m.probabilities(e.x());
      int best = q[0] >= q[1] && q[0] >= q[2] ? 0 : q[1] >= q[2] ? 1 : 2;
      right += e.target()[best] == 1 ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(57);
  }

  @Test
  void writesAndReadsTheSameModel() throws IOException {
    TypeModel m = trained().withProposeAt(0.7);
    StringWriter w = new StringWriter();
    m.write(w);
    TypeModel back = TypeModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "m");
    assertThat(back.embedder()).isEqualTo("test-embedder");
    assertThat(back.labels()).isEqualTo(LABELS);
    assertThat(back.proposeAt()).isEqualTo(0.7);
    float[] x = {0.3f, 0.4f, 0.5f};
    assertThat(back.probabilities(x)[2]).isCloseTo(m.probabilities(x)[2], org.assertj.core.data.Offset.offset(1e-4));
    assertThatThrownBy(() -> m.probabilities(new float[2])).hasMessageContaining("vector of 3");
  }

  @Test
  void refusesUnknownLabelsAndShortRows() {
    String unknown = "embedder e\ndimension 2\nBOMBING 0 1 2\n";
    assertThatThrownBy(() -> TypeModel.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "bad.model"))
        .hasMessageContaining("bad.model:3");
    String shortRow = "embedder e\ndimension 2\nASSAULT 0 1\n";
    assertThatThrownBy(() -> TypeModel.read(new ByteArrayInputStream(shortRow.getBytes(StandardCharsets.UTF_8)), "s.model"))
        .hasMessageContaining("s.model:3");
    assertThatThrownBy(() -> TypeModel.read(new ByteArrayInputStream("dimension 2\n".getBytes(StandardCharsets.UTF_8)), "e.model"))
        .hasMessageContaining("no embedder");
  }
}
