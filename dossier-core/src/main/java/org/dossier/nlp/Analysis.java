package org.dossier.nlp;

import java.util.List;

/**
 * The linguistic analysis of one article: its sentences in text order, and notes on what the
 * {@link AnalysisLimits} left out (a cut sentence, the end of an over-long article), which go into the record.
 */
public record Analysis(List<Sentence> sentences, List<String> notes) {
  public Analysis {
    sentences = List.copyOf(sentences);
    notes = List.copyOf(notes);
  }

  /** A complete analysis, without notes. */
  public Analysis(List<Sentence> sentences) {
    this(sentences, List.of());
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  public int parsedCount() {
    return (int) sentences.stream().filter(Sentence::parsed).count();
  }
}
