package org.dossier.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.actor.ActorCodes;
import org.dossier.actor.CountryNames;
import org.dossier.event.Plover;
import org.dossier.store.Filters;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The filters shared by {@code search} and {@code export}. A type or country that no record can hold is a usage
 * error naming the valid values, not a silent empty result.
 */
final class FilterOptions {
  @Option(names = "--speaker", paramLabel = "NAME|CODE",
      description = "Statements by this speaker (name words or actor code such as RUSGOV).")
  String speaker;

  @Option(names = "--actor", paramLabel = "NAME|CODE",
      description = "Speaker, event source or target (RUS also finds RUSGOV, RUSMIL).")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type (e.g. COOPERATE, ASSAULT).")
  String type;

  @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class,
      description = "Published on or after: YYYY-MM-DD, or YYYY-MM / YYYY for the first day of the month or year.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class,
      description = "Published on or before: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of the month or year.")
  LocalDate to;

  @Option(names = "--country", paramLabel = "ISO3",
      description = "An actor's or the place's country (ISO 3166 alpha-3, e.g. UKR) or CAMEO region (e.g. WST).")
  String country;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Published by this outlet.")
  String outlet;

  @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
      description = "statement, event or article (default: all).")
  Filters.Kind kind;

  /** The filters with free text {@code query}; a bad value or combination is a usage error of {@code cmd}. */
  Filters filters(String query, CommandLine cmd) {
    try {
      return new Filters(query, speaker, actor, checkedType(type), from, to, checkedCountry(country), kind, outlet);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
  }

  /** A PLOVER type in upper case; null for none. */
  static String checkedType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    String t = type.strip().toUpperCase(Locale.ROOT);
    if (!Plover.facts().names().contains(t)) {
      throw new IllegalArgumentException("unknown event type '" + type.strip() + "'; valid: "
          + String.join(", ", new TreeSet<>(Plover.facts().names())));
    }
    return t;
  }

  /** A country or region code in upper case; null for none. */
  static String checkedCountry(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    String c = country.strip().toUpperCase(Locale.ROOT);
    if (ActorCodes.slotValues().contains(c)) {
      return c;
    }
    String hint = suggestion(country.strip()).map(code -> " (did you mean " + code + "?)").orElse("");
    throw new IllegalArgumentException("unknown country '" + country.strip() + "'" + hint + "; valid: "
        + String.join(", ", ActorCodes.slotValues()));
  }

  /** The code of a country given by name ("Ukraine") or by its alpha-2 code ("UA"). */
  private static Optional<String> suggestion(String value) {
    Optional<String> byName = CountryNames.get().code(value);
    if (byName.isPresent() || value.length() != 2) {
      return byName;
    }
    try {
      String iso3 = new Locale("", value.toUpperCase(Locale.ROOT)).getISO3Country();
      return iso3.isEmpty() ? Optional.empty() : Optional.of(iso3);
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** statement, event or article, in any case. */
  static final class KindConverter extends ChoiceConverter<Filters.Kind> {
    KindConverter() {
      super(Filters.Kind::parse, "statement, event or article");
    }
  }
}
