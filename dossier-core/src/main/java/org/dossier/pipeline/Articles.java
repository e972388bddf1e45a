package org.dossier.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.read.BadInputException;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Readers;
import org.dossier.read.Sink;
import org.dossier.text.Normaliser;

/**
 * Reads and normalises articles into memory, for evaluation, benchmarks and tests; batches of unknown size go
 * through {@link Batch} instead. Stateless.
 */
public final class Articles {
  private Articles() {}

  /** The articles of {@code paths}; each bad item goes to {@code problems}. */
  public static List<Article> read(List<String> paths, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    Readers.read(paths, sink(out, problems));
    return out;
  }

  /** The articles of one input stream named {@code item}; each bad item goes to {@code problems}. */
  public static List<Article> read(String item, InputStream in, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    Readers.read(item, in, sink(out, problems));
    return out;
  }

  private static Sink sink(List<Article> out, Consumer<Problem> problems) {
    return new Sink() {
      @Override
      public void draft(Draft d) {
        try {
          out.add(Normaliser.normalise(d));
        } catch (BadInputException e) {
          problems.accept(e.problem());
        }
      }

      @Override
      public void problem(Problem p) {
        problems.accept(p);
      }
    };
  }
}
