package org.dossier.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input of a known format and hands each article (or bad record) to the sink. The stream is
 * already decompressed and positioned at its first byte; the reader does not close it.
 */
interface FormatReader {
  /**
   * @throws BadInputException if the whole item is unusable (nothing was sent to the sink for it then)
   * @throws IOException if reading fails; records already sent stay sent
   */
  void read(String item, InputStream in, Sink sink) throws IOException;
}
