package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.model.DossierRecord;
import org.dossier.store.SearchBench;
import org.dossier.store.Store;
import org.dossier.store.StoryBench;

/**
 * The stories part of {@code dossier bench --store}: synthetic articles ({@link StoryBench}) put into a store
 * without stories and into one with them, after a warm-up of both, then story lookups and attaching new articles
 * on the store with stories.
 */
final class StoryBenchPart {
  private static final int WARMUP_ARTICLES = 5_000;
  private static final int LOOKUPS = 1_000;

  private StoryBenchPart() {}

  /** Copies of the real records for the marginal cost of stories per article, put in turn without and with. */
  private static final int COPIES = 120;

  /**
   * The stories' cost per article on copies of real records, put in turn into stores without and with stories,
   * against {@code ingestSeconds} per article of extract and store: a difference of two store timings, so the
   * extraction's noise does not drown it.
   */
  static void onRecords(PrintWriter out, List<DossierRecord> records, double ingestSeconds) throws IOException {
    Path root = Files.createTempDirectory("dossier-bench-stories");
    try {
      StoryBench.Ingested[] both = StoryBench.ingestBoth(root.resolve("plain"), root.resolve("stories"), records,
          COPIES);
      double added = (both[1].seconds() - both[0].seconds()) / both[0].articles();
      out.printf(Locale.ROOT, "stories on these records (%d copies, %d articles, %d events, batches of 100 put in "
              + "turn): store %.2f ms per article without stories, %.2f with; stories add %.2f ms per article, "
              + "%.2f%% of extract + store (%.0f ms per article)%n", COPIES, both[0].articles(), both[0].events(),
          1000 * both[0].seconds() / both[0].articles(), 1000 * both[1].seconds() / both[1].articles(),
          1000 * added, 100 * added / ingestSeconds, 1000 * ingestSeconds);
    } finally {
      BenchCommand.delete(root);
    }
    out.flush();
  }

  static void run(PrintWriter out, int events) throws IOException {
    int articles = Math.max(1, events / StoryBench.EVENTS);
    Path root = Files.createTempDirectory("dossier-bench-stories");
    try {
      StoryBench.ingestBoth(root.resolve("warm-plain"), root.resolve("warm-stories"), 0,
          Math.min(WARMUP_ARTICLES, articles));
      BenchCommand.delete(root.resolve("warm-plain"));
      BenchCommand.delete(root.resolve("warm-stories"));
      StoryBench.Ingested[] both = StoryBench.ingestBoth(root.resolve("plain"), root.resolve("stories"), 0,
          articles);
      BenchCommand.delete(root.resolve("plain"));
      StoryBench.Ingested plain = both[0];
      StoryBench.Ingested with = both[1];
      out.printf(Locale.ROOT, "stories: %d synthetic articles, %d events (%d acts a day, each reported ~%.1f "
              + "times), one thread, batches of 1,000 put in turn into a store without and one with stories: "
              + "without %.0f events/s, with %.0f events/s; stories cost %.1f%% of store ingest%n",
          plain.articles(), plain.events(), StoryBench.ACTS_PER_DAY,
          StoryBench.ARTICLES_PER_DAY * (double) StoryBench.EVENTS / StoryBench.ACTS_PER_DAY,
          plain.events() / plain.seconds(), with.events() / with.seconds(),
          100 * (with.seconds() - plain.seconds()) / plain.seconds());
      try (Store s = Store.open(root.resolve("stories"))) {
        out.printf(Locale.ROOT, "stories: %d stories in a store of %d events%n", s.stories().count(),
            s.counts().events());
        SearchBench.Latency byId = StoryBench.storyById(s, articles, LOOKUPS, 42);
        out.printf(Locale.ROOT, "stories: %d lookups by id (members and all): p50 %.3f ms, p99 %.3f ms, max %.2f "
            + "ms%n", byId.searches(), byId.p50(), byId.p99(), byId.max());
        SearchBench.Latency attach = StoryBench.attach(s, articles, LOOKUPS);
        out.printf(Locale.ROOT, "stories: %d new articles put one by one (4 candidate lookups and story writes "
            + "each): p50 %.3f ms, p99 %.3f ms, max %.2f ms%n", attach.searches(), attach.p50(), attach.p99(),
            attach.max());
      }
    } finally {
      BenchCommand.delete(root);
    }
    out.flush();
  }
}
