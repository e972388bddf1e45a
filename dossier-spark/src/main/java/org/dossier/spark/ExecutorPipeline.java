package org.dossier.spark;

import org.dossier.corenlp.CoreNlpPipeline;
import org.dossier.pipeline.Extractor;

/**
 * The one Dossier pipeline of this JVM: built on first use (CoreNLP's models, about 1.2 GB of heap, load in
 * 10–20 s) and then shared by every task an executor runs, on all its cores, for the executor's life. In
 * {@code local[N]} mode the driver is the executor, so {@code dossier spark} and the benchmarks share it too.
 * Thread-safe: the extractor is, and it is built once under a lock.
 */
public final class ExecutorPipeline {
  private static Extractor extractor;

  private ExecutorPipeline() {}

  /** The standard pipeline ({@link CoreNlpPipeline#standard()}), built on the first call. */
  public static synchronized Extractor extractor() {
    if (extractor == null) {
      // not in a static initialiser: a failure there would poison the class for every later task
      extractor = CoreNlpPipeline.standard();
    }
    return extractor;
  }
}
