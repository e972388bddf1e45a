package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A normalised article: NFC text with the title first and blocks separated by blank lines, and a stable id
 * derived from that text. Immutable.
 */
public record Article(
    String id,
    String title,
    LocalDate published,
    String outlet,
    String dateline,
    String language,
    Source source,
    String text,
    List<Block> blocks) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    for (Block b : blocks) {
      if (b.end() > text.length()) {
        throw new IllegalArgumentException("block " + b + " beyond text of length " + text.length());
      }
    }
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }
}
