package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/** Schema v1: one article with everything extracted from it. Field names are a contract with tools and scorers. */
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
    List<Event> events) {

  public static final int SCHEMA_VERSION = 1;

  public DossierRecord {
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    events = List.copyOf(events);
  }

  public static DossierRecord of(Article a, List<Entity> entities, List<Statement> statements, List<Event> events) {
    return new DossierRecord(a.id(), a.title(), a.published(), a.outlet(), a.dateline(), a.language(),
        a.source(), a.text(), entities, statements, events);
  }
}
