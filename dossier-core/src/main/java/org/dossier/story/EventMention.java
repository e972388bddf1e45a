package org.dossier.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Party;

/**
 * What story matching needs of one event: where it was reported (article, outlet, date), its type, its sides at
 * country level, its own dates, place and quantity, and the evidence clause. Stored with its story, so matching
 * a new event never re-reads old articles. Immutable.
 *
 * @param key {@code ARTICLE_ID/EVENT_ID}
 * @param sourceSide the source's country (or the code itself when it has none; {@code ---} for nobody)
 * @param start the event's own first day, or null when it has none (then the article date stands in)
 * @param end the event's own last day, or null
 */
public record EventMention(String key, String article, String event, String outlet, LocalDate published,
                           String type, String source, String target, String sourceSide, String targetSide,
                           LocalDate start, LocalDate end, String place, String placeCountry, Double lat,
                           Double lon, String feature, Long quantityMin, Long quantityMax, String unit,
                           String evidence) {

  /** The mention of {@code e}, an event of {@code r}. */
  public static EventMention of(DossierRecord r, Event e, Map<String, Entity> entities) {
    LocalDate start = e.when() == null ? null : day(e.when().start());
    LocalDate end = e.when() == null ? null : day(e.when().end());
    if (start != null && (end == null || end.isBefore(start))) {
      end = start;
    }
    Event.Where w = e.where();
    Event.Quantity q = e.quantity();
    return new EventMention(key(r.id(), e.id()), r.id(), e.id(), r.outlet(), r.published(), e.type(),
        code(e.source()), code(e.target()), Sides.of(e.source(), entities), Sides.of(e.target(), entities),
        start, start == null ? null : end, w == null ? null : w.name(), w == null ? null : w.country(),
        w == null ? null : w.lat(), w == null ? null : w.lon(), w == null ? null : w.feature(),
        q == null ? null : q.min(), q == null ? null : q.max(), q == null ? null : q.unit(),
        e.evidence() == null ? null : e.evidence().text());
  }

  /** The key of a member: {@code ARTICLE_ID/LOCAL_ID}. */
  public static String key(String article, String local) {
    return article + "/" + local;
  }

  /** When it happened as reported: its own first day, else the article's date (null when neither). */
  public LocalDate day() {
    return start != null ? start : published;
  }

  private static String code(Party p) {
    return p == null || p.actor() == null || p.actor().isBlank() ? null : p.actor().strip();
  }

  private static LocalDate day(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null; // not a day: the article date stands in
    }
  }
}
