package org.dossier.export;

import java.time.LocalDate;

/**
 * One statement as one flat row: who said what, typed and null when unknown. Ids are qualified by the article id
 * ({@code ARTICLE:s6}) so they are unique across a whole export and match {@code statement_id} of events.
 *
 * @param statementId article id + ":" + statement id
 * @param storyId the statement's quote story (the same words in several articles) when exported from a store
 *     that keeps stories, else null
 * @param published the article's published date
 * @param speakerName the speaker's name, or the phrase of an unnamed source ("intelligence")
 * @param speakerGroup IGO, NGO, MNC or IMG when the speaker's actor code opens with one
 * @param speakerCountry the country slot of the speaker's actor code, else the speaker entity's country (as for
 *     events, see {@link EventRow})
 * @param speakerSector the sectors after the country slot
 * @param speakerEntity the qualified id of the speaker's entity, null for unnamed sources
 * @param kind direct, indirect or mixed
 * @param via the qualified id of the statement that reports this one, or null
 * @param content what was said; {@code contentStart}/{@code contentEnd} are UTF-16 offsets into the article
 *     text, end exclusive
 * @param rule which sieve attributed the statement
 */
public record StatementRow(
    String statementId,
    String articleId,
    String storyId,
    LocalDate published,
    String speakerName,
    String speakerActor,
    String speakerGroup,
    String speakerCountry,
    String speakerSector,
    String speakerEntity,
    String cue,
    String kind,
    String via,
    String content,
    Integer contentStart,
    Integer contentEnd,
    String title,
    String outlet,
    String url,
    String sourcePath,
    String rule) {

  /** The {@code statements} table: these components, in this order, as snake_case columns. */
  public static final Table<StatementRow> TABLE = Table.of("statements", StatementRow.class);
}
