package org.dossier.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.AnalysisLimits;

/**
 * The sentences of an article as the tokenizer gives them part by part, within the {@link AnalysisLimits}: a
 * sentence over the sentence limit becomes pieces of that many tokens, which are tagged but never parsed, and no
 * sentence is taken once the article's token limit would be passed. Says so in its notes. Not thread-safe: one
 * per analysis.
 */
final class Tokens {
  private final AnalysisLimits limits;
  private final List<CoreMap> sentences = new ArrayList<>();
  private final Set<CoreMap> pieces = Collections.newSetFromMap(new IdentityHashMap<>());
  private int count;
  private int cut;
  private int stoppedAt = -1;

  Tokens(AnalysisLimits limits) {
    this.limits = limits;
  }

  /** Adds the sentences of a part whose text starts at {@code offset} of the article text. */
  void add(List<CoreMap> part, int offset) {
    for (CoreMap s : part) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      if (offset > 0) {
        for (CoreLabel l : labels) {
          l.setBeginPosition(l.beginPosition() + offset);
          l.setEndPosition(l.endPosition() + offset);
        }
      }
      if (count + labels.size() > limits.maxTokens()) {
        stoppedAt = labels.get(0).beginPosition();
        return;
      }
      count += labels.size();
      if (labels.size() <= limits.maxSentenceTokens()) {
        sentences.add(s);
        continue;
      }
      cut++;
      for (int from = 0; from < labels.size(); from += limits.maxSentenceTokens()) {
        CoreMap piece = piece(labels.subList(from, Math.min(labels.size(), from + limits.maxSentenceTokens())));
        sentences.add(piece);
        pieces.add(piece);
      }
    }
  }

  /** Whether the article's token limit was reached: no more parts need tokenising. */
  boolean full() {
    return stoppedAt >= 0;
  }

  List<CoreMap> sentences() {
    return sentences;
  }

  /** Whether {@code s} is a piece of a cut sentence (not to be parsed). */
  boolean isPiece(CoreMap s) {
    return pieces.contains(s);
  }

  List<String> notes() {
    List<String> out = new ArrayList<>();
    if (cut > 0) {
      out.add(String.format(Locale.ROOT, "%d %s over %d tokens cut into pieces and not parsed (--max-sentence-tokens)",
          cut, cut == 1 ? "sentence" : "sentences", limits.maxSentenceTokens()));
    }
    if (stoppedAt >= 0) {
      out.add(String.format(Locale.ROOT, "only the first %d tokens analysed (--max-tokens %d): the text from "
          + "character %d on was not analysed", count, limits.maxTokens(), stoppedAt));
    }
    return out;
  }

  private static CoreMap piece(List<CoreLabel> labels) {
    List<CoreLabel> own = new ArrayList<>(labels);
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    CoreMap piece = new ArrayCoreMap();
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, own.get(0).beginPosition());
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, own.get(own.size() - 1).endPosition());
    return piece;
  }
}
