package org.dossier.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dossier.actor.ActorCodes;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;

/**
 * The rows of one article: its events and statements flattened for tables. Immutable and thread-safe.
 *
 * @param events one row per event, in the article's order
 * @param statements one row per statement, in the article's order
 */
public record Rows(List<EventRow> events, List<StatementRow> statements) {

  /** Joins PLOVER contexts in one cell; context names never hold it. */
  public static final String CONTEXT_SEPARATOR = ";";

  public Rows {
    events = List.copyOf(events);
    statements = List.copyOf(statements);
  }

  /** Flattens a whole article. */
  public static Rows of(DossierRecord record) {
    return new Rows(
        record.events().stream().map(e -> event(record, e)).toList(),
        record.statements().stream().map(s -> statement(record, s)).toList());
  }

  static EventRow event(DossierRecord r, Event e) {
    Party source = e.source();
    Party target = e.target();
    Event.When when = e.when();
    Event.Where where = e.where();
    Event.Quantity quantity = e.quantity();
    Span evidence = e.evidence();
    return new EventRow(
        qualified(r, e.id()), r.id(), r.published(), e.type(), e.mode(),
        e.context().isEmpty() ? null : String.join(CONTEXT_SEPARATOR, e.context()),
        source == null ? null : source.name(), actor(source), country(actor(source)), sector(actor(source)),
        target == null ? null : target.name(), actor(target), country(actor(target)), sector(actor(target)),
        e.negated(), e.certainty(), qualified(r, e.statement()),
        when == null ? null : date(when.start()), when == null ? null : date(when.end()),
        when == null ? null : when.text(),
        where == null ? null : where.name(), where == null ? null : where.country(),
        where == null ? null : where.lat(), where == null ? null : where.lon(),
        quantity == null ? null : quantity.min(), quantity == null ? null : quantity.max(),
        quantity == null ? null : quantity.unit(),
        evidence == null ? null : evidence.text(), evidence == null ? null : evidence.start(),
        evidence == null ? null : evidence.end(),
        r.title(), r.outlet(), url(r.source()), path(r.source()), e.rule());
  }

  static StatementRow statement(DossierRecord r, Statement s) {
    Party speaker = s.speaker();
    Span content = s.content();
    return new StatementRow(
        qualified(r, s.id()), r.id(), r.published(),
        speaker == null ? null : speaker.name(), actor(speaker), country(actor(speaker)), sector(actor(speaker)),
        speaker == null ? null : qualified(r, speaker.entity()),
        s.cue(), s.kind(), qualified(r, s.via()),
        content == null ? null : content.text(), content == null ? null : content.start(),
        content == null ? null : content.end(),
        r.title(), r.outlet(), url(r.source()), path(r.source()), s.rule());
  }

  /** An id made unique across articles: {@code ARTICLE:LOCAL}, or null when there is none. */
  static String qualified(DossierRecord r, String localId) {
    return localId == null ? null : r.id() + ":" + localId;
  }

  private static String actor(Party p) {
    return p == null ? null : p.actor();
  }

  /** The first three letters of an actor code: a country, or a group such as IGO; null for unknown ("---"). */
  static String country(String code) {
    String root = ActorCodes.root(code);
    return root == null || root.equals("---") ? null : root;
  }

  /** What follows the first three letters of an actor code (GOV, MIL, GOVMIL …), or null. */
  static String sector(String code) {
    return code == null || code.length() <= 3 ? null : code.substring(3);
  }

  private static String url(Source s) {
    return s == null ? null : s.url();
  }

  private static String path(Source s) {
    return s == null ? null : s.path();
  }

  /** An ISO date, or null when absent or not a full date (the schema promises full dates; a table cannot mix). */
  static LocalDate date(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
