package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Source;
import org.dossier.model.Statement;
import org.dossier.store.Filters.Kind;

/**
 * What {@code dossier bench --store} needs to measure search on a large store without extracting thousands of
 * articles: renamed copies of real records, a mixed search workload drawn from their words and parties, and
 * latency percentiles. Stateless and thread-safe.
 */
public final class SearchBench {
  private static final List<String> OUTLETS =
      List.of("UNN", "Wikinews", "Reuters", "AP", "BBC", "Kyiv Independent", "TASS", "Al Jazeera");

  private SearchBench() {}

  /** Latencies of a run of searches in milliseconds, and how many searches found anything. */
  public record Latency(int searches, int withHits, double p50, double p99, double max) {}

  /**
   * Copy {@code n} of a record: a new id, published {@code n} days earlier, by one of eight outlets, so copies
   * spread over dates and outlets like a real archive (their text and facts are the original's).
   */
  public static DossierRecord copy(DossierRecord r, int n) {
    LocalDate published = r.published() == null ? null : r.published().minusDays(n);
    Source source = new Source("bench/copy-" + n + "/" + (r.source() == null ? r.id() : r.source().path()), null);
    return new DossierRecord(r.id() + "-" + n, r.title(), published, OUTLETS.get(n % OUTLETS.size()),
        r.dateline(), r.language(), source, r.text(), r.entities(), r.statements(), r.events());
  }

  /**
   * {@code n} searches mixing free text (one or two words of one statement or event), speakers, actor codes,
   * event types, kinds, date ranges, countries and outlets, some without words (newest first). Deterministic
   * for a seed.
   */
  public static List<Filters> workload(List<DossierRecord> records, int n, long seed) {
    Random random = new Random(seed);
    List<List<String>> texts = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    for (DossierRecord r : records) {
      // words of one text, so that two of them (ANDed) still find it
      for (Statement s : r.statements()) {
        addWords(texts, s.content().text());
        if (s.speaker() != null && s.speaker().entity() != null) {
          speakers.add(s.speaker().name());
        }
      }
      for (Event e : r.events()) {
        addWords(texts, e.evidence() == null ? "" : e.evidence().text());
        types.add(e.type());
        if (e.source() != null && e.source().actor() != null) {
          codes.add(e.source().actor().substring(0, Math.min(3, e.source().actor().length())));
        }
      }
    }
    LocalDate latest = records.stream().map(DossierRecord::published).filter(d -> d != null)
        .max(LocalDate::compareTo).orElse(LocalDate.now());
    List<Filters> searches = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> words = pick(random, texts);
      String text = pick(random, words) + (random.nextBoolean() ? " " + pick(random, words) : "");
      LocalDate from = latest.minusDays(random.nextInt(3000));
      Filters f = switch (i % 7) {
        case 0 -> Filters.text(text);
        case 1 -> Filters.text(text).withKind(pick(random, Arrays.asList(Kind.values())));
        case 2 -> Filters.text(random.nextBoolean() ? text : null).withSpeaker(pick(random, speakers));
        case 3 -> Filters.text(null).withActor(pick(random, codes)).withKind(Kind.EVENT);
        case 4 -> new Filters(null, null, null, pick(random, types), from, from.plusDays(365), null, null, null);
        case 5 -> new Filters(text, null, null, null, from, null, pick(random, codes), null, null);
        default -> new Filters(null, null, null, null, null, null, null, Kind.STATEMENT, pick(random, OUTLETS));
      };
      searches.add(f);
    }
    return searches;
  }

  /** Runs {@code warmup} searches unmeasured, then every search for its first page of 10 hits. */
  public static Latency measure(Search search, List<Filters> searches, int warmup) {
    for (int i = 0; i < warmup; i++) {
      search.find(searches.get(i % searches.size()), 1, 10);
    }
    long[] nanos = new long[searches.size()];
    int withHits = 0;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      Page page = search.find(searches.get(i), 1, 10);
      nanos[i] = System.nanoTime() - start;
      withHits += page.total() > 0 ? 1 : 0;
    }
    Arrays.sort(nanos);
    return new Latency(nanos.length, withHits, percentile(nanos, 0.50), percentile(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6);
  }

  /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** The longer words of a text (short ones are mostly stop words), if it has any. */
  private static void addWords(List<List<String>> texts, String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() >= 5) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (!words.isEmpty()) {
      texts.add(words);
    }
  }

  private static <T> T pick(Random random, Collection<T> values) {
    List<T> list = values instanceof List<T> l ? l : new ArrayList<>(values);
    return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
  }
}
