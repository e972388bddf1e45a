package org.dossier.statement;

import org.dossier.nlp.Deadline;
import org.dossier.text.Spans;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * The direct-quote sieve: a quotation attributed by a cue in its sentence ("…," he said; X said: "…"), a
 * headline quote ("Under no circumstances": Lavrov opposes …), or a quote that continues the previous
 * statement. Quotes inside reported speech make it mixed instead. One instance per article.
 */
final class QuotedSpeech {
  /** A quote this short without a cue is a scare quote or a title, not a statement. */
  private static final int MIN_WORDS_WITHOUT_CUE = 4;

  private final Article article;
  private final Analysis analysis;
  private final Cues cues;
  private final Speakers speakers;
  private final List<Span> quotes;

  QuotedSpeech(Article article, Analysis analysis, Cues cues, Speakers speakers, List<Span> quotes) {
    this.article = article;
    this.analysis = analysis;
    this.cues = cues;
    this.speakers = speakers;
    this.quotes = quotes;
  }

  /** Adds the quotes' statements to {@code found}, or marks the reported speech that holds them. */
  void apply(List<Attribution> found) {
    for (Span q : quotes) {
      Deadline.check();
      if (nested(q)) {
        continue;
      }
      int holder = holding(found, q);
      if (holder >= 0) {
        Attribution a = found.get(holder);
        boolean whole = a.content().length() - q.length() <= 2;
        found.set(holder, a.withKind(whole ? Attribution.DIRECT : Attribution.MIXED));
        continue;
      }
      Span content = Spans.trim(article.text(), q.start(), q.end());
      if (content == null) {
        continue;
      }
      if (isName(content)) {
        continue;
      }
      Attribution a = cued(q, content).or(() -> headline(q, content)).orElse(null);
      if (a == null && words(content) >= MIN_WORDS_WITHOUT_CUE) {
        a = continuation(found, content).orElse(null);
      }
      if (a != null) {
        Attribution quote = a;
        // reported speech that the quotation wholly holds is the same statement, said verbatim
        found.removeIf(b -> quote.contains(b.content()) && b.speaker().equals(quote.speaker()));
        found.add(a);
        found.sort((x, y) -> x.content().compareTo(y.content()));
      }
    }
  }

  /**
   * A quoted name or title ("The Internet Explorer 6 Countdown", "Robogee"): every word capitalised and no
   * verb, so not speech.
   */
  private boolean isName(Span content) {
    Sentence s = sentenceAt(content.start());
    boolean verb = false;
    boolean allCapitalised = true;
    if (s != null) {
      for (Token t : s.tokens()) {
        if (t.start() >= content.start() && t.end() <= content.end()) {
          verb |= t.isVerb() || t.pos().equals("MD");
          allCapitalised &= !Character.isLetter(t.text().charAt(0)) || t.isCapitalised()
              || Set.of("of", "the", "a", "and", "for", "in", "on", "to", "vs").contains(t.text());
        }
      }
    }
    return !verb && (allCapitalised || words(content) < 3);
  }

  private boolean nested(Span q) {
    for (Span other : quotes) {
      if (other != q && other.start() <= q.start() && q.end() <= other.end() && other.length() > q.length()) {
        return true;
      }
    }
    return false;
  }

  private static int holding(List<Attribution> found, Span q) {
    for (int i = 0; i < found.size(); i++) {
      Span c = found.get(i).content();
      int overlap = Math.min(c.end(), q.end()) - Math.max(c.start(), q.start());
      if (overlap * 2 > q.length() && c.length() + 2 >= q.length()) {
        return i;
      }
    }
    return -1;
  }

  /** A cue verb in the quote's sentence, outside any quote: first after the quote, else last before it. */
  private Optional<Attribution> cued(Span q, Span content) {
    Sentence last = sentenceAt(q.end() - 1);
    Sentence first = sentenceAt(q.start());
    Optional<Attribution> after = last == null ? Optional.empty() : cueIn(last, q.end(), Integer.MAX_VALUE, content);
    if (after.isPresent()) {
      return after;
    }
    if (first == null) {
      return Optional.empty();
    }
    Optional<Attribution> before = cueIn(first, -1, q.start(), content);
    if (before.isPresent() || first.start() < q.start() - 1) {
      return before;
    }
    // the quote opens a sentence: a cue sentence just before it in its paragraph ("X issued a statement.")
    Sentence previous = sentenceAt(first.start() - 2);
    if (previous == null || blockIndex(previous.start()) != blockIndex(first.start())) {
      return Optional.empty();
    }
    return cueIn(previous, -1, q.start(), content).map(a -> new Attribution(a.speaker(), a.cue(), a.cueStart(),
        a.kind(), a.content(), "quote:previous-cue"));
  }

