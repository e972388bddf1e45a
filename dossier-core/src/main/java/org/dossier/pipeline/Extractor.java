package org.dossier.pipeline;

import java.util.List;
import org.dossier.actor.Resolver;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.ParsePolicy;
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

  public Extractor(Analyzer analyzer, ParsePolicy policy, Resolver resolver, Statements statements) {
    this.analyzer = analyzer;
    this.policy = policy;
    this.resolver = resolver;
    this.statements = statements;
  }

  public DossierRecord extract(Article article) {
    Analysis analysis = analyzer.analyze(article, policy);
    List<Entity> entities = resolver.resolve(article, analysis);
    return DossierRecord.of(article, entities, statements.extract(article, analysis, entities), List.of());
  }

  /** The analysis alone, for benchmarks. */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article, policy);
  }

  public Analyzer analyzer() {
    return analyzer;
  }
}
