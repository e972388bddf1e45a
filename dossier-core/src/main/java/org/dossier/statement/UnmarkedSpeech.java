package org.dossier.statement;

import org.dossier.text.Spans;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Span;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.text.Quotes;

/**
 * Unmarked direct speech: a paragraph that ends with a cue sentence without content ("Lavrov answered with a
 * clear refusal.", "He said:") is followed by a paragraph of what was said, with no quotation marks.
 */
final class UnmarkedSpeech {
  private final Article article;
  private final Analysis analysis;
  private final Cues cues;
  private final Speakers speakers;

  UnmarkedSpeech(Article article, Analysis analysis, Cues cues, Speakers speakers) {
    this.article = article;
    this.analysis = analysis;
    this.cues = cues;
    this.speakers = speakers;
  }

  void apply(List<Attribution> found) {
    List<Block> blocks = article.blocks();
    for (int i = 0; i + 1 < blocks.size(); i++) {
      Block cueBlock = blocks.get(i);
      Block next = blocks.get(i + 1);
      if (cueBlock.kind() != Block.Kind.PARAGRAPH || next.kind() != Block.Kind.PARAGRAPH
          || Quotes.isQuote(article.text().charAt(next.start()))) {
        continue;
      }
      Sentence last = lastSentence(cueBlock);
      if (last == null || !last.parsed()) {
        continue;
      }
      boolean colon = article.text().substring(cueBlock.start(), cueBlock.end()).strip().endsWith(":");
      for (Token t : last.tokens()) {
        if (!t.isVerb() || !cues.isCue(t.lemma()) || !(colon || cues.opensParagraph(t.lemma())) || used(found, t)) {
          continue;
        }
        Integer subject = last.children(t.index()).stream().filter(d -> d.relation().equals("nsubj"))
            .map(Dependency::dependent).findFirst().orElse(null);
        if (subject == null || !colon && hasContent(last, t)) {
          continue;
        }
        Span content = Spans.trim(article.text(), next.start(), next.end());
        if (content != null) {
          found.add(new Attribution(speakers.of(last, subject), t.lemma(), t.start(), Attribution.DIRECT, content,
              "unmarked:cue-paragraph"));
          found.sort((x, y) -> x.content().compareTo(y.content()));
        }
        break;
      }
    }
  }

  /** A cue that already has a clause or object says its content itself. */
  private static boolean hasContent(Sentence s, Token cue) {
    return s.children(cue.index()).stream().anyMatch(d -> d.base().equals("ccomp") || d.relation().equals("obj"));
  }

  private static boolean used(List<Attribution> found, Token t) {
    return found.stream().anyMatch(a -> a.cueStart() == t.start());
  }

  private Sentence lastSentence(Block b) {
    Sentence last = null;
    for (Sentence s : analysis.sentences()) {
      if (s.start() >= b.start() && s.end() <= b.end()) {
        last = s;
      }
    }
    return last;
  }
}
