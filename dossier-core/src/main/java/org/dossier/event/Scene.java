package org.dossier.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.actor.ActorDictionary;
import org.dossier.actor.Mentions;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.TimeTagger;
import org.dossier.nlp.Token;

/**
 * What the sieves know about one article: its text and analysis, its entities and statements, the country it
 * is mostly about, and per-sentence views made once on demand. One per article and thread; not shared.
 */
public final class Scene {
  private final Article article;
  private final Analysis analysis;
  private final List<Entity> entities;
  private final List<Statement> statements;
  private final Mentions mentions;
  private final ActorDictionary dict;
  private final TimeTagger time;
  private final String home;
  private final Map<Integer, Clause> clauses = new HashMap<>();
  private final Map<Integer, List<TimeTagger.TimeValue>> times = new HashMap<>();

  public Scene(Article article, Analysis analysis, List<Entity> entities, List<Statement> statements,
               ActorDictionary dict, TimeTagger time) {
    this.article = article;
    this.analysis = analysis;
    this.entities = List.copyOf(entities);
    this.statements = List.copyOf(statements);
    this.mentions = new Mentions(entities);
    this.dict = dict;
    this.time = time;
    this.home = homeCountry(entities);
  }

  public Article article() {
    return article;
  }

  public Analysis analysis() {
    return analysis;
  }

  public List<Entity> entities() {
    return entities;
  }

  public List<Statement> statements() {
    return statements;
  }

  public Mentions mentions() {
    return mentions;
  }

  public ActorDictionary dictionary() {
    return dict;
  }

  /** The country the article is most about: the most mentioned country among places and countries, or null. */
  public String home() {
    return home;
  }

  /** The argument reader of sentence {@code s}. */
  Clause clause(Sentence s) {
    return clauses.computeIfAbsent(s.index(), i -> new Clause(s, mentions, dict, home));
  }

  /** The time expressions of sentence {@code s}, tagged once and only for sentences that may hold one. */
  List<TimeTagger.TimeValue> times(Sentence s) {
    return times.computeIfAbsent(s.index(), i -> mayHoldTime(s)
        ? time.tag(article.text().substring(s.start(), s.end()), article.published()) : List.of());
  }

  /** The actors named in sentence {@code s} (entities other than mere places), in text order, each once. */
  public List<Entity> actorsIn(Sentence s) {
    List<Entity> out = new java.util.ArrayList<>();
    for (Token t : s.tokens()) {
      Entity e = mentions.at(s, t.index());
      if (e != null && !e.type().equals("LOCATION") && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of sentence {@code s}. */
  String text(Sentence s) {
    return article.text().substring(s.start(), s.end());
  }

  private static boolean mayHoldTime(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.pos().equals("CD") || Periods.isCalendarWord(t.text())) {
        return true;
      }
    }
    return false;
  }

  private static String homeCountry(List<Entity> entities) {
    Map<String, Integer> weight = new HashMap<>();
    for (Entity e : entities) {
      if (e.country() != null && (e.type().equals("COUNTRY") || e.type().equals("LOCATION"))) {
        weight.merge(e.country(), e.mentions().size(), Integer::sum);
      }
    }
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
