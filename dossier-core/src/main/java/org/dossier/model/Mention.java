package org.dossier.model;

/** One place in the text where an entity is named or referred to. */
public record Mention(int start, int end, String text) implements Comparable<Mention> {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
    }
  }

  @Override
  public int compareTo(Mention o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
