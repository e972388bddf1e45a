package org.dossier.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.store.Filters;

/**
 * The export side of {@link Filters}: which rows of an article to keep. Every filter that is set must hold.
 *
 * <ul>
 *   <li>{@code kind}: {@code STATEMENT} keeps only statements, {@code EVENT} only events, {@code ARTICLE} only
 *       articles, null all three. An article passes the date and outlet filters itself; when a filter about
 *       rows is set (query, actor, speaker, type, country), it is kept only if one of its events or statements
 *       passes them all.
 *   <li>{@code from}/{@code to}: the article's published date, both ends included; {@code outlet}: equal,
 *       ignoring case.
 *   <li>{@code actor}: the speaker of a statement, the source or the target of an event; {@code speaker}: the
 *       speaker of a statement. Either matches an actor code by prefix in whole 3-letter parts ({@code PRK}
 *       matches {@code PRKMIL}) or a name by its words ({@code Lavrov} matches "Sergey Lavrov"), ignoring case.
 *   <li>{@code country}: the country of any actor of the row, or of an event's place.
 *   <li>{@code query}: every word of it is a word of the statement's content or the event's evidence.
 * </ul>
 *
 * A filter about the other table applies through the link between the two: an event passes {@code speaker}
 * when the statement it is reported in does, and a statement passes {@code type} when it reports an event of
 * that type. Immutable and thread-safe.
 */
public final class RowFilter {
  private static final int CODE_PART = 3;

  private final Filters filters;

  /** Filters for rows; null means none, and a blank text filter is no filter. */
  public RowFilter(Filters filters) {
    Filters f = filters == null ? Filters.NONE : filters;
    this.filters = new Filters(unlessBlank(f.query()), unlessBlank(f.speaker()), unlessBlank(f.actor()),
        unlessBlank(f.type()), f.from(), f.to(), unlessBlank(f.country()), f.kind(), unlessBlank(f.outlet()));
  }

  private static String unlessBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** True unless {@code kind} restricts the export to statements or articles. */
  public boolean wantsEvents() {
    return filters.kind() == null || filters.kind() == Filters.Kind.EVENT;
  }

  /** True unless {@code kind} restricts the export to events or statements. */
  public boolean wantsArticles() {
    return filters.kind() == null || filters.kind() == Filters.Kind.ARTICLE;
  }

  /** True unless {@code kind} restricts the export to events or articles. */
  public boolean wantsStatements() {
    return filters.kind() == null || filters.kind() == Filters.Kind.STATEMENT;
  }

  /** The rows of one article that pass every filter. */
  public Rows apply(Rows rows) {
    Map<String, StatementRow> byId = rows.statements().stream()
        .collect(Collectors.toMap(StatementRow::statementId, Function.identity(), (a, b) -> a));
    Set<String> reportingType = new HashSet<>();
    for (EventRow e : rows.events()) {
      if (e.statementId() != null && matchesType(e)) {
        reportingType.add(e.statementId());
      }
    }
    List<EventRow> events = rows.events().stream()
        .filter(e -> keeps(e, byId.get(e.statementId())))
        .toList();
    List<StatementRow> statements = rows.statements().stream()
        .filter(s -> keeps(s) && (filters.type() == null || reportingType.contains(s.statementId())))
        .toList();
    ArticleRow article = rows.article();
    boolean keepsArticle = wantsArticles() && article != null && inRange(article.published())
        && sameText(filters.outlet(), article.outlet())
        && (!filtersRows() || !events.isEmpty() || !statements.isEmpty());
    return new Rows(keepsArticle ? article : null, wantsEvents() ? events : List.of(),
        wantsStatements() ? statements : List.of());
  }

  /** True when a filter about statements or events is set, so an article is kept only for a row that passes it. */
  private boolean filtersRows() {
    return filters.query() != null || filters.actor() != null || filters.speaker() != null || filters.type() != null
        || filters.country() != null;
  }

  /** True when {@code e} passes every filter; {@code reportedIn} is the statement it cites, or null. */
  public boolean keeps(EventRow e, StatementRow reportedIn) {
    return inRange(e.storyDate()) && sameText(filters.outlet(), e.outlet()) && matchesType(e)
        && (filters.actor() == null || matchesParty(filters.actor(), e.sourceName(), e.sourceActor())
            || matchesParty(filters.actor(), e.targetName(), e.targetActor()))
        && (filters.speaker() == null || reportedIn != null
            && matchesParty(filters.speaker(), reportedIn.speakerName(), reportedIn.speakerActor()))
        && (filters.country() == null || sameText(filters.country(), e.sourceCountry())
            || sameText(filters.country(), e.targetCountry()) || sameText(filters.country(), e.placeCountry()))
        && (filters.query() == null || Words.containsAll(e.evidence(), filters.query()));
  }

  /** True when {@code s} passes every filter except {@code type}, which needs the article's events. */
  public boolean keeps(StatementRow s) {
    return inRange(s.published()) && sameText(filters.outlet(), s.outlet())
        && (filters.actor() == null || matchesParty(filters.actor(), s.speakerName(), s.speakerActor()))
        && (filters.speaker() == null || matchesParty(filters.speaker(), s.speakerName(), s.speakerActor()))
        && (filters.country() == null || sameText(filters.country(), s.speakerCountry()))
        && (filters.query() == null || Words.containsAll(s.content(), filters.query()));
  }

  private boolean matchesType(EventRow e) {
    return filters.type() == null || filters.type().equalsIgnoreCase(e.eventType());
  }

  private boolean inRange(LocalDate date) {
    if (filters.from() == null && filters.to() == null) {
      return true;
    }
    // an undated article cannot be shown to fall inside a range
    return date != null && (filters.from() == null || !date.isBefore(filters.from()))
        && (filters.to() == null || !date.isAfter(filters.to()));
  }

  /** An unset filter passes; a set one must equal the value, ignoring case. */
  private static boolean sameText(String wanted, String value) {
    return wanted == null || wanted.equalsIgnoreCase(value);
  }

  static boolean matchesParty(String wanted, String name, String actor) {
    String w = wanted.trim();
    boolean codeLike = !w.isEmpty() && w.length() % CODE_PART == 0 && w.chars().allMatch(Character::isLetter);
    return codeLike && actor != null && actor.toUpperCase(Locale.ROOT).startsWith(w.toUpperCase(Locale.ROOT))
        || Words.containsPhrase(name, w);
  }
}
