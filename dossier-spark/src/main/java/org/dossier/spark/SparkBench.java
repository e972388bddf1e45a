package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dossier.pipeline.Batch;
import org.dossier.pipeline.Summary;

/**
 * {@code dossier bench --spark}: the job's throughput in {@code local[1]} and {@code local[2]} on the same input,
 * next to the plain CLI ({@link Batch} on 2 threads, what {@code dossier extract} runs), all in this JVM with one
 * pipeline. The input is copied {@code copies} times so runs last long enough to measure; the job runs without
 * de-duplication, and the CLI runs the original input {@code copies} times, so each side extracts every copy.
 * Each side is warmed up first (JIT, models; for Spark one small run per session). Spark's times are whole runs:
 * listing, reading, the shuffle, extraction and writing JSON Lines and Parquet. One measurement at a time.
 */
public final class SparkBench {
  private SparkBench() {}

  /** One measured run. */
  public record Run(String name, long articles, double seconds) {
    public double perSecond() {
      return articles / seconds;
    }
  }

  /**
   * What was measured.
   *
   * @param articles articles in one copy of the input
   */
  public record Report(int articles, int copies, Run cli, Run local1, Run local2) {
    /** Throughput of local[2] over local[1]: 2.0 would be perfect scaling. */
    public double scaling() {
      return local2.perSecond() / local1.perSecond();
    }

    /** The report as printed by {@code dossier bench --spark}. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(String.format(Locale.ROOT, "%-40s %9s %9s %11s", "run", "articles", "seconds", "articles/s"));
      for (Run r : List.of(cli, local1, local2)) {
        out.add(String.format(Locale.ROOT, "%-40s %9d %9.1f %11.2f", r.name(), r.articles(), r.seconds(),
            r.perSecond()));
      }
      out.add(String.format(Locale.ROOT, "scaling local[2] / local[1]: %.2fx; local[2] / CLI on 2 threads: %.2fx; "
          + "per core in local[1]: %.2f articles/s", scaling(), local2.perSecond() / cli.perSecond(),
          local1.perSecond()));
      return out;
    }
  }

  /**
   * Measures on the files under {@code paths} (files or folders).
   *
   * @throws IllegalArgumentException if {@code paths} hold no article
   */
  public static Report measure(List<String> paths, int copies, int warmup) throws IOException {
    Path work = Files.createTempDirectory("dossier-bench-spark");
    try {
      List<Path> files = files(paths);
      Path in = work.resolve("in");
      for (int c = 1; c <= copies; c++) {
        Path copy = Files.createDirectories(in.resolve(String.format(Locale.ROOT, "copy-%03d", c)));
        for (int i = 0; i < files.size(); i++) {
          // numbered: two inputs of the same name stay two files
          Files.copy(files.get(i), copy.resolve(i + "-" + files.get(i).getFileName()));
        }
      }
      Batch batch = new Batch(ExecutorPipeline.extractor(), 2);
      int articles = 0;
      for (int i = 0; i < Math.max(1, warmup); i++) {
        articles = batch.run(paths, r -> { }, p -> { }).written();
      }
      if (articles == 0) {
        throw new IllegalArgumentException("no articles to measure on");
      }
      long start = System.nanoTime();
      long written = 0;
      for (int c = 0; c < copies; c++) {
        Summary s = batch.run(paths, r -> { }, p -> { });
        written += s.written();
      }
      Run cli = new Run("dossier extract (Batch), 2 threads", written, (System.nanoTime() - start) / 1e9);
      Run local1 = spark("local[1]", paths, in, work, warmup);
      Run local2 = spark("local[2]", paths, in, work, warmup);
      return new Report(articles, copies, cli, local1, local2);
    } finally {
      delete(work);
    }
  }

  private static Run spark(String master, List<String> paths, Path in, Path work, int warmup) throws IOException {
    SparkSession spark = LocalSpark.start(master);
    try {
      for (int i = 0; i < warmup; i++) {
        DossierJob.run(spark, job(paths, work.resolve("warm-" + master)));
      }
      JobSummary s = DossierJob.run(spark, job(List.of(in.toString()), work.resolve("out-" + master)));
      return new Run("dossier spark " + master, s.records(), s.seconds());
    } finally {
      spark.stop();
    }
  }

  private static JobOptions job(List<String> inputs, Path out) {
    return JobOptions.of(inputs, out.toString()).withDedup(false).withOverwrite(true);
  }

  /** The regular, non-hidden files under {@code paths}, in order. */
  private static List<Path> files(List<String> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      try (Stream<Path> walk = Files.walk(Path.of(p))) {
        walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
