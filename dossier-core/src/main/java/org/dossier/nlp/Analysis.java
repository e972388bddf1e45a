package org.dossier.nlp;

import java.util.List;

/** The linguistic analysis of one article: its sentences in text order. */
public record Analysis(List<Sentence> sentences) {
  public Analysis {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  public int parsedCount() {
    return (int) sentences.stream().filter(Sentence::parsed).count();
  }
}
