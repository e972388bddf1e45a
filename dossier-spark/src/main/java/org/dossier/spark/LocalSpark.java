package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Spark inside this JVM, for {@code dossier spark --master local[N]}, the benchmark and tests: the driver is the
 * only executor, so its heap ({@code -Xmx}) holds the one pipeline and every task's work. No web UI, loopback
 * only, dates as {@link java.time.LocalDate}; Java 17 needs no {@code --add-opens} flag for what Dossier does. Not for cluster masters: spark-submit configures those.
 */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * A new session on {@code master} ({@code local}, {@code local[N]}, {@code local[*]}); stop it when done, as
   * one JVM runs one Spark context at a time.
   *
   * @throws IllegalArgumentException if {@code master} is not a local master
   */
  public static SparkSession start(String master) {
    if (!master.startsWith("local")) {
      throw new IllegalArgumentException("not a local master: " + master + " (use spark-submit for a cluster)");
    }
    return SparkSession.builder()
        .master(master)
        .appName("dossier")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        // dates come back as LocalDate: java.sql.Date needs --add-opens java.base/sun.util.calendar on Java 17
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
  }
}
