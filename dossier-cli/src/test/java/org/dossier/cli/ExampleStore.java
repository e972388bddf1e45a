package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store holding the example article, ingested once per test JVM for the read-only command tests. */
final class ExampleStore {
  private static String path;

  private ExampleStore() {}

  static synchronized String path() {
    if (path == null) {
      try {
        Path dir = Files.createTempDirectory("dossier-example-store");
        dir.toFile().deleteOnExit();
        path = dir.resolve("store").toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // the rule stages only, so the counts these tests hold do not move when the event-type model is retrained
      var r = IngestCommandTest.run("ingest", "--store", path, "--event-model", "off",
          IngestCommandTest.EXAMPLE.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    return path;
  }
}
