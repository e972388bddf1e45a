package org.dossier.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the rows of one table go, in one format. Not thread-safe: one thread writes, then closes. Closing
 * finishes the table (a Parquet footer, the last buffered bytes); a sink opened on a caller's stream flushes it
 * and leaves it open, a sink opened on a file closes the file.
 *
 * @param <R> the row record
 */
public interface RowSink<R> extends Closeable {

  void write(R row) throws IOException;
}
