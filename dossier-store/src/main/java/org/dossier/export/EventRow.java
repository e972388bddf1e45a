package org.dossier.export;

import java.time.LocalDate;

/**
 * One event as one flat row, POLECAT-like: every value typed (numbers, booleans, dates), null when unknown.
 * Ids are qualified by the article id ({@code ARTICLE:v5}, {@code ARTICLE:s8}) so they are unique across a
 * whole export and {@code statement_id} joins the statements table, {@code article_id} the articles table.
 *
 * @param eventId article id + ":" + event id
 * @param storyId the event's story (the act across articles) when exported from a store that keeps stories,
 *     else null; joins {@code story_id} of the stories table
 * @param storyDate the article's published date (POLECAT's name; no relation to {@code story_id})
 * @param quadCode PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param ploverScore the PLOVER conflict-cooperation score of the event type (-10..+10, like Goldstein's)
 * @param context PLOVER contexts (and the modality {@code future}) joined by ";", null when none
 * @param sourceGroup the international group that opens the source actor code: IGO, NGO, MNC or IMG, else null
 * @param sourceCountry the country slot of the source actor code by the CAMEO rules (USA for {@code MNCUSAMED},
 *     the region WST for {@code IGOWSTNAT}), else the source entity's country; null when unknown
 * @param sourceSector the sectors after the country slot (GOV, MIL, GOVMIL, NAT …), null when the code has none
 * @param certainty asserted, reported or alleged
 * @param confidence how sure the event stage is that the clause states the event, 0..1; null in older records
 * @param statementId the qualified id of the statement the event is reported in, or null
 * @param timeStart first day of the event's time, normalised against the article date
 * @param timeText the words the time was read from, null when the article date was assumed
 * @param placeCountry ISO 3166 alpha-3 code of the place
 * @param placeAdmin1 the first-level region of the place (a city's region, or the region itself)
 * @param placeGeonamesId the GeoNames id of the place (cities)
 * @param placeFeature the GeoNames feature code of the place: PPL, PPLA, PPLC … for cities, ADM1 for regions,
 *     PCL for countries
 * @param evidence the clause that supports the event; {@code evidenceStart}/{@code evidenceEnd} are UTF-16
 *     offsets into the article text, end exclusive
 * @param sentence the whole sentence (or sentences) the evidence lies in
 * @param url the article's URL; {@code sourcePath} the file (and record) it was read from
 * @param rule which rule coded the event
 */
public record EventRow(
    String eventId,
    String articleId,
    String storyId,
    LocalDate storyDate,
    String eventType,
    Integer quadCode,
    Double ploverScore,
    String mode,
    String context,
    String sourceName,
    String sourceActor,
    String sourceGroup,
    String sourceCountry,
    String sourceSector,
    String targetName,
    String targetActor,
    String targetGroup,
    String targetCountry,
    String targetSector,
    boolean negated,
    String certainty,
    Double confidence,
    String statementId,
    LocalDate timeStart,
    LocalDate timeEnd,
    String timeText,
    String placeName,
    String placeCountry,
    String placeAdmin1,
    Long placeGeonamesId,
    String placeFeature,
    Double lat,
    Double lon,
    Long quantityMin,
    Long quantityMax,
    String quantityUnit,
    String evidence,
    Integer evidenceStart,
    Integer evidenceEnd,
    String sentence,
    String title,
    String outlet,
    String url,
    String sourcePath,
    String rule) {

  /** The {@code events} table: these components, in this order, as snake_case columns. */
  public static final Table<EventRow> TABLE = Table.of("events", EventRow.class);
}
