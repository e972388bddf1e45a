package org.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.story.Stories;

/**
 * What {@code dossier bench --store} needs to measure stories without extracting a million events: synthetic
 * records made in code, and timings of ingest with and without stories and of story lookups. Each synthetic
 * day has {@value #ACTS_PER_DAY} acts (a PLOVER type, a pair of 40 countries' governments, a town); each
 * article of the day reports {@value #EVENTS} of them (with its own words around the same core) and quotes
 * one speaker, so acts are reported ~{@value #ARTICLES_PER_DAY} x {@value #EVENTS} / {@value #ACTS_PER_DAY}
 * times. Stateless and thread-safe.
 */
public final class StoryBench {
  public static final int EVENTS = 4;
  public static final int ACTS_PER_DAY = 300;
  public static final int ARTICLES_PER_DAY = 400;
  private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "IRN", "ISR", "TUR", "FRA", "DEU", "GBR",
      "IND", "PAK", "AFG", "IRQ", "SYR", "SAU", "EGY", "JPN", "KOR", "PRK", "BRA", "MEX", "CAN", "AUS", "POL",
      "ITA", "ESP", "NGA", "ZAF", "KEN", "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "KAZ", "BLR", "GEO", "ARM"};
  private static final String[] WORDS = {"officials", "said", "on", "Tuesday", "after", "talks", "in", "the",
      "capital", "amid", "growing", "tension", "over", "border", "trade", "security", "reported", "according",
      "sources", "statement"};
  private static final List<String> OUTLETS = List.of("UNN", "Wikinews", "Reuters", "AP", "BBC", "TASS");
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private StoryBench() {}

  /** Timings in seconds of putting {@code articles} records and committing every 1,000. */
  public record Ingested(int articles, long events, double seconds) {}

  /** Synthetic article {@code i}: deterministic for its index. */
  public static DossierRecord article(int i) {
    int day = i / ARTICLES_PER_DAY;
    LocalDate published = FIRST_DAY.plusDays(day);
    Random random = new Random(i * 7919L + 17);
    List<Event> events = new ArrayList<>();
    StringBuilder text = new StringBuilder("Synthetic report ").append(i).append("\n\n");
    for (int k = 0; k < EVENTS; k++) {
      int act = random.nextInt(ACTS_PER_DAY);
      Random a = new Random(day * 1_000_003L + act);
      String type = TYPES[a.nextInt(TYPES.length)];
      String source = COUNTRIES[a.nextInt(COUNTRIES.length)];
      String target = COUNTRIES[a.nextInt(COUNTRIES.length)];
      double lat = -40 + 80 * a.nextDouble();
      double lon = -170 + 340 * a.nextDouble();
      String town = "Town" + a.nextInt(100_000);
      String core = source + " " + type.toLowerCase(Locale.ROOT) + " " + target + " in " + town;
      String evidence = core + " " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
      int start = text.length();
      text.append(evidence).append(". ");
      long toll = 1 + a.nextInt(50) + random.nextInt(3);
      events.add(new Event("v" + (k + 1), type, null, List.of(), new Party(source, null, source + "GOV"),
          new Party(target, null, target + "GOV"), false, null, null,
          new Event.When(published.toString(), published.toString(), "on Tuesday"),
          new Event.Where(town, null, lat, lon, null, null, "PPL"), new Event.Quantity(toll, toll, null),
          new Span(start, start + evidence.length(), evidence), "synthetic"));
    }
    int speaker = random.nextInt(200);
    String quote = "We will defend our interests " + String.join(" ", Arrays.copyOfRange(WORDS,
        speaker % 10, speaker % 10 + 8));
    int qs = text.length();
    text.append(quote).append('.');
    Statement s = new Statement("s1", new Party("Speaker " + speaker, null, COUNTRIES[speaker % 40] + "GOV"),
        "said", "direct", null, new Span(qs, qs + quote.length(), quote), "synthetic");
    return new DossierRecord("syn-" + i, "Synthetic report " + i, published, OUTLETS.get(i % OUTLETS.size()), null,
        "en", new Source("bench/synthetic/" + i, null), text.toString(), List.of(), List.of(s), events);
  }

