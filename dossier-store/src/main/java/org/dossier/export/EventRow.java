package org.dossier.export;

import java.time.LocalDate;

/**
 * One event as one flat row, POLECAT-like: every value typed (numbers, booleans, dates), null when unknown.
 * Ids are qualified by the article id ({@code ARTICLE:v5}, {@code ARTICLE:s8}) so they are unique across a
 * whole export and {@code statement_id} joins the statements table.
 *
 * @param eventId article id + ":" + event id
 * @param storyDate the article's published date
 * @param context PLOVER contexts (and the modality {@code future}) joined by ";", null when none
 * @param sourceCountry first three letters of the source actor code (a country, or IGO, NGO …); null for unknown
 * @param sourceSector the rest of the source actor code (GOV, MIL …), null when the code has none
 * @param certainty asserted, reported or alleged
 * @param statementId the qualified id of the statement the event is reported in, or null
 * @param timeStart first day of the event's time, normalised against the article date
 * @param timeText the words the time was read from, null when the article date was assumed
 * @param placeCountry ISO 3166 alpha-3 code of the place
 * @param evidence the clause that supports the event; {@code evidenceStart}/{@code evidenceEnd} are UTF-16
 *     offsets into the article text, end exclusive
 * @param url the article's URL; {@code sourcePath} the file (and record) it was read from
 * @param rule which rule coded the event
 */
public record EventRow(
    String eventId,
    String articleId,
    LocalDate storyDate,
    String eventType,
    String mode,
    String context,
    String sourceName,
    String sourceActor,
    String sourceCountry,
    String sourceSector,
    String targetName,
    String targetActor,
    String targetCountry,
    String targetSector,
    boolean negated,
    String certainty,
    String statementId,
    LocalDate timeStart,
    LocalDate timeEnd,
    String timeText,
    String placeName,
    String placeCountry,
    Double lat,
    Double lon,
    Long quantityMin,
    Long quantityMax,
    String quantityUnit,
    String evidence,
    Integer evidenceStart,
    Integer evidenceEnd,
    String title,
    String outlet,
    String url,
    String sourcePath,
    String rule) {

  /** The {@code events} table: these components, in this order, as snake_case columns. */
  public static final Table<EventRow> TABLE = Table.of("events", EventRow.class);
}
