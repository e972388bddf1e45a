package org.dossier.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.json.Json;
import org.dossier.store.Filters;
import org.dossier.store.Hit;
import org.dossier.store.Store;
import org.dossier.store.Timeline;
import org.dossier.store.Timeline.Bucket;
import org.dossier.store.Timeline.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier timeline}: an actor's statements and events in date order, with counts per week or month. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "An actor's statements and events (as speaker, source or target) in date order, with counts "
        + "per week or month. Events count when they happened if the article says, else when published. "
        + "Example: dossier timeline Lavrov --topic peacekeepers")
final class TimelineCommand implements Callable<Integer> {
  /** Widest bar in the counts table. */
  static final int BAR = 40;

  @Parameters(index = "0", paramLabel = "ACTOR", description = "Name words or actor code (RUS also finds RUSGOV).")
  String actor;

  @Option(names = "--topic", paramLabel = "WORDS", description = "Only entries matching these words.")
  String topic;

  @Option(names = "--by", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "week or month (default: month).")
  Period by = Period.MONTH;

  @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class,
      description = "Published on or after: YYYY-MM-DD, or YYYY-MM / YYYY for the first day of the month or year.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class,
      description = "Published on or before: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of the month or year.")
  LocalDate to;

  @Option(names = "--limit", description = "Most entries listed; counts cover all (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--json", description = "One JSON object (actor, topic, by, statements, events, buckets, entries).")
  boolean json;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Filters filters;
    try {
      filters = Filters.text(topic).withDates(from, to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (Store s = store.openForReading()) {
      Timeline t = Timeline.of(s, actor, filters, by, limit);
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(t));
      } else {
        long[] stories = new org.dossier.store.Search(s).stories(filters.withActor(actor)
            .withKind(org.dossier.store.Filters.Kind.EVENT));
        print(out, t, stories[1]);
      }
      out.flush();
    }
    return Main.OK;
  }

  /** week or month, in any case. */
  static final class PeriodConverter extends ChoiceConverter<Period> {
    PeriodConverter() {
      super(Period::parse, "week or month");
    }
  }

  private static void print(PrintWriter out, Timeline t, long eventStories) {
    out.printf(Locale.ROOT, "%s%s: %s, %s (%s)%n", t.actor(), t.topic() == null ? "" : " on " + t.topic(),
        Plural.of(t.statements(), "statement"), Plural.of(t.events(), "event"),
        Plural.of(eventStories, "story", "stories"));
    if (t.buckets().isEmpty()) {
      return;
    }
    int most = t.buckets().stream().mapToInt(Bucket::total).max().orElse(1);
    out.println();
    out.printf(Locale.ROOT, "%-9s %10s %7s%n", t.by().name().toLowerCase(Locale.ROOT), "statements", "events");
    for (Bucket b : t.buckets()) {
      out.printf(Locale.ROOT, "%-9s %10d %7d  %s%n", b.period(), b.statements(), b.events(),
          "#".repeat(Math.max(1, b.total() * BAR / most)));
    }
    out.println();
    for (Hit h : t.entries()) {
      out.printf(Locale.ROOT, "%s  %s%n", h.date() == null ? "undated   " : h.date(), entry(h));
      out.println("            " + SearchCommand.shorten(h.text()));
      out.println("            " + SearchCommand.source(h));
    }
    long shown = t.entries().size();
    if (shown < t.statements() + t.events()) {
      out.printf(Locale.ROOT, "%n%d more; narrow with --from/--to or raise --limit%n",
          t.statements() + t.events() - shown);
    }
  }

  private static String entry(Hit h) {
    return h.statement() != null
        ? SearchCommand.party(h.statement().speaker()) + " said (" + h.statement().kind() + ")"
        : SearchCommand.event(h.event());
  }
}
