package org.dossier.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a stream sink on a file it owns, so closing the sink closes the file. */
final class FileSinks {
  private static final int BUFFER = 64 * 1024;

  /** Makes a sink that writes to a stream it does not close. */
  interface StreamOpener<R> {
    RowSink<R> open(OutputStream out) throws IOException;
  }

  private FileSinks() {}

  /** A sink on {@code file}, created or truncated, closed with the sink. */
  static <R> RowSink<R> open(Path file, StreamOpener<R> opener) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    RowSink<R> sink;
    try {
      sink = opener.open(out);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
    return new RowSink<>() {
      @Override
      public void write(R row) throws IOException {
        sink.write(row);
      }

      @Override
      public void close() throws IOException {
        try (out) {
          sink.close();
        }
      }
    };
  }
}
