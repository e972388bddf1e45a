package org.dossier.export;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.story.Story;
import org.dossier.story.StorySummary;

/**
 * One story as one row: an act (or a quote) with every article that reports it. {@code story_id} joins the
 * {@code story_id} column of the events and statements tables.
 *
 * @param kind event (one act) or quote (one statement)
 * @param eventType the PLOVER type most members give, null for a quote story
 * @param sourceActor the source code most members give (the speaker's for a quote story)
 * @param firstReport the earliest published date among its articles; {@code lastReport} the latest (dates
 *     only: records hold no time of day)
 * @param mentions how many events (statements) it holds; {@code outlets} how many distinct outlets report it
 * @param quantityMin the least quantity any member gives, {@code quantityMax} the largest (a death toll of 5
 *     in one report and 7 in another), null when none gives one
 * @param places every place name its members give, joined by ";" (a disagreement shows as two names)
 * @param dates every day its members give (an event's own day, else its article's date), joined by ";"
 * @param articleIds the articles of its members, joined by ";", in the order they joined
 */
public record StoryRow(
    String storyId,
    String kind,
    String eventType,
    String sourceActor,
    String targetActor,
    LocalDate firstReport,
    LocalDate lastReport,
    int mentions,
    int outlets,
    Long quantityMin,
    Long quantityMax,
    String places,
    String dates,
    String articleIds) {

  /** The {@code stories} table. */
  public static final Table<StoryRow> TABLE = Table.of("stories", StoryRow.class);

  /** Joins several values in one cell; place names and ids never hold it. */
  static final String SEPARATOR = ";";

  static StoryRow of(Story story) {
    StorySummary s = story.summary();
    return new StoryRow(s.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.type(), s.source(),
        s.target(), s.firstReport(), s.lastReport(), s.mentions(), s.outlets(), s.quantityMin(), s.quantityMax(),
        join(s.places()), join(s.dates().stream().map(LocalDate::toString).toList()), join(s.articles()));
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : values.stream().collect(Collectors.joining(SEPARATOR));
  }
}
