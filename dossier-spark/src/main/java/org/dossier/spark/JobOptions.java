package org.dossier.spark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dossier.pipeline.PipelineSpec;

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
 * @param pipeline the pipeline every executor builds: the user's dictionaries and lexicon travel with the job
 */
public record JobOptions(List<String> inputs, String output, Set<OutputFormat> formats, int partitions,
    boolean dedup, boolean overwrite, PipelineSpec pipeline) {
  public static final String USAGE = "usage: DossierJob --input PATH... --output DIR [--format jsonl,parquet] "
      + "[--partitions N] [--no-dedup] [--overwrite] [--master URL] [--actors FILE]... [--agents FILE]... "
      + "[--events FILE] [--parse relevant|all] [--min-confidence P] [--event-model on|off]";

  /** A job with the standard pipeline. */
  public JobOptions(List<String> inputs, String output, Set<OutputFormat> formats, int partitions, boolean dedup,
                    boolean overwrite) {
    this(inputs, output, formats, partitions, dedup, overwrite, PipelineSpec.standard());
  }

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
    if (pipeline == null) {
      throw new IllegalArgumentException("no pipeline given");
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
    return new JobOptions(inputs, output, f, partitions, dedup, overwrite, pipeline);
  }

  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, formats, n, dedup, overwrite, pipeline);
  }

  public JobOptions withDedup(boolean d) {
    return new JobOptions(inputs, output, formats, partitions, d, overwrite, pipeline);
  }

  public JobOptions withOverwrite(boolean o) {
    return new JobOptions(inputs, output, formats, partitions, dedup, o, pipeline);
  }

  public JobOptions withPipeline(PipelineSpec p) {
    return new JobOptions(inputs, output, formats, partitions, dedup, overwrite, p);
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
    List<java.nio.file.Path> actors = new ArrayList<>();
    List<java.nio.file.Path> agents = new ArrayList<>();
    java.nio.file.Path events = null;
    boolean parseAll = false;
    double minConfidence = 0;
    boolean eventModel = true;
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
        case "--actors" -> actors.add(java.nio.file.Path.of(value(args, ++i)));
        case "--agents" -> agents.add(java.nio.file.Path.of(value(args, ++i)));
        case "--events" -> events = java.nio.file.Path.of(value(args, ++i));
        case "--parse" -> parseAll = parse(value(args, ++i));
        case "--min-confidence" -> minConfidence = fraction(value(args, ++i));
        case "--event-model" -> eventModel = onOff(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
      }
    }
    // the driver reads the user's files once; executors get their contents with the job
    PipelineSpec pipeline = PipelineSpec.of(actors, agents, events, parseAll, minConfidence, eventModel);
    return new Parsed(new JobOptions(inputs, output, formats, partitions, dedup, overwrite, pipeline), master);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static boolean parse(String s) {
    return switch (s) {
      case "all" -> true;
      case "relevant" -> false;
      default -> throw new IllegalArgumentException("--parse takes relevant or all, not " + s);
    };
  }

  private static boolean onOff(String s) {
    return switch (s) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("--event-model takes on or off, not " + s);
    };
  }

  private static double fraction(String s) {
    try {
      double d = Double.parseDouble(s);
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--min-confidence takes a number in [0, 1], not " + s);
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + s);
    }
  }
}
