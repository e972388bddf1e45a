package org.dossier.model;

/**
 * A piece of an article's {@code text}: Java string offsets (UTF-16, end exclusive) and the covered text,
 * so every fact can point back to the words that support it.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The span of {@code text} between the offsets. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
