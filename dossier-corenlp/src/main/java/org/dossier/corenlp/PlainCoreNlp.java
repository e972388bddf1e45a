package org.dossier.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;

/**
 * A plain CoreNLP pipeline with the same annotators as {@link CoreNlpAnalyzer}, parsing every sentence of the
 * raw text: the baseline {@code dossier bench} compares against. Thread-safe.
 */
public final class PlainCoreNlp {
  private final StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpOptions.plain());

  /** Annotates the text and returns its token count. */
  public int annotate(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
