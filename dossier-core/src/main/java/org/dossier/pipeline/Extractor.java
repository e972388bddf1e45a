package org.dossier.pipeline;

import java.util.List;
import org.dossier.actor.Resolver;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.ParsePolicy;

/**
 * Runs the stages on one normalised article: analyse, resolve actors (then statements and events) and
 * assemble the schema-v1 record. Thread-safe when its stages are, which they are.
 */
public final class Extractor {
  private final Analyzer analyzer;
  private final ParsePolicy policy;
  private final Resolver resolver;

  public Extractor(Analyzer analyzer, ParsePolicy policy, Resolver resolver) {
    this.analyzer = analyzer;
    this.policy = policy;
    this.resolver = resolver;
  }

  public DossierRecord extract(Article article) {
    Analysis analysis = analyzer.analyze(article, policy);
    List<Entity> entities = resolver.resolve(article, analysis);
    return DossierRecord.of(article, entities, List.of(), List.of());
  }

  /** The analysis alone, for benchmarks. */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article, policy);
  }

  public Analyzer analyzer() {
    return analyzer;
  }
}
