package org.dossier.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A story at a glance, as tables and pages show it: what (type, sides or speaker), how often and by how many
 * outlets it was reported, the first and last report (article dates: Dossier knows no time of day), and how the
 * sources differ (quantity range, every place and date given). Immutable.
 *
 * @param source the most frequent source code (the speaker's for a quote story)
 * @param places every place named, in order of first report
 * @param dates every day given for it (an event's own day, else its article's date), ascending
 */
public record StorySummary(String id, Story.Kind kind, String type, String source, String target,
                           LocalDate firstReport, LocalDate lastReport, int mentions, int outlets,
                           Long quantityMin, Long quantityMax, List<String> places, List<LocalDate> dates,
                           List<String> articles) {

  public StorySummary {
    places = List.copyOf(places);
    dates = List.copyOf(dates);
    articles = List.copyOf(articles);
  }

  static StorySummary of(Story s) {
    if (s.kind() == Story.Kind.QUOTE) {
      List<QuoteMention> q = s.quotes();
      List<LocalDate> days = q.stream().map(QuoteMention::published).filter(Objects::nonNull).distinct()
          .sorted().toList();
      return new StorySummary(s.id(), s.kind(), null, mostFrequent(q, QuoteMention::speaker), null,
          first(days), last(days), q.size(), Story.distinct(q, QuoteMention::outlet).size(), null, null,
          List.of(), days, List.copyOf(s.articles()));
    }
    List<EventMention> e = s.events();
    List<LocalDate> reports = e.stream().map(EventMention::published).filter(Objects::nonNull).sorted().toList();
    Long min = e.stream().map(m -> m.quantityMin() != null ? m.quantityMin() : m.quantityMax())
        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    Long max = e.stream().map(m -> m.quantityMax() != null ? m.quantityMax() : m.quantityMin())
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    List<LocalDate> days = e.stream().map(EventMention::day).filter(Objects::nonNull).distinct().sorted().toList();
    return new StorySummary(s.id(), s.kind(), mostFrequent(e, EventMention::type),
        mostFrequent(e, EventMention::source), mostFrequent(e, EventMention::target), first(reports),
        last(reports), e.size(), Story.distinct(e, EventMention::outlet).size(), min, max,
        Story.distinct(e, EventMention::place), days, List.copyOf(s.articles()));
  }

  /** The most frequent non-null value, the first reported on a tie. */
  private static <M> String mostFrequent(List<M> members, Function<M, String> value) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (M m : members) {
      String v = value.apply(m);
      if (v != null) {
        int c = counts.merge(v, 1, Integer::sum);
        if (best == null || c > counts.get(best)) {
          best = v;
        }
      }
    }
    return best;
  }

  private static LocalDate first(List<LocalDate> sorted) {
    return sorted.isEmpty() ? null : sorted.get(0);
  }

  private static LocalDate last(List<LocalDate> sorted) {
    return sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
  }
}
