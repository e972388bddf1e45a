package org.dossier.actor;

import java.time.LocalDate;

/**
 * An actor code valid between two dates (either open), with the dictionary's note on the role, e.g.
 * {@code [RUSGOV >20040309] # Foreign Minister}.
 */
public record CodeSpan(String code, LocalDate from, LocalDate to, String note) {

  public boolean validOn(LocalDate date) {
    if (date == null) {
      return to == null;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public boolean dated() {
    return from != null || to != null;
  }
}
