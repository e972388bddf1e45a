package org.dossier.story;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;

/** Hand-built events, statements and articles for story tests. */
final class Reports {
  static final Event.Where KABUL = new Event.Where("Kabul", "AFG", 34.53, 69.17, null, 1138958L, "PPLC");
  static final Event.Where KANDAHAR = new Event.Where("Kandahar", "AFG", 31.61, 65.71, null, 1138336L, "PPLA");
  static final Event.Where KABUL_AIRPORT = new Event.Where("Kabul airport", "AFG", 34.56, 69.21, null, null, null);

  private Reports() {}

  static Event event(String id, String type, String source, String target, String evidence) {
    return event(id, type, source, target, null, null, null, evidence);
  }

  static Event event(String id, String type, String source, String target, String day, Event.Where where,
                     Long quantity, String evidence) {
    return new Event(id, type, null, List.of(), party(source), party(target), false, null, null,
        day == null ? null : new Event.When(day, day, day), where,
        quantity == null ? null : new Event.Quantity(quantity, quantity, null), new Span(0, evidence.length(),
        evidence), "test");
  }

  static Event.When month(String first, String last) {
    return new Event.When(first, last, "that month");
  }

  static Event withWhen(Event e, Event.When when) {
    return new Event(e.id(), e.type(), e.mode(), e.context(), e.source(), e.target(), e.negated(), e.certainty(),
        e.statement(), when, e.where(), e.quantity(), e.evidence(), e.rule());
  }

  static Statement quote(String id, String speakerName, String code, String content) {
    return new Statement(id, new Party(speakerName, null, code), "said", "direct", null,
        new Span(0, content.length(), content), "test");
  }

  static DossierRecord article(String id, String outlet, String published, List<Event> events) {
    return article(id, outlet, published, events, List.of());
  }

  static DossierRecord article(String id, String outlet, String published, List<Event> events,
                               List<Statement> statements) {
    String text = "Title\n\n" + "x".repeat(200);
    return new DossierRecord(id, "Title", LocalDate.parse(published), outlet, null, "en",
        new Source("test/" + id + ".txt", null), text, List.of(), statements, events);
  }

  private static Party party(String code) {
    return code == null ? null : new Party(code, null, code);
  }
}
