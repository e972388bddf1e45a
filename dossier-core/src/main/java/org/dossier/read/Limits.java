package org.dossier.read;

import java.util.Locale;

/** Size limits shared by the readers, and the wording of the problem they give. */
final class Limits {
  private static final double MB = 1024 * 1024;

  /**
   * Raw bytes read for one document (a text file, an HTML page, a feed, a JSON line) before giving up.
   * Larger than the text limit because markup and multi-byte encodings inflate the size of a text.
   */
  static final int MAX_INPUT_BYTES = 4 * Readers.MAX_TEXT_CHARS;

  private Limits() {}

  /** Throws "too large" if {@code chars} exceeds {@link Readers#MAX_TEXT_CHARS}. */
  static void checkText(String item, long chars) {
    if (chars > Readers.MAX_TEXT_CHARS) {
      throw new BadInputException(item, tooLarge(String.format(Locale.ROOT, "%.1f", chars / MB)));
    }
  }

  /** The reason for input that hit {@link #MAX_INPUT_BYTES} before its end. */
  static String tooLargeInput() {
    return tooLarge(String.format(Locale.ROOT, "over %d", MAX_INPUT_BYTES / (int) MB));
  }

  private static String tooLarge(String amount) {
    return "too large: " + amount + " MB of text, limit " + (int) (Readers.MAX_TEXT_CHARS / MB) + " MB";
  }
}
