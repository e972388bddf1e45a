package org.dossier.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts as named Spark accumulators (shown live in the Spark UI), added to by the tasks that extract.
 * Spark applies a transformation's accumulator updates once per task attempt: a task retried after an executor
 * loss counts its articles again, so on a flaky cluster the counts are an upper bound (the outputs themselves
 * are exact). Thread-safe.
 */
final class Counters implements Serializable {
  private static final long serialVersionUID = 1L;

  final LongAccumulator articles;
  final LongAccumulator records;
  final LongAccumulator duplicates;
  final LongAccumulator rejects;
  final LongAccumulator statements;
  final LongAccumulator events;

  private Counters(JavaSparkContext sc) {
    articles = sc.sc().longAccumulator("dossier articles");
    records = sc.sc().longAccumulator("dossier records");
    duplicates = sc.sc().longAccumulator("dossier duplicates");
    rejects = sc.sc().longAccumulator("dossier rejects");
    statements = sc.sc().longAccumulator("dossier statements");
    events = sc.sc().longAccumulator("dossier events");
  }

  /** Fresh counters registered with {@code sc}; call on the driver. */
  static Counters register(JavaSparkContext sc) {
    return new Counters(sc);
  }

  /** The counts so far; read on the driver after the job's actions. */
  JobSummary summary(double seconds) {
    return new JobSummary(articles.value(), records.value(), duplicates.value(), rejects.value(),
        statements.value(), events.value(), seconds);
  }
}
