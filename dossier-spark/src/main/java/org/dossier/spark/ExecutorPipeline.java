package org.dossier.spark;

import java.util.HashMap;
import java.util.Map;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.PipelineSpec;

/**
 * The Dossier pipeline of this JVM: built on first use (CoreNLP's models, about 1.2 GB of heap, load in
 * 10–20 s) from the job's {@link PipelineSpec} and then shared by every task an executor runs, on all its cores,
 * for the executor's life. In {@code local[N]} mode the driver is the executor, so {@code dossier spark} and the
 * benchmarks share it too. Thread-safe: the extractor is, and it is built once per spec under a lock.
 */
public final class ExecutorPipeline {
  private static final Map<PipelineSpec, Extractor> BUILT = new HashMap<>();

  private ExecutorPipeline() {}

  /** The standard pipeline, built on the first call. */
  public static Extractor extractor() {
    return extractor(PipelineSpec.standard());
  }

  /** The pipeline {@code spec} describes, built on the first call for it. */
  public static synchronized Extractor extractor(PipelineSpec spec) {
    // not in a static initialiser: a failure there would poison the class for every later task
    return BUILT.computeIfAbsent(spec, Pipeline::build);
  }
}
