package org.dossier.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A linear event-type model over sentence embeddings: multinomial logistic regression giving, for a sentence,
 * the probability of each PLOVER type and of NONE (no event). Trained by {@link #train}; saved as a small text
 * file naming the embedder it was trained on. Immutable, thread-safe.
 */
public final class TypeModel {
  public static final String NONE = "NONE";
  private static final String RESOURCE = "event-types.model.gz";
  private static volatile TypeModel builtIn;

  private final String embedder;
  private final List<String> labels;
  /** weights[label][0] is the bias, then one weight per dimension. */
  private final double[][] weights;
  private final double proposeAt;

  private TypeModel(String embedder, List<String> labels, double[][] weights, double proposeAt) {
    this.embedder = embedder;
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.proposeAt = proposeAt;
  }

  /** The least probability of a type at which the model proposes an event the rules missed. */
  public double proposeAt() {
    return proposeAt;
  }

  public TypeModel withProposeAt(double p) {
    return new TypeModel(embedder, labels, weights, p);
  }

  /**
   * One training example: an embedding, how much each label holds for it (summing to 1), and how much it counts
   * against the others (1 for a gold sentence; less for a phrase of a dictionary, which is no news sentence).
   */
  public record Example(float[] x, double[] target, double weight) {
    public Example {
      if (!(weight > 0)) {
        throw new IllegalArgumentException("an example's weight must be positive, was " + weight);
      }
    }

    public Example(float[] x, double[] target) {
      this(x, target, 1);
    }
  }

  /** The model shipped in the jar, or null when none is. */
  public static TypeModel builtIn() {
    TypeModel m = builtIn;
    if (m == null) {
      synchronized (TypeModel.class) {
        if (builtIn == null) {
          InputStream in = TypeModel.class.getResourceAsStream(RESOURCE);
          if (in == null) {
            return null;
          }
          try (InputStream gz = new GZIPInputStream(in)) {
            builtIn = read(gz, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
        }
        m = builtIn;
      }
    }
    return m;
  }

  public String embedder() {
    return embedder;
  }

  public List<String> labels() {
    return labels;
  }

  public int dimension() {
    return weights[0].length - 1;
  }

  /** The probability of each label, in the order of {@link #labels()}. */
  public double[] probabilities(float[] x) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException("expected a vector of " + dimension() + ", got " + x.length);
    }
    double[] z = new double[labels.size()];
    for (int k = 0; k < z.length; k++) {
      double[] w = weights[k];
      double s = w[0];
      for (int i = 0; i < x.length; i++) {
        s += w[i + 1] * x[i];
      }
      z[k] = s;
    }
    return softmax(z);
  }

  public double probability(float[] x, String label) {
    int k = labels.indexOf(label);
    return k < 0 ? 0 : probabilities(x)[k];
  }

  /**
   * Fits the model by full-batch gradient descent with Adam and an L2 penalty {@code l2}; deterministic for the
   * same examples.
   */
  public static TypeModel train(String embedder, List<String> labels, List<Example> examples, double l2, int epochs) {
    int dim = examples.get(0).x().length;
    int kN = labels.size();
    double[][] w = new double[kN][dim + 1];
    double[][] m = new double[kN][dim + 1];
    double[][] v = new double[kN][dim + 1];
    double rate = 0.05;
    double b1 = 0.9;
    double b2 = 0.999;
    TypeModel model = new TypeModel(embedder, labels, w, 0.5);
    double total = examples.stream().mapToDouble(Example::weight).sum();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      double[][] grad = new double[kN][dim + 1];
      for (Example e : examples) {
        double[] p = model.probabilities(e.x());
        for (int k = 0; k < kN; k++) {
          double d = e.weight() * (p[k] - e.target()[k]);
          grad[k][0] += d;
          for (int i = 0; i < dim; i++) {
            grad[k][i + 1] += d * e.x()[i];
          }
        }
      }
      for (int k = 0; k < kN; k++) {
        for (int i = 0; i <= dim; i++) {
          double g = grad[k][i] / total + (i == 0 ? 0 : l2 * w[k][i]);
          m[k][i] = b1 * m[k][i] + (1 - b1) * g;
          v[k][i] = b2 * v[k][i] + (1 - b2) * g * g;
          double mh = m[k][i] / (1 - Math.pow(b1, epoch));
          double vh = v[k][i] / (1 - Math.pow(b2, epoch));
          w[k][i] -= rate * mh / (Math.sqrt(vh) + 1e-8);
        }
      }
    }
    return model;
  }

  public void write(Writer out) throws IOException {
    out.write("# Dossier event-type model: multinomial logistic regression over sentence embeddings.\n");
    out.write("# Made by `dossier train-types` (see README); one line per label: bias, then weights.\n");
    out.write("embedder " + embedder + "\n");
    out.write("dimension " + dimension() + "\n");
    out.write("propose " + proposeAt + "\n");
    for (int k = 0; k < labels.size(); k++) {
      StringBuilder b = new StringBuilder(labels.get(k));
      for (double x : weights[k]) {
        b.append(' ').append(String.format(Locale.ROOT, "%.5g", x));
      }
      out.write(b.append('\n').toString());
    }
  }

  public static TypeModel read(InputStream in, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String embedder = null;
    int dim = -1;
    double propose = 0.5;
    List<String> labels = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split(" ");
      if (f[0].equals("embedder")) {
        embedder = f[1];
      } else if (f[0].equals("propose")) {
        propose = Double.parseDouble(f[1]);
      } else if (f[0].equals("dimension")) {
        dim = Integer.parseInt(f[1]);
      } else {
        if (dim < 0 || f.length != dim + 2 || !(f[0].equals(NONE) || Lexicon.TYPES.contains(f[0]))) {
          throw new IllegalArgumentException(source + ":" + number + ": expected a label and " + (dim + 1)
              + " numbers after the embedder and dimension lines");
        }
        double[] w = new double[dim + 1];
        for (int i = 0; i <= dim; i++) {
          w[i] = Double.parseDouble(f[i + 1]);
        }
        labels.add(f[0]);
        rows.add(w);
      }
    }
    if (embedder == null || labels.isEmpty()) {
      throw new IllegalArgumentException(source + ": no embedder line or no labels");
    }
    return new TypeModel(embedder, labels, rows.toArray(new double[0][]), propose);
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
