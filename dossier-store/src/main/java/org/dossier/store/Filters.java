package org.dossier.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a search, timeline or export asks for: free text plus filters. Any field may be null (no filter).
 *
 * @param query free text over statement contents, event evidence, article text (English analysis) and names
 * @param speaker a statement speaker's name or actor code
 * @param actor an actor code or name, as speaker, source or target
 * @param type a PLOVER event type
 * @param from first published date included
 * @param to last published date included
 * @param country an ISO3 country code of an actor or place
 * @param kind statement, event or article
 * @param outlet the outlet that published the article
 */
public record Filters(String query, String speaker, String actor, String type, LocalDate from, LocalDate to,
                      String country, Kind kind, String outlet) {

  public enum Kind {
    STATEMENT, EVENT, ARTICLE;

    @JsonCreator
    public static Kind parse(String s) {
      return s == null ? null : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The lower-case name used in the index, on the command line and in JSON. */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null);

  /** Free text alone. */
  public static Filters text(String query) {
    return new Filters(query, null, null, null, null, null, null, null, null);
  }

  public Filters withKind(Kind newKind) {
    return new Filters(query, speaker, actor, type, from, to, country, newKind, outlet);
  }

  public Filters withSpeaker(String newSpeaker) {
    return new Filters(query, newSpeaker, actor, type, from, to, country, kind, outlet);
  }

  public Filters withActor(String newActor) {
    return new Filters(query, speaker, newActor, type, from, to, country, kind, outlet);
  }

  public Filters withDates(LocalDate newFrom, LocalDate newTo) {
    return new Filters(query, speaker, actor, type, newFrom, newTo, country, kind, outlet);
  }

  public Filters {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }
}
