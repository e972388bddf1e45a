package org.dossier.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.json.Json;

/**
 * Dossier as a Spark job: reads articles from any Hadoop file system, runs the same pipeline as {@code dossier
 * extract} on every partition (one pipeline per executor JVM, see {@link ExecutorPipeline}) and writes, under
 * the output folder:
 *
 * <ul>
 *   <li>{@code records/}: schema-v1 JSON Lines, one record per article (format {@code jsonl});
 *   <li>{@code events/}, {@code statements/}: the Parquet tables of {@code dossier export} (format
 *       {@code parquet});
 *   <li>{@code rejects/}: JSON Lines {@code {"item": …, "reason": …}} for every bad item, duplicate and failed
 *       analysis: the job never fails for its input;
 *   <li>{@code summary.json}: the {@link JobSummary} counts.
 * </ul>
 *
 * <p>Stages: the driver lists the input ({@link Inputs}); files are read whole ({@link WholeFiles}) and big
 * JSON Lines by line ({@link JsonLines}) into normalised articles; these are hash-partitioned by article id and
 * sorted within each partition (so duplicates meet and the output does not depend on task timing); each
 * partition is extracted ({@link Extraction}) into outcomes that are cached once and written per output.
 *
 * <p>Run with {@code spark-submit --class org.dossier.spark.DossierJob dossier-spark-cluster.jar --input … --output
 * …} (see {@link JobOptions#USAGE}), or in-process with {@link #run}. One run at a time per session.
 */
public final class DossierJob {
  private DossierJob() {}

  /** The spark-submit entry point: exit code 0 when the job ran (whatever it rejected), 1 on a usage error. */
  public static void main(String[] args) throws IOException {
    JobOptions.Parsed parsed;
    try {
      parsed = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dossier: " + e.getMessage());
      System.exit(1);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("dossier");
    if (parsed.master() != null) {
      builder.master(parsed.master());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      System.out.println("dossier: " + run(spark, parsed.options()));
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in {@code spark}'s cluster and returns its counts once every output is written.
   *
   * @throws IllegalArgumentException if the output folder is not empty (and not to be overwritten), or holds
   *     input
   * @throws IOException if the output cannot be prepared or the summary written
   */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    Path out = new Path(options.output());
    FileSystem fs = out.getFileSystem(conf);
    Inputs inputs = Inputs.list(options.inputs(), conf);
    prepare(fs, fs.makeQualified(out), inputs, options.overwrite());
    Counters counters = Counters.register(sc);
    boolean parquet = options.formats().contains(OutputFormat.PARQUET);
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * sc.defaultParallelism();
    Dataset<Row> articles = spark.createDataFrame(read(sc, inputs, conf), Reads.SCHEMA)
        // bad items carry no id: spread them by name
        .repartition(partitions, coalesce(col("article_id"), col("item")))
        .sortWithinPartitions(col("article_id").asc_nulls_first(), col("item"));
    JavaRDD<Row> extracted = articles.javaRDD().mapPartitions(new Extraction(counters, options.dedup(), parquet, options.pipeline()));
    Dataset<Row> outcomes = spark.createDataFrame(extracted, Extraction.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(outcomes, out, options);
    } finally {
      outcomes.unpersist();
    }
    JobSummary summary = counters.summary((System.nanoTime() - start) / 1e9);
    try (OutputStream s = fs.create(new Path(out, "summary.json"), true)) {
      s.write(Json.MAPPER.writeValueAsString(summary).getBytes(StandardCharsets.UTF_8));
      s.write('\n');
    }
    return summary;
  }

  /** Every input file as {@link Reads} rows, plus a bad item for each input that matched nothing. */
  private static JavaRDD<Row> read(JavaSparkContext sc, Inputs inputs, Configuration conf) throws IOException {
    int slices = Math.max(1, Math.min(inputs.wholeFiles().size(), 4 * sc.defaultParallelism()));
    JavaRDD<Row> rows = sc.parallelize(inputs.wholeFiles(), slices)
        .flatMap(new WholeFiles(sc.broadcast(new HadoopConf(conf))));
    if (!inputs.lineFiles().isEmpty()) {
      rows = rows.union(JsonLines.rows(sc, inputs.lineFiles(), conf));
    }
    List<Row> missing = inputs.problems().stream().map(Reads::problem).toList();
    return missing.isEmpty() ? rows : rows.union(sc.parallelize(missing, 1));
  }

  private static void write(Dataset<Row> outcomes, Path out, JobOptions options) {
    if (options.formats().contains(OutputFormat.JSONL)) {
      outcomes.where(col("record").isNotNull()).select("record")
          .write().mode(SaveMode.Overwrite).text(new Path(out, "records").toString());
    }
    if (options.formats().contains(OutputFormat.PARQUET)) {
      for (String table : List.of("events", "statements")) {
        outcomes.select(explode(col(table)).as("row")).select("row.*")
            .write().mode(SaveMode.Overwrite).parquet(new Path(out, table).toString());
      }
    }
    // few and read by people: one file
    outcomes.where(col("reason").isNotNull()).select("item", "reason").coalesce(1)
        .write().mode(SaveMode.Overwrite).json(new Path(out, "rejects").toString());
  }

  /** Makes {@code out} an empty folder, refusing to replace anything unless told, and never the input. */
  private static void prepare(FileSystem fs, Path out, Inputs inputs, boolean overwrite) throws IOException {
    String prefix = out.toString().endsWith("/") ? out.toString() : out + "/";
    for (List<String> files : List.of(inputs.wholeFiles(), inputs.lineFiles())) {
      for (String f : files) {
        if (f.startsWith(prefix)) {
          throw new IllegalArgumentException("input " + f + " is inside the output folder " + out);
        }
      }
    }
    if (fs.exists(out)) {
      if (!fs.getFileStatus(out).isDirectory()) {
        throw new IllegalArgumentException("output " + out + " is a file");
      }
      if (fs.listStatus(out).length > 0) {
        if (!overwrite) {
          throw new IllegalArgumentException("output " + out + " is not empty (--overwrite replaces it)");
        }
        fs.delete(out, true);
      }
    }
    fs.mkdirs(out);
  }
}
