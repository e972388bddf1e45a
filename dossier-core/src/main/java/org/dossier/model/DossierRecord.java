package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Schema v1: one article with everything extracted from it. Field names are a contract with tools and scorers.
 * {@code notes} say what of the article was not analysed and why (an over-long sentence cut, the end of an
 * over-long article); empty for a complete analysis.
 */
public record DossierRecord(
    String id,
    String title,
    LocalDate published,
    String outlet,
    String dateline,
    String language,
    Source source,
    String text,
    List<Entity> entities,
    List<Statement> statements,
    List<Event> events,
    List<String> notes) {

  public static final int SCHEMA_VERSION = 1;

  public DossierRecord {
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    events = List.copyOf(events);
    notes = notes == null ? List.of() : List.copyOf(notes); // records written before notes existed have none
  }

  /** A record of a complete analysis (no notes). */
  public DossierRecord(String id, String title, LocalDate published, String outlet, String dateline, String language,
                       Source source, String text, List<Entity> entities, List<Statement> statements,
                       List<Event> events) {
    this(id, title, published, outlet, dateline, language, source, text, entities, statements, events, List.of());
  }

  public static DossierRecord of(Article a, List<Entity> entities, List<Statement> statements, List<Event> events) {
    return of(a, entities, statements, events, List.of());
  }

  public static DossierRecord of(Article a, List<Entity> entities, List<Statement> statements, List<Event> events,
                                 List<String> notes) {
    return new DossierRecord(a.id(), a.title(), a.published(), a.outlet(), a.dateline(), a.language(),
        a.source(), a.text(), entities, statements, events, notes);
  }
}
