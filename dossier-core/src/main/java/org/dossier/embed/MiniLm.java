package org.dossier.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (Apache-2.0; 384 dimensions; quantized ONNX shipped in a Maven jar and run offline by ONNX
 * Runtime). Loaded once per JVM on first use (about a second, 25 MB of heap).
 *
 * <p>The ONNX session is made here rather than by langchain4j so that each call runs on the calling thread
 * alone (one intra-op and one inter-op thread): ONNX Runtime's default pool takes every core for each call,
 * and with the pipeline's analysis threads calling at once the cores were oversubscribed (extraction on two
 * threads ran at half the speed of the rules alone). The tokenizer, pooling and so the vectors are langchain4j's.
 */
public final class MiniLm implements Embedder {
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static volatile MiniLm shared;

  private final Model model;

  private MiniLm() {
    this.model = new Model(encoder());
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

  private static OnnxBertBiEncoder encoder() {
    ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream onnx = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
      if (onnx == null || tokenizer == null) {
        throw new IllegalStateException("the MiniLM model is not on the class path (" + MODEL + ")");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(onnx.readAllBytes(), options);
      return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MiniLM model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
    }
  }

  /** langchain4j's in-process model over our session, embedding on the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