  private Optional<Attribution> cueIn(Sentence s, int from, int to, Span content) {
    Attribution best = null;
    for (Token t : s.tokens()) {
      if (t.start() < from || t.end() > to || inQuote(t.start()) || !isCue(s, t)) {
        continue;
      }
      Party speaker = speakerOf(s, t);
      if (speaker != null) {
        best = new Attribution(speaker, t.lemma(), t.start(), Attribution.DIRECT, content, "quote:cue");
        if (from >= 0) {
          break; // the first cue after the quote is its own
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A speech verb, or a verb whose object is a speech noun ("issued a statement"). */
  private boolean isCue(Sentence s, Token t) {
    if (!t.isVerb()) {
      return false;
    }
    return cues.isCue(t.lemma()) || s.child(t.index(), "obj")
        .map(o -> Cues.NOUNS.contains(s.token(o).lemma())).orElse(false);
  }

  /** The cue's subject, or (unparsed or inverted) the nearest named entity beside the cue. */
  private Party speakerOf(Sentence s, Token cue) {
    Optional<Integer> subject = activeSubject(s, cue.index());
    if (subject.isEmpty() && cue.pos().equals("VBG")) {
      // "X issued a statement at his club outside Washington, saying ...": the participle's speaker is X
      subject = s.head(cue.index()).filter(d -> d.base().equals("advcl") || d.base().equals("xcomp"))
          .flatMap(d -> activeSubject(s, d.governor()));
    }
    if (subject.isPresent()) {
      return speakers.of(s, subject.get());
    }
    for (int k = 1; k <= 4; k++) {
      for (int i : new int[] {cue.index() + k, cue.index() - k}) {
        if (i >= 0 && i < s.tokens().size() && !inQuote(s.token(i).start())) {
          Party p = speakers.speakingAt(s.token(i).start(), s.token(i).end());
          if (p != null) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private static Optional<Integer> activeSubject(Sentence s, int verb) {
    return s.children(verb).stream().filter(d -> d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
  }

  /** A headline quote before a colon is said by the person the headline names. */
  private Optional<Attribution> headline(Span q, Span content) {
    Block title = article.blocks().stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst().orElse(null);
    if (title == null || q.start() < title.start() || q.end() > title.end()) {
      return Optional.empty();
    }
    String rest = article.text().substring(q.end(), title.end()).replaceFirst("^[\"”»’'\\s]*", "");
    if (!rest.startsWith(":")) {
      return Optional.empty();
    }
    Sentence s = sentenceAt(q.end() + rest.length() > title.end() ? q.start() : title.end() - 1);
    if (s == null) {
      return Optional.empty();
    }
    for (Token t : s.tokens()) {
      if (t.start() > q.end() && t.ner().equals("PERSON")) {
        Party p = speakers.at(t.start(), t.end());
        if (p != null) {
          return Optional.of(new Attribution(p, null, -1, Attribution.DIRECT, content, "quote:headline"));
        }
      }
    }
    return Optional.empty();
  }

  /** A quote with no cue of its own that follows a statement in the same or the previous paragraph. */
  private Optional<Attribution> continuation(List<Attribution> found, Span content) {
    Attribution previous = null;
    for (Attribution a : found) {
      if (a.content().end() <= content.start()) {
        previous = a;
      }
    }
    if (previous == null) {
      return Optional.empty();
    }
    int here = blockIndex(content.start());
    int there = blockIndex(previous.content().end() - 1);
    if (here - there > 1 || here < 0 || there < 0) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(previous.speaker(), null, -1, Attribution.DIRECT, content,
        "quote:continuation"));
  }

  private int blockIndex(int offset) {
    List<Block> blocks = article.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).start() <= offset && offset < blocks.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private boolean inQuote(int offset) {
    for (Span q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return true;
      }
    }
    return false;
  }

  private Sentence sentenceAt(int offset) {
    for (Sentence s : analysis.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static int words(Span s) {
    return s.text().trim().split("\\s+").length;
  }
}
