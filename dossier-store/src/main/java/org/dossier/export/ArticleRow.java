package org.dossier.export;

import java.time.LocalDate;

/**
 * One article as one row, for joining the events and statements tables on {@code article_id} and for counting
 * per outlet or day without reading the records.
 *
 * @param articleId the article id, as in the other tables
 * @param published the article's published date, null when unknown
 * @param url the article's URL; {@code sourcePath} the file (and record) it was read from
 * @param entities how many entities the article holds
 * @param statements how many statements it holds (all of them, whatever an export's filters keep)
 * @param events how many events it holds (all of them, whatever an export's filters keep)
 */
public record ArticleRow(
    String articleId,
    String title,
    LocalDate published,
    String outlet,
    String dateline,
    String language,
    String url,
    String sourcePath,
    int entities,
    int statements,
    int events) {

  /** The {@code articles} table: these components, in this order, as snake_case columns. */
  public static final Table<ArticleRow> TABLE = Table.of("articles", ArticleRow.class);
}
