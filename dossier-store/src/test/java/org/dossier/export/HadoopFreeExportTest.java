package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dossier.store.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports in a JVM whose class path has no Hadoop jar, as {@code dossier export} runs. The test class path has
 * two bare Hadoop jars only because Parquet's reader, used as the oracle, still needs them.
 */
class HadoopFreeExportTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir
  Path dir;

  /** Run in the child JVM: exports every format to {@code args[0]}, and fails if Hadoop is reachable. */
  public static void main(String[] args) throws IOException {
    try {
      Class.forName("org.apache.hadoop.conf.Configuration");
      throw new IllegalStateException("Hadoop is on the class path");
    } catch (ClassNotFoundException expected) {
      // the point: nothing below can use Hadoop
    }
    for (Format f : Format.values()) {
      Exporter.export(Examples.both(), Filters.NONE, f, Path.of(args[0]));
    }
  }

  @Test
  void everyFormatExportsWithoutHadoop() throws IOException, InterruptedException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("hadoop-"))
        .collect(Collectors.joining(File.pathSeparator));
    Process child = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "-Ddossier.root=" + System.getProperty("dossier.root"),
        HadoopFreeExportTest.class.getName(), dir.toString()))
        .redirectErrorStream(true)
        .start();
    boolean done = child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      child.destroyForcibly();
    }

    assertThat(done).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).isEmpty();
    assertThat(ParquetFiles.read(dir.resolve("events.parquet")).rows()).hasSize(5);
    assertThat(ParquetFiles.read(dir.resolve("statements.parquet")).rows()).hasSize(4);
  }
}
