package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dossier.spark.DossierJob;
import org.dossier.spark.JobOptions;
import org.dossier.spark.JobSummary;
import org.dossier.spark.LocalSpark;
import org.dossier.spark.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier spark}: the Spark job ({@link DossierJob}) in this JVM on {@code local[N]}, for one machine and
 * for trying the job before a cluster; a cluster runs the same job with spark-submit. The JVM's heap (the
 * launcher's {@code -Xmx3g}) is the executor's: the pipeline takes about 1.5 GB of it whatever N is.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Run the Spark job in this JVM: read articles (files, folders, globs; any Hadoop file system), "
        + "extract on N cores and write records/ (JSON Lines), events/ and statements/ (Parquet), rejects/ and "
        + "summary.json to the output folder. Exit code 2 when anything was rejected. On a cluster, run "
        + "org.dossier.spark.DossierJob with spark-submit instead (see the README).")
final class SparkCommand implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "local[N]",
      description = "Spark master in this JVM: local[N] or local[*] (default: ${DEFAULT-VALUE}).")
  String master = "local[*]";

  @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
      description = "Files, folders (recursive) or globs: plain text, JSON Lines (*.jsonl read by line), HTML, "
          + "feeds, WARC, gzipped or not.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder; must be empty.")
  String output;

  @Option(names = "--format", paramLabel = "LIST",
      description = "jsonl, parquet or both, comma-separated (default: ${DEFAULT-VALUE}).")
  String format = "jsonl,parquet";

  @Option(names = "--partitions", paramLabel = "N", description = "Extraction partitions (default: 4 per core).")
  int partitions;

  @Option(names = "--no-dedup", description = "Keep duplicates (input de-duplicated upstream).")
  boolean noDedup;

  @Option(names = "--overwrite", description = "Replace a non-empty output folder.")
  boolean overwrite;

  @Mixin
  PipelineOptions pipeline;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    JobOptions options = new JobOptions(inputs, output, OutputFormat.parse(format), partitions, !noDedup,
        overwrite, pipeline.spec());
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = LocalSpark.start(master);
    JobSummary summary;
    try {
      summary = DossierJob.run(spark, options);
    } finally {
      spark.stop();
    }
    out.println("dossier: " + summary + "; output in " + output);
    out.flush();
    return summary.rejects() > 0 ? Main.SKIPPED : Main.OK;
  }
}
