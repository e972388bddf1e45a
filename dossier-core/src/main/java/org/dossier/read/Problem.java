package org.dossier.read;

/** A bad input item (a file, or a record inside one such as {@code feed.xml#3}) and why it was skipped. */
public record Problem(String item, String reason) {
  /** The skip line's text; control characters (in file names above all) are escaped so none reach a terminal. */
  @Override
  public String toString() {
    return escape(item) + ": " + escape(reason);
  }

  /** {@code s} with each control or bidirectional-override character as {@code \\uXXXX} (tab and newline too). */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
