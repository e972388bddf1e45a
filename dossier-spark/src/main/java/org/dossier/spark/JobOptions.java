package org.dossier.spark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one run of {@link DossierJob} does. Immutable.
 *
 * @param inputs files, folders (walked recursively) or globs on any Hadoop file system ({@code s3a://},
 *     {@code hdfs://}, {@code file:}, or a plain local path); at least one
 * @param output the folder the job writes {@code records/}, {@code events/}, {@code statements/},
 *     {@code rejects/} and {@code summary.json} to
 * @param formats JSON Lines and/or Parquet; at least one
 * @param partitions how many partitions extract, 0 for four per core of the cluster
 * @param dedup whether duplicates are skipped (exact ones across the whole input, near ones within a partition);
 *     false for input already de-duplicated upstream
 * @param overwrite whether an existing non-empty output folder may be replaced
 */
public record JobOptions(List<String> inputs, String output, Set<OutputFormat> formats, int partitions,
    boolean dedup, boolean overwrite) {
  public static final String USAGE = "usage: DossierJob --input PATH... --output DIR [--format jsonl,parquet] "
      + "[--partitions N] [--no-dedup] [--overwrite] [--master URL]";

  public JobOptions {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no --output given");
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format given");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must not be negative, was " + partitions);
    }
  }

  /** Both formats, de-duplicated, four partitions per core, never replacing an output. */
  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, EnumSet.allOf(OutputFormat.class), 0, true, false);
  }

  public JobOptions withFormats(Set<OutputFormat> f) {
    return new JobOptions(inputs, output, f, partitions, dedup, overwrite);
  }

  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, formats, n, dedup, overwrite);
  }

  public JobOptions withDedup(boolean d) {
    return new JobOptions(inputs, output, formats, partitions, d, overwrite);
  }

  public JobOptions withOverwrite(boolean o) {
    return new JobOptions(inputs, output, formats, partitions, dedup, o);
  }

  /** The command line of {@code spark-submit ... dossier-spark.jar ARGS} and its master, if one was given. */
  public record Parsed(JobOptions options, String master) {}

  /**
   * Parses {@link #USAGE}; {@code --input} takes every argument up to the next option.
   *
   * @throws IllegalArgumentException on a usage error, with a message for the user
   */
  public static Parsed parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
    int partitions = 0;
    boolean dedup = true;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
        }
        case "--output" -> output = value(args, ++i);
        case "--format" -> formats = OutputFormat.parse(value(args, ++i));
        case "--partitions" -> partitions = number(value(args, ++i));
        case "--master" -> master = value(args, ++i);
        case "--no-dedup" -> dedup = false;
        case "--overwrite" -> overwrite = true;
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
      }
    }
    return new Parsed(new JobOptions(inputs, output, formats, partitions, dedup, overwrite), master);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + s);
    }
  }
}
