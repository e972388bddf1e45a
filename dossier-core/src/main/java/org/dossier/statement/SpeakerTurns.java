package org.dossier.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.dossier.text.Spans;

/**
 * Transcripts and interviews: a speaker-turn label ("President of Russia Vladimir Putin: …", "MR. PRICE: …",
 * "Q: …") opens direct speech of that speaker, which runs to the next label, a "* * *" break or the end of the
 * block. Scraped transcripts lose their paragraph breaks, so a turn is cut at sentence ends into pieces of about
 * a paragraph ({@link #PIECE} characters), one statement each.
 */
final class SpeakerTurns {
  /** Longest piece of a turn, in characters, before the next sentence starts a new one; measured on tune. */
  static final int PIECE = 300;

  /**
   * A label: up to fifteen capitalised words (a name and title are sometimes printed twice, "President of
   * Kazakhstan Kassym-Jomart Tokayev Tokayev Kassym-JomartPresident of the Republic of Kazakhstan") (with "of", "the", "and" between) right after a sentence end, a break or
   * the block start, then a colon.
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?:^|(?<=[.!?…\"”’)\\]*]\\s{0,3}))((?:[A-Z][\\p{L}'’.\\-]*)(?:\\s+(?:[A-Z][\\p{L}'’.\\-]*|of|the|and|de|von|bin)){0,14}):\\s");
  private static final Pattern BREAK = Pattern.compile("\\*\\s?\\*\\s?\\*");
  /** Labels of questions and answers that name no one. */
  private static final Set<String> ROLES = Set.of("Q", "A", "Question", "Answer", "Interviewer", "Moderator");
  private static final Pattern HONORIFIC = Pattern.compile("(?:MR|MS|MRS|DR)\\.?\\s+[A-Z][A-Z'\\-]+(?:\\s+[A-Z][A-Z'\\-]+)?");

  private final Article article;
  private final Analysis analysis;
  private final Speakers speakers;

  SpeakerTurns(Article article, Analysis analysis, Speakers speakers) {
    this.article = article;
    this.analysis = analysis;
    this.speakers = speakers;
  }

  /** Adds the turns' statements; statements already found inside a turn are kept (they nest in it). */
  void apply(List<Attribution> found) {
    String text = article.text();
    for (Block b : article.blocks()) {
      if (b.kind() != Block.Kind.PARAGRAPH) {
        continue;
      }
      List<int[]> turns = new ArrayList<>(); // label start, label end (after the colon), speaker index
      List<Party> parties = new ArrayList<>();
      Matcher m = LABEL.matcher(text).region(b.start(), b.end());
      m.useTransparentBounds(true).useAnchoringBounds(true);
      while (m.find()) {
        Party p = speaker(m.start(1), m.end(1), m.group(1));
        if (p != null) {
          turns.add(new int[] {m.start(1), m.end()});
          parties.add(p);
        }
      }
      for (int i = 0; i < turns.size(); i++) {
        int end = i + 1 < turns.size() ? turns.get(i + 1)[0] : b.end();
        Matcher br = BREAK.matcher(text).region(turns.get(i)[1], end);
        if (br.find()) {
          end = br.start();
        }
        for (Span piece : pieces(turns.get(i)[1], end)) {
          if (found.stream().noneMatch(a -> a.kind().equals(Attribution.DIRECT) && a.contains(piece))) {
            found.add(new Attribution(parties.get(i), null, -1, Attribution.DIRECT, piece, "turn:label"));
          }
        }
      }
    }
    found.sort((x, y) -> x.content().compareTo(y.content()));
  }

  /**
   * The speaker a label names: a person mentioned in it ("President of Russia Vladimir Putin"), a question or
   * answer role, or a name in capitals after an honorific ("MR. PRICE"). A place ("GAZA:") is a dateline or a
   * heading, not a speaker.
   */
  private Party speaker(int start, int end, String label) {
    Party p = speakers.personWithin(start, end);
    if (p != null) {
      return p;
    }
    if (ROLES.contains(label) || HONORIFIC.matcher(label).matches()) {
      return new Party(label, null, null);
    }
    return null;
  }

  /** The turn cut at sentence ends into pieces of at most {@link #PIECE} characters (a longer sentence alone). */
  private List<Span> pieces(int from, int to) {
    String text = article.text();
    List<Span> out = new ArrayList<>();
    int start = from;
    int last = from;
    for (Sentence s : analysis.sentences()) {
      if (s.end() <= from || s.end() > to) {
        continue;
      }
      if (s.end() - start > PIECE && last > start) {
        add(out, text, start, last);
        start = last;
      }
      last = s.end();
    }
    add(out, text, start, to);
    return out;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    Span s = Spans.trim(text, start, end);
    if (s != null && s.length() > 1) {
      out.add(s);
    }
  }
}
