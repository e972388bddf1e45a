package org.dossier.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (Apache-2.0; 384 dimensions; quantized ONNX shipped in a Maven jar and run offline by ONNX
 * Runtime). Loaded once per JVM on first use (about a second, 25 MB of heap). Each call runs on the calling
 * thread, so the pipeline's analysis threads are the only parallelism.
 */
public final class MiniLm implements Embedder {
  private static volatile MiniLm shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private MiniLm() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
  }

  /** The JVM's one instance. */
  public static MiniLm get() {
    MiniLm m = shared;
    if (m == null) {
      synchronized (MiniLm.class) {
        if (shared == null) {
          shared = new MiniLm();
        }
        m = shared;
      }
    }
    return m;
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q";
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    texts.forEach(t -> segments.add(TextSegment.from(t.isBlank() ? "." : t)));
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : model.embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }
}
