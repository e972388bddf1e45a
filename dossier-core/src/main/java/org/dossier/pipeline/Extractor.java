package org.dossier.pipeline;

import java.util.List;
import org.dossier.actor.Resolver;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.ParsePolicy;
import org.dossier.event.Events;
import org.dossier.model.Statement;
import org.dossier.statement.Statements;

/**
 * Runs the stages on one normalised article: analyse, resolve actors (then statements and events) and
 * assemble the schema-v1 record. Thread-safe when its stages are, which they are.
 */
public final class Extractor {
  private final Analyzer analyzer;
  private final ParsePolicy policy;
  private final Resolver resolver;
  private final Statements statements;
  private final Events events;

  public Extractor(Analyzer analyzer, ParsePolicy policy, Resolver resolver, Statements statements, Events events) {
    this.analyzer = analyzer;
    this.policy = policy;
    this.resolver = resolver;
    this.statements = statements;
    this.events = events;
  }

  public DossierRecord extract(Article article) {
    Analysis analysis = analyzer.analyze(article, policy);
    List<Entity> entities = resolver.resolve(article, analysis);
    List<Statement> said = statements.extract(article, analysis, entities);
    return DossierRecord.of(article, entities, said, events.extract(article, analysis, entities, said));
  }

  /** The analysis alone, for benchmarks. */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article, policy);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public Resolver resolver() {
    return resolver;
  }

  public Statements statements() {
    return statements;
  }

  public Events events() {
    return events;
  }
}
