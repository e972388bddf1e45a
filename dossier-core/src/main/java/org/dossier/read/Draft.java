package org.dossier.read;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Source;

/**
 * An article as a reader found it, before normalisation: metadata and its text as ordered parts (title,
 * dateline, headings, paragraphs). Any field but {@code parts} may be null.
 */
public record Draft(
    String title,
    LocalDate published,
    String outlet,
    String dateline,
    String language,
    Source source,
    List<Part> parts) {

  public Draft {
    parts = List.copyOf(parts);
  }

  /** One structural piece of text; {@link Block.Kind#TITLE} is added by the normaliser from {@code title}. */
  public record Part(Block.Kind kind, String text) {}
}
