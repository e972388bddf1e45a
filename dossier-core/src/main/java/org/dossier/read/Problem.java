package org.dossier.read;

/** A bad input item (a file, or a record inside one such as {@code feed.xml#3}) and why it was skipped. */
public record Problem(String item, String reason) {
  @Override
  public String toString() {
    return item + ": " + reason;
  }
}
