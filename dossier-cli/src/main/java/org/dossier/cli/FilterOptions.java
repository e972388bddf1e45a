package org.dossier.cli;

import java.time.LocalDate;
import org.dossier.store.Filters;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The filters shared by {@code search} and {@code export}. */
final class FilterOptions {
  @Option(names = "--speaker", paramLabel = "NAME|CODE",
      description = "Statements by this speaker (name words or actor code such as RUSGOV).")
  String speaker;

  @Option(names = "--actor", paramLabel = "NAME|CODE",
      description = "Speaker, event source or target (RUS also finds RUSGOV, RUSMIL).")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type (e.g. COOPERATE, ASSAULT).")
  String type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  LocalDate to;

  @Option(names = "--country", paramLabel = "ISO3", description = "An actor's or the place's country (e.g. UKR).")
  String country;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Published by this outlet.")
  String outlet;

  @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
      description = "statement, event or article (default: all).")
  Filters.Kind kind;

  /** The filters with free text {@code query}; a bad combination is a usage error of {@code cmd}. */
  Filters filters(String query, CommandLine cmd) {
    try {
      return new Filters(query, speaker, actor, type, from, to, country, kind, outlet);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
  }

  /** statement, event or article, in any case. */
  static final class KindConverter extends ChoiceConverter<Filters.Kind> {
    KindConverter() {
      super(Filters.Kind::parse, "statement, event or article");
    }
  }
}
