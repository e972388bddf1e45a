package org.dossier.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.dossier.model.Event;
import org.dossier.model.Statement;
import org.dossier.store.Filters.Kind;

/**
 * One search or timeline result. Immutable.
 *
 * @param kind statement, event or article
 * @param score relevance (higher is better); 0 when results are in date order
 * @param article the article it comes from
 * @param statement the statement, for statement hits (null otherwise)
 * @param event the event, for event hits (null otherwise)
 * @param text the statement's content, the event's evidence clause, or the article's lead paragraph
 * @param evidence the sentence(s) holding the statement or event; for an article, its sentence that best
 *     matches the query (null without a query)
 * @param story the story id of the statement or event (null for articles and in a store without stories)
 */
@JsonIgnoreProperties(value = "date", allowGetters = true) // shown to readers, derived on the way back in
public record Hit(Kind kind, float score, ArticleRef article, Statement statement, Event event, String text,
                  String evidence, String story) {

  Hit withScore(float newScore) {
    return new Hit(kind, newScore, article, statement, event, text, evidence, story);
  }

  Hit withEvidence(String sentence) {
    return new Hit(kind, score, article, statement, event, text, sentence, story);
  }

  /** When it happened: an event's start day when known, else the publication date (null if undated). */
  @JsonProperty("date")
  public LocalDate date() {
    return event != null ? Documents.happened(event, article.published()) : article.published();
  }

  /** The statement or event id, or the article id for article hits. */
  public String id() {
    return statement != null ? statement.id() : event != null ? event.id() : article.id();
  }
}
