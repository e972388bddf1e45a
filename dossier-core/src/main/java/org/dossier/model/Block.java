package org.dossier.model;

/**
 * A structural part of an article's text. Only {@link Kind#TITLE} and {@link Kind#PARAGRAPH} blocks hold
 * sentences; a dateline or a section heading such as "Details" is structure, not a sentence.
 */
public record Block(Kind kind, int start, int end) {
  public enum Kind { TITLE, DATELINE, HEADING, PARAGRAPH }

  public Block {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block [" + start + ", " + end + ")");
    }
  }

  public boolean hasSentences() {
    return kind == Kind.TITLE || kind == Kind.PARAGRAPH;
  }
}
