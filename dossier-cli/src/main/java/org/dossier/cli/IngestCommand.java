package org.dossier.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.pipeline.Batch;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.Summary;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Readers;
import org.dossier.read.Sink;
import org.dossier.store.CommitInfo;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier ingest}: extract articles on all cores and write them to the store, batch by batch. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Extract articles (files, folders, feeds, WARC, JSON Lines; - for stdin) and store them. "
        + "Idempotent: an article already stored with the same content and pipeline is left alone before its "
        + "analysis, a copy of it under another path is a duplicate, a changed one is replaced. Commits every "
        + "--batch articles, so a killed run loses at most one batch and a rerun finishes the job. Without a "
        + "terminal a progress line every 15 s. Exit code 2 when anything was skipped, 1 when there is nothing "
        + "to read.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively); - for stdin.")
  List<String> paths;

  @Option(names = "--batch", paramLabel = "N", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 100;

  @Option(names = "--no-progress", description = "No progress bar on a terminal, no progress lines without one.")
  boolean noProgress;

  @Option(names = "--force", description = "Analyse every article again, even one stored unchanged.")
  boolean force;

  /** Seconds between progress lines when stderr is no terminal (a log, a cron job's mail). */
  static final int LOG_INTERVAL_SECONDS = 15;

  @Mixin
  PipelineOptions options;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    boolean bar = !noProgress && System.console() != null;
    Inputs inputs = Inputs.check(paths);
    inputs.missing().forEach(m -> err.println("dossier: skipped " + m));
    inputs.empty().forEach(d -> err.println("dossier: warning: " + d + " holds no files to read"));
    if (inputs.usable().isEmpty()) {
      err.println("dossier: nothing to ingest");
      err.flush();
      return Main.FAILED;
    }
    try (Store s = store.openForWriting()) {
      CommitInfo last = s.lastCommit();
      if (last.sequence() > 0) {
        Store.Counts before = s.counts();
        err.printf(Locale.ROOT, "dossier: %s holds %d articles; last commit #%d at %s wrote %d%n", store.dir,
            before.articles(), last.sequence(), last.time(), last.articles().size());
      }
      Map<String, Integer> skipped = new TreeMap<>();
      inputs.missing().forEach(m -> skipped.merge("not found", 1, Integer::sum));
      List<Problem> deferred = new ArrayList<>();
      var pipeline = options.spec();
      Ingest ingest = new Ingest(s, batch, force ? null : pipeline.key());
      // the models load when the first article needs them: a rerun over an unchanged store never waits for them
      Batch extraction = new Batch(() -> {
        err.println("dossier: loading models…");
        err.flush();
        long loading = System.nanoTime();
        var extractor = Pipeline.build(pipeline);
        err.printf(Locale.ROOT, "dossier: models loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        err.flush();
        return extractor;
      }, options.threads).followLinks(options.followLinks);
      Summary summary;
      Progress progress = noProgress ? Progress.NONE
          : bar ? Progress.start(inputs.usable(), null) : Progress.start(inputs.usable(), err);
      try (progress) {
        summary = extraction.run(inputs.usable(),
            r -> {
              ingest.add(r);
              progress.step();
            },
            p -> {
              skipped.merge(category(p.reason()), 1, Integer::sum);
              progress.step();
              if (bar) {
                deferred.add(p); // a line printed under a live bar would be torn by its next redraw
              } else {
                err.println("dossier: skipped " + p);
                err.flush();
              }
            },
            a -> {
              var skip = ingest.check(a);
              if (skip != null && !skip.duplicate()) {
                progress.step(); // a duplicate steps as a problem
              }
              return skip;
            });
        ingest.close();
      }
      deferred.forEach(p -> err.println("dossier: skipped " + p));
      Ingest.Tally t = ingest.tally();
      Store.Counts after = s.counts();
      err.printf(Locale.ROOT, "dossier: %d articles: %d added, %d updated, %d unchanged; skipped %d%s; %s now "
              + "holds %d articles, %d statements, %d events (%d commits)%n", t.total(), t.added(), t.updated(),
          t.unchanged(), summary.duplicates() + summary.problems() + inputs.missing().size(), reasons(skipped),
          store.dir, after.articles(), after.statements(), after.events(), t.commits());
      if (t.total() == 0 && summary.duplicates() + summary.problems() == 0) {
        err.println("dossier: warning: the input held no article");
      }
      err.flush();
      return summary.skippedAny() || !inputs.missing().isEmpty() || !inputs.empty().isEmpty() || t.total() == 0
          ? Main.SKIPPED : Main.OK;
    }
  }

  /** The kind of a problem's reason: "duplicate", "empty", "too large", "analysis failed". */
  static String category(String reason) {
    String r = reason.startsWith("skipped: ") ? reason.substring("skipped: ".length()) : reason;
    int cut = r.length();
    for (String end : List.of(":", " (", " of ")) {
      int i = r.indexOf(end);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    return r.substring(0, cut).strip();
  }

  private static String reasons(Map<String, Integer> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    skipped.forEach((reason, n) -> parts.add(n + " " + reason));
    return " (" + String.join(", ", parts) + ")";
  }

  /**
   * Progress on stderr: articles done, rate and ETA, as a bar on a terminal or, without one, as a line every
   * {@value #LOG_INTERVAL_SECONDS} s and at the end. The total is counted by a background pass over the input
   * (reading is cheap next to analysis); until it is known it shows count and rate only.
   */
  private static class Progress implements AutoCloseable {
    static final Progress NONE = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
      this.bar = bar;
    }

    /** A bar on the terminal, or with {@code log} a line to it now and then. */
    static Progress start(List<String> paths, PrintWriter log) {
      ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed(new DecimalFormat("0.0"))
          .setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(500);
      if (log != null) {
        String[] last = {""};
        builder.setUpdateIntervalMillis(LOG_INTERVAL_SECONDS * 1000).setConsumer(
            new DelegatingProgressBarConsumer(line -> {
              if (!line.equals(last[0])) { // the closing refresh repeats the last tick's line
                last[0] = line;
                log.println("dossier: " + line.strip());
                log.flush();
              }
            }, 100));
      }
      ProgressBar bar = builder.build();
      if (!paths.contains("-")) {
        Thread counter = new Thread(() -> bar.maxHint(count(paths)), "dossier-count");
        counter.setDaemon(true);
        counter.setPriority(Thread.MIN_PRIORITY);
        counter.start();
      }
      return new Progress(bar);
    }

    /** How many items the input holds: articles plus unreadable items, as the batch will report them. */
    private static long count(List<String> paths) {
      AtomicLong n = new AtomicLong();
      Readers.read(paths, new Sink() {
        @Override
        public void draft(Draft draft) {
          n.incrementAndGet();
        }

        @Override
        public void problem(Problem problem) {
          n.incrementAndGet();
        }
      });
      return n.get();
    }

    void step() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