  /** Puts synthetic articles {@code from} (inclusive) to {@code to} into {@code dir}, with or without stories. */
  public static Ingested ingest(Path dir, int from, int to, boolean stories) throws IOException {
    long start = System.nanoTime();
    try (Store s = Store.open(dir, stories ? Stories.defaults() : null); Ingest ingest = new Ingest(s, 1000)) {
      for (int i = from; i < to; i++) {
        ingest.add(article(i));
      }
    }
    return new Ingested(to - from, (long) (to - from) * EVENTS, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Puts synthetic articles {@code from} to {@code to} into a store without stories ({@code plain}) and one with
   * them, batch by batch in turn (1,000 articles, then a commit), so the machine's changing load falls on both
   * alike. Returns the two timings, without stories first.
   */
  public static Ingested[] ingestBoth(Path plain, Path stories, int from, int to) throws IOException {
    return putBoth(plain, stories, to - from, 1000, StoryBench::article, from);
  }

  /**
   * As {@link #ingestBoth} for {@code copies} renamed copies of real records ({@link SearchBench#copy}: new ids,
   * dates a day apart, eight outlets), in batches of 100 as {@code dossier ingest} commits them.
   */
  public static Ingested[] ingestBoth(Path plain, Path stories, List<DossierRecord> records, int copies)
      throws IOException {
    return putBoth(plain, stories, records.size() * copies, 100,
        i -> SearchBench.copy(records.get(i % records.size()), i / records.size()), 0);
  }

  private static Ingested[] putBoth(Path plain, Path stories, int n, int batchSize,
                                    java.util.function.IntFunction<DossierRecord> record, int first)
      throws IOException {
    long[] nanos = new long[2];
    long events = 0;
    try (Store a = Store.open(plain, null); Store b = Store.open(stories, Stories.defaults())) {
      for (int batch = first; batch < first + n; batch += batchSize) {
        int end = Math.min(first + n, batch + batchSize);
        List<DossierRecord> records = new ArrayList<>();
        for (int i = batch; i < end; i++) {
          records.add(record.apply(i));
          events += records.get(records.size() - 1).events().size();
        }
        for (int which = 0; which < 2; which++) {
          Store s = which == 0 ? a : b;
          long start = System.nanoTime();
          records.forEach(s::put);
          s.commit(records.stream().map(DossierRecord::id).toList());
          nanos[which] += System.nanoTime() - start;
        }
      }
    }
    return new Ingested[] {new Ingested(n, events, nanos[0] / 1e9), new Ingested(n, events, nanos[1] / 1e9)};
  }

  /** Latency of looking up {@code n} stories by id, in milliseconds, after as many unmeasured. */
  public static SearchBench.Latency storyById(Store s, int articles, int n, long seed) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    while (ids.size() < n) {
      int i = random.nextInt(articles);
      s.stories().of("syn-" + i).values().forEach(ids::add);
    }
    long[] nanos = new long[n];
    int found = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < n; k++) {
        long start = System.nanoTime();
        found += s.stories().get(ids.get(k)).isPresent() && pass == 1 ? 1 : 0;
        nanos[k] = System.nanoTime() - start;
      }
    }
    return latency(nanos, found);
  }

  /**
   * Latency of putting {@code n} new articles one by one into a large store with stories (each looks up its
   * events' candidate stories and writes theirs), in milliseconds; not committed.
   */
  public static SearchBench.Latency attach(Store s, int firstNew, int n) {
    long[] nanos = new long[n];
    for (int k = 0; k < n; k++) {
      DossierRecord r = article(firstNew + k);
      long start = System.nanoTime();
      s.put(r);
      nanos[k] = System.nanoTime() - start;
    }
    return latency(nanos, n);
  }

  private static SearchBench.Latency latency(long[] nanos, int found) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new SearchBench.Latency(sorted.length, found, SearchBench.percentile(sorted, 0.5),
        SearchBench.percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }
}
