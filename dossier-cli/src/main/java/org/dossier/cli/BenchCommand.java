package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.dossier.corenlp.PlainCoreNlp;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.pipeline.Batch;
import org.dossier.pipeline.Extractor;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Readers;
import org.dossier.read.Sink;
import org.dossier.spark.SparkBench;
import org.dossier.store.Filters;
import org.dossier.store.Ingest;
import org.dossier.store.Search;
import org.dossier.store.SearchBench;
import org.dossier.store.Store;
import org.dossier.text.Normaliser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier bench}: throughput and peak heap of Dossier's analysis and full extraction on 1 and 2 threads,
 * next to a plain CoreNLP pipeline with the same annotators in the same JVM; {@code --store} and {@code --spark}
 * measure the store and the Spark job instead, {@code --dictionary} the actor dictionaries' load time and heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure articles/s, tokens/s and peak heap of the analysis on 1..N threads against a plain "
        + "CoreNLP pipeline with the same annotators, after warm-up. Default input: the bundled examples and "
        + "Wikinews articles.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to measure on.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--rounds", description = "Passes over the input per measurement (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--warmup", description = "Warm-up passes before measuring (default: ${DEFAULT-VALUE}).")
  int warmup = 2;

  @Option(names = "--max-threads", description = "Measure 1..N threads (default: ${DEFAULT-VALUE}).")
  int maxThreads = 2;

  @Option(names = "--store", description = "Measure the store instead: ingest throughput with the store against "
      + "extract alone, then search latency on a store of --store-articles articles.")
  boolean store;

  @Option(names = "--store-articles", paramLabel = "N",
      description = "Articles in the search-latency store (default: ${DEFAULT-VALUE}).")
  int storeArticles = 10_000;

  @Option(names = "--searches", paramLabel = "N", description = "Searches measured (default: ${DEFAULT-VALUE}).")
  int searches = 1_000;

  @Option(names = "--spark", description = "Measure the Spark job instead: local[1] against local[2] (scaling) and "
      + "against the plain CLI on 2 threads, on --copies copies of the input.")
  boolean spark;

  @Option(names = "--dictionary", description = "Measure the actor dictionaries instead: cold load time and heap "
      + "retained by the built-in files, with and without the generated knowledge base.")
  boolean dictionary;

  @Option(names = "--copies", paramLabel = "N",
      description = "With --spark: copies of the input, so each run lasts (default: ${DEFAULT-VALUE}).")
  int copies = 12;

  @Mixin
  PipelineOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (dictionary) {
      DictionaryBench.measure().forEach(out::println);
      out.flush();
      return Main.OK;
    }
    if (store) {
      return storeBench(out, defaultPaths());
    }
    if (spark) {
      return sparkBench(out, defaultPaths());
    }
    List<Article> articles = load(defaultPaths());
    if (articles.isEmpty()) {
      out.println("no articles to measure on");
      return Main.FAILED;
    }
    Extractor extractor = options.extractor();
    PlainCoreNlp plain = new PlainCoreNlp();
    out.printf(Locale.ROOT, "input: %d articles; heap max %d MB; %d cores; Dossier: %s; parse: %s%n",
        articles.size(), HeapMeter.maxBytes() >> 20, Runtime.getRuntime().availableProcessors(),
        extractor.analyzer().describe(), options.parse);
    int tokens = articles.stream().mapToInt(a -> extractor.analyze(a).tokenCount()).sum();
    for (int i = 0; i < warmup; i++) {
      time(articles, 2, a -> extractor.extract(a).entities().size());
      time(articles, 2, a -> plain.annotate(a.text(), a.published()));
    }
    out.printf(Locale.ROOT, "%-34s %7s %10s %11s %10s%n", "run", "threads", "articles/s", "tokens/s", "peak heap");
    for (int threads = 1; threads <= maxThreads; threads++) {
      Result p = measure(articles, threads, a -> plain.annotate(a.text(), a.published()));
      Result d = measure(articles, threads, a -> extractor.analyze(a).tokenCount());
      Result x = measure(articles, threads, a -> extractor.extract(a).entities().size());
      row(out, "plain CoreNLP (same annotators)", threads, p, articles.size(), tokens);
      row(out, "Dossier analysis", threads, d, articles.size(), tokens);
      row(out, "Dossier extract (all stages)", threads, x, articles.size(), tokens);
      out.printf(Locale.ROOT, "  ratio Dossier analysis / plain CoreNLP: %.2fx; extract / plain: %.2fx%n",
          p.seconds / d.seconds, p.seconds / x.seconds);
    }
    stages(out, extractor, articles);
    out.flush();
    return Main.OK;
  }

  /**
   * Ingest throughput with the store against extract alone (same Batch, same threads, rounds alternating which
   * goes first), then search latency on a large store of renamed copies of the extracted records.
   */
  private int storeBench(PrintWriter out, List<String> input) throws Exception {
    Batch batch = new Batch(options.extractor(), options.threads);
    List<DossierRecord> records = new ArrayList<>();
    batch.run(input, records::add, p -> { });
    if (records.isEmpty()) {
      out.println("no articles to measure on");
      return Main.FAILED;
    }
    for (int i = 0; i < warmup; i++) {
      timeExtract(batch, input);
      timeIngest(batch, input); // Lucene's code gets compiled too, or the first measured ingest pays for it
    }
    double alone = 0;
    double stored = 0;
    for (int r = 0; r < rounds; r++) {
      boolean aloneFirst = r % 2 == 0;
      if (aloneFirst) {
        alone += timeExtract(batch, input);
      }
      stored += timeIngest(batch, input);
      if (!aloneFirst) {
        alone += timeExtract(batch, input);
      }
    }
    int n = records.size();
    out.printf(Locale.ROOT, "ingest: %d articles, %d threads, mean of %d rounds after %d warm-up: extract alone "
            + "%.2f articles/s, extract + store %.2f articles/s; store overhead %.1f%%%n", n, options.threads, rounds,
        warmup, n * rounds / alone, n * rounds / stored, 100 * (stored - alone) / alone);
    Path dir = Files.createTempDirectory("dossier-bench-store");
    try (Store s = Store.open(dir)) {
      int copies = (storeArticles + n - 1) / n;
      long start = System.nanoTime();
      try (Ingest ingest = new Ingest(s, 1000)) {
        for (int c = 0; c < copies; c++) {
          for (DossierRecord r : records) {
            ingest.add(SearchBench.copy(r, c));
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Store.Counts counts = s.counts();
      out.printf(Locale.ROOT, "store: %d articles (%d extracted articles x %d copies with new ids, dates and "
              + "outlets), %d statements, %d events, indexed in %.1f s (%.0f articles/s), %.1f MB on disk%n",
          counts.articles(), n, copies, counts.statements(), counts.events(), seconds, counts.articles() / seconds,
          sizeOf(dir) / 1e6);
      List<Filters> workload = SearchBench.workload(records, searches, 42);
      SearchBench.Latency latency = SearchBench.measure(new Search(s), workload, Math.max(200, searches / 5));
      out.printf(Locale.ROOT, "search: %d mixed searches (free text, speakers, actors, types, kinds, dates, "
              + "countries, outlets; first page of 10 with evidence; %d found something) after warm-up: p50 %.2f "
              + "ms, p99 %.2f ms, max %.2f ms%n", latency.searches(), latency.withHits(), latency.p50(),
          latency.p99(), latency.max());
    } finally {
      delete(dir);
    }
    out.flush();
    return Main.OK;
  }

  /** The Spark job in local[1] and local[2] against the CLI's batch, on copies of the input (standard pipeline). */
  private int sparkBench(PrintWriter out, List<String> input) throws IOException {
    out.printf(Locale.ROOT, "input: %s x %d copies; heap max %d MB; %d cores; standard pipeline%n",
        String.join(" ", input), copies, HeapMeter.maxBytes() >> 20, Runtime.getRuntime().availableProcessors());
    out.flush();
    SparkBench.Report report = SparkBench.measure(input, copies, warmup);
    report.lines().forEach(out::println);
    out.flush();
    return Main.OK;
  }

  private static double timeExtract(Batch batch, List<String> input) {
    long start = System.nanoTime();
    batch.run(input, r -> { }, p -> { });
    return (System.nanoTime() - start) / 1e9;
  }

  /** Extract and store into a fresh store, from opening it to its last commit. */
  private static double timeIngest(Batch batch, List<String> input) throws IOException {
    Path dir = Files.createTempDirectory("dossier-bench-ingest");
    try {
      long start = System.nanoTime();
      try (Store s = Store.open(dir); Ingest ingest = new Ingest(s, 100)) {
        batch.run(input, ingest::add, p -> { });
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      delete(dir);
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Each stage's cost on ready analyses, one thread, as a share of the analysis it runs on. */
  private void stages(PrintWriter out, Extractor extractor, List<Article> articles) {
    List<Analysis> analyses = new ArrayList<>();
    long analysisNanos = System.nanoTime();
    for (Article a : articles) {
      analyses.add(extractor.analyze(a));
    }
    analysisNanos = System.nanoTime() - analysisNanos;
    long[] nanos = new long[3];
    for (int r = 0; r < rounds + warmup; r++) {
      long[] round = new long[3];
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        Analysis an = analyses.get(i);
        long t0 = System.nanoTime();
        List<Entity> entities = extractor.resolver().resolve(a, an);
        long t1 = System.nanoTime();
        List<Statement> said = extractor.statements().extract(a, an, entities);
        long t2 = System.nanoTime();
        extractor.events().extract(a, an, entities, said);
        long t3 = System.nanoTime();
        round[0] += t1 - t0;
        round[1] += t2 - t1;
        round[2] += t3 - t2;
      }
      if (r >= warmup) {
        for (int k = 0; k < 3; k++) {
          nanos[k] += round[k] / rounds;
        }
      }
    }
    out.printf(Locale.ROOT, "stages on ready analyses (1 thread; analysis took %.0f ms for all articles):%n",
        analysisNanos / 1e6);
    String[] names = {"actors", "statements", "events (with SUTime on event sentences)"};
    for (int k = 0; k < 3; k++) {
      out.printf(Locale.ROOT, "  %-42s %8.1f ms  %5.1f%% of analysis%n", names[k], nanos[k] / 1e6,
          100.0 * nanos[k] / analysisNanos);
    }
  }

  private List<String> defaultPaths() {
    if (!paths.isEmpty()) {
      return paths;
    }
    Path home = Path.of(System.getProperty("dossier.home", "."));
    List<String> found = new ArrayList<>();
    for (String p : List.of("examples", "eval/wikinews")) {
      if (Files.isDirectory(home.resolve(p))) {
        found.add(home.resolve(p).toString());
      }
    }
    return found;
  }

  private record Result(double seconds, long peakHeap) {}

  private Result measure(List<Article> articles, int threads, ToIntFunction<Article> work) throws Exception {
    HeapMeter.reset();
    double total = 0;
    for (int r = 0; r < rounds; r++) {
      total += time(articles, threads, work);
    }
    return new Result(total / rounds, HeapMeter.peakBytes());
  }

  private static double time(List<Article> articles, int threads, ToIntFunction<Article> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<Integer>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(pool.submit(() -> work.applyAsInt(a)));
      }
      for (Future<Integer> f : done) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  private static void row(PrintWriter out, String name, int threads, Result r, int articles, int tokens) {
    out.printf(Locale.ROOT, "%-34s %7d %10.2f %11.0f %7d MB%n", name, threads, articles / r.seconds,
        tokens / r.seconds, r.peakHeap >> 20);
  }

  private static List<Article> load(List<String> paths) {
    List<Article> articles = new ArrayList<>();
    Readers.read(paths, new Sink() {
      @Override
      public void draft(Draft draft) {
        articles.add(Normaliser.normalise(draft));
      }

      @Override
      public void problem(Problem problem) {
        // the bench measures what it can read; extract reports bad input
      }
    });
    return articles;
  }
}
