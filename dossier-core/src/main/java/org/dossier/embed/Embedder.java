package org.dossier.embed;

import java.util.List;

/** Turns sentences into fixed-size vectors whose nearness follows meaning. Implementations are thread-safe. */
public interface Embedder {
  /** A name that a model trained on these vectors records, so it is never used with another embedder. */
  String name();

  int dimension();

  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);
}
