package org.dossier.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.actor.ActorCodes;
import org.dossier.event.Plover;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.store.PartyCountry;
import org.dossier.store.Sentences;

/**
 * The rows of one article: the article itself, its events and statements flattened for tables. Immutable and
 * thread-safe.
 *
 * @param article the article's row
 * @param events one row per event, in the article's order
 * @param statements one row per statement, in the article's order
 */
public record Rows(ArticleRow article, List<EventRow> events, List<StatementRow> statements) {

  /** Joins PLOVER contexts in one cell; context names never hold it. */
  public static final String CONTEXT_SEPARATOR = ";";

  public Rows {
    events = List.copyOf(events);
    statements = List.copyOf(statements);
  }

  /** Flattens a whole article, with no story ids. */
  public static Rows of(DossierRecord record) {
    return of(record, Map.of());
  }

  /** Flattens a whole article, its events and statements with their story ids by local id. */
  public static Rows of(DossierRecord record, Map<String, String> storyIds) {
    Map<String, Entity> entities = record.entities().stream()
        .filter(e -> e.id() != null)
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    return new Rows(article(record),
        record.events().stream().map(e -> event(record, e, entities, storyIds.get(e.id()))).toList(),
        record.statements().stream().map(s -> statement(record, s, entities, storyIds.get(s.id()))).toList());
  }

  static ArticleRow article(DossierRecord r) {
    return new ArticleRow(r.id(), r.title(), r.published(), r.outlet(), r.dateline(), r.language(),
        url(r.source()), path(r.source()), r.entities().size(), r.statements().size(), r.events().size());
  }

  static EventRow event(DossierRecord r, Event e, Map<String, Entity> entities, String story) {
    Party source = e.source();
    Party target = e.target();
    ActorCodes.Parts from = ActorCodes.split(actor(source));
    ActorCodes.Parts to = ActorCodes.split(actor(target));
    Plover.Type plover = e.type() == null ? null : Plover.facts().type(e.type()).orElse(null);
    Event.When when = e.when();
    Event.Where where = e.where();
    Event.Quantity quantity = e.quantity();
    Span evidence = e.evidence();
    return new EventRow(
        qualified(r, e.id()), r.id(), story, r.published(), e.type(),
        plover == null ? null : plover.quad(), plover == null ? null : plover.score(), e.mode(),
        e.context().isEmpty() ? null : String.join(CONTEXT_SEPARATOR, e.context()),
        source == null ? null : source.name(), actor(source), from.group(), PartyCountry.of(source, entities),
        from.sectors(),
        target == null ? null : target.name(), actor(target), to.group(), PartyCountry.of(target, entities),
        to.sectors(),
        e.negated(), e.certainty(), e.confidence(), qualified(r, e.statement()),
        when == null ? null : date(when.start()), when == null ? null : date(when.end()),
        when == null ? null : when.text(),
        where == null ? null : where.name(), where == null ? null : where.country(),
        where == null ? null : where.admin1(), where == null ? null : where.geonames(),
        where == null ? null : where.feature(),
        where == null ? null : where.lat(), where == null ? null : where.lon(),
        quantity == null ? null : quantity.min(), quantity == null ? null : quantity.max(),
        quantity == null ? null : quantity.unit(),
        evidence == null ? null : evidence.text(), evidence == null ? null : evidence.start(),
        evidence == null ? null : evidence.end(), Sentences.textAround(r.text(), evidence),
        r.title(), r.outlet(), url(r.source()), path(r.source()), e.rule());
  }

  static StatementRow statement(DossierRecord r, Statement s, Map<String, Entity> entities, String story) {
    Party speaker = s.speaker();
    ActorCodes.Parts code = ActorCodes.split(actor(speaker));
    Span content = s.content();
    return new StatementRow(
        qualified(r, s.id()), r.id(), story, r.published(),
        speaker == null ? null : speaker.name(), actor(speaker), code.group(), PartyCountry.of(speaker, entities),
        code.sectors(), speaker == null ? null : qualified(r, speaker.entity()),
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
