package org.dossier.statement;

import org.dossier.nlp.Deadline;
import org.dossier.text.Spans;
import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.dossier.text.Quotes;

/**
 * The statement stage: runs the sieves in order (reported speech on the parse, direct quotes, unmarked speech
 * paragraphs), each recording its rule, then marks mixed quotes and nests statements reported inside others
 * ({@code via}). Thread-safe: holds only immutable lexicons.
 */
public final class Statements {
  private final Cues cues;
  private final ActorDictionary dict;

  public Statements(Cues cues, ActorDictionary dict) {
    this.cues = cues;
    this.dict = dict;
  }

  public List<Statement> extract(Article article, Analysis analysis, List<Entity> entities) {
    String text = article.text();
    Speakers speakers = new Speakers(text, entities, dict, article.published());
    List<Span> quotes = quotes(article);
    ReportedSpeech reported = new ReportedSpeech(text, cues, speakers);
    List<Attribution> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      Deadline.check();
      for (Attribution a : reported.find(s)) {
        if (found.stream().noneMatch(b -> overlapsMostly(a.content(), b.content()))) {
          found.add(a);
        }
      }
    }
    found.sort((x, y) -> x.content().compareTo(y.content()));
    new QuotedSpeech(article, analysis, cues, speakers, quotes).apply(found);
    new UnmarkedSpeech(article, analysis, cues, speakers).apply(found);
    new SpeakerTurns(article, analysis, speakers).apply(found);
    return assemble(text, new PronounSpeakers(entities).apply(found), quotes);
  }

  private static List<Statement> assemble(String text, List<Attribution> found, List<Span> quotes) {
    List<Statement> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Deadline.check();
      Attribution a = found.get(i);
      String kind = a.kind();
      if (kind.equals(Attribution.INDIRECT) && Spans.holdsQuote(text, a.content(), quotes)) {
        kind = Attribution.MIXED;
      }
      String via = null;
      int viaLength = Integer.MAX_VALUE;
      for (int j = 0; j < found.size(); j++) {
        Attribution b = found.get(j);
        if (j != i && b.contains(a.content()) && b.content().length() > a.content().length()
            && b.content().length() < viaLength && !b.speaker().equals(a.speaker())) {
          via = "s" + (j + 1);
          viaLength = b.content().length();
        }
      }
      out.add(new Statement("s" + (i + 1), a.speaker(), a.cue(), kind, via, a.content(), a.rule()));
    }
    return out;
  }

  private static boolean overlapsMostly(Span a, Span b) {
    int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    return overlap * 2 > Math.min(a.length(), b.length());
  }

  /**
   * Quotations in sentence-bearing blocks, plus paragraphs that continue a quotation left open by the
   * previous paragraph without opening it again, up to their closing mark.
   */
  private static List<Span> quotes(Article article) {
    String text = article.text();
    List<Span> all = Quotes.quoted(text);
    List<Span> out = new ArrayList<>();
    Block previous = null;
    for (Block b : article.blocks()) {
      if (!b.hasSentences()) {
        previous = null;
        continue;
      }
      for (Span q : all) {
        if (b.start() <= q.start() && q.end() <= b.end()) {
          out.add(q);
        }
      }
      if (previous != null && leftOpen(text, previous, all) && !Quotes.isQuote(text.charAt(b.start()))) {
        int close = orphanClose(text, b, all);
        if (close > b.start()) {
          out.add(new Span(b.start(), close, text.substring(b.start(), close)));
        }
      }
      previous = b;
    }
    out.sort(null);
    return out;
  }

  /** Whether a quotation runs to the end of the block without a closing mark. */
  private static boolean leftOpen(String text, Block b, List<Span> quotes) {
    int end = b.end();
    while (end > b.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (Span q : quotes) {
      if (q.end() == end && q.start() >= b.start() && !Quotes.isQuote(text.charAt(end - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The first double closing mark of the block that closes no quotation opened inside it, or -1. */
  private static int orphanClose(String text, Block b, List<Span> quotes) {
    for (int i = b.start(); i < b.end(); i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '”' && c != '»') {
        continue;
      }
      final int at = i;
      boolean pairs = quotes.stream().anyMatch(q -> q.start() == at + 1 || q.end() == at);
      boolean insideEarlier = quotes.stream().anyMatch(q -> q.start() < at && at < q.end());
      if (!pairs && !insideEarlier) {
        return i;
      }
      if (pairs) {
        return -1;
      }
    }
    return -1;
  }
}
