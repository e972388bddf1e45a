package org.dossier.story;

import java.time.LocalDate;

/** The first and last day something may have happened on, both included. */
public record Days(LocalDate first, LocalDate last) {
  public Days {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last day " + last + " before first " + first);
    }
  }

  public boolean overlaps(Days o) {
    return !first.isAfter(o.last) && !o.first.isAfter(last);
  }
}
