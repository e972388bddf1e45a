package org.dossier.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Choosing among dictionary entries that share a phrase, and the code an entry has on a date. */
final class Resolution {
  private Resolution() {}

  /**
   * The entry to use for a phrase: the latest file's entry with a code valid on the date, or that knows the
   * person's offices ended before it (every code dated: the knowledge base's office-holders), else the latest.
   * So an office-holder's dated record wins over an older file's open-ended code once the office has ended.
   */
  static ActorEntry entry(List<ActorEntry> entries, LocalDate date) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      ActorEntry e = entries.get(i);
      if (e.codeOn(date).isPresent() || e.lastBefore(date).isPresent() && e.codes().stream().allMatch(CodeSpan::dated)) {
        return e;
      }
    }
    return entries.get(entries.size() - 1);
  }

  static Optional<CodeSpan> choose(List<ActorEntry> entries, LocalDate date) {
    return entries.isEmpty() ? Optional.empty() : code(entry(entries, date), date);
  }

  /**
   * The entry's code on the date; for someone whose every office has ended, their country with the ELI
   * (ex-official, elite) sector, as in CAMEO.
   */
  static Optional<CodeSpan> code(ActorEntry e, LocalDate date) {
    Optional<CodeSpan> on = e.codeOn(date);
    if (on.isPresent()) {
      return on;
    }
    return e.lastBefore(date).map(last -> {
      String country = ActorCodes.country(last.code());
      return new CodeSpan(country == null ? last.code() : country + "ELI", last.to(), null, null);
    });
  }
}
