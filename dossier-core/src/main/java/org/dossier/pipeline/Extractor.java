package org.dossier.pipeline;

import java.util.List;
import org.dossier.actor.Resolver;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.AnalysisLimits;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.Deadline;
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
  private final AnalysisLimits limits;

  public Extractor(Analyzer analyzer, ParsePolicy policy, Resolver resolver, Statements statements, Events events) {
    this(analyzer, policy, resolver, statements, events, AnalysisLimits.DEFAULTS);
  }

  private Extractor(Analyzer analyzer, ParsePolicy policy, Resolver resolver, Statements statements, Events events,
                    AnalysisLimits limits) {
    this.analyzer = analyzer;
    this.policy = policy;
    this.resolver = resolver;
    this.statements = statements;
    this.events = events;
    this.limits = limits;
  }

  /** This extractor with other bounds on one article's work. */
  public Extractor withLimits(AnalysisLimits l) {
    return new Extractor(analyzer, policy, resolver, statements, events, l);
  }

  /**
   * The record of {@code article}, within the limits: over-long parts are left out with a note in the record.
   *
   * @throws Deadline.TimeLimitExceeded when the article's work took longer than the time limit (it is stopped)
   */
  public DossierRecord extract(Article article) {
    return Deadline.within(limits.timeLimit(), () -> {
      Analysis analysis = analyzer.analyze(article, policy, limits);
      List<Entity> entities = resolver.resolve(article, analysis);
      List<Statement> said = statements.extract(article, analysis, entities);
      List<Event> found = events.extract(article, analysis, entities, said);
      return DossierRecord.of(article, entities, said, found, analysis.notes());
    });
  }

  /** The analysis alone, for benchmarks. */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article, policy, limits);
  }

  public AnalysisLimits limits() {
    return limits;
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
