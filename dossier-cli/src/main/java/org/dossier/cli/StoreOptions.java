package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.store.Store;
import picocli.CommandLine.Option;

/** The store folder, shared by the commands that write or read the store. */
final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path dir = Path.of("dossier-data");

  /** Opens (or creates) the store for writing; fails if another process is writing it. */
  Store openForWriting() throws IOException {
    return Store.open(dir);
  }

  /** Opens an existing store for reading; works while another process ingests. */
  Store openForReading() throws IOException {
    return Store.openReadOnly(dir);
  }
}
