package org.dossier.corenlp;

import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.PipelineSpec;

/** The standard pipeline on the CoreNLP adapter (see {@link Pipeline}, which assembles every pipeline). */
public final class CoreNlpPipeline {
  private CoreNlpPipeline() {}

  /** Built-in dictionaries and lexicons, parsing only sentences that can hold a record. */
  public static Extractor standard() {
    return Pipeline.build(PipelineSpec.standard(), new CoreNlpBackend());
  }
}
