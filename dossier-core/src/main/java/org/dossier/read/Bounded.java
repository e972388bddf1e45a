package org.dossier.read;

import java.io.IOException;
import java.io.InputStream;

/** Reads a whole document from a stream without ever holding more than {@link Limits#MAX_INPUT_BYTES}. */
final class Bounded {
  private Bounded() {}

  /**
   * All remaining bytes of {@code in}.
   *
   * @throws BadInputException "too large" once more than {@link Limits#MAX_INPUT_BYTES} bytes arrive
   */
  static byte[] readAll(String item, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(Limits.MAX_INPUT_BYTES + 1);
    if (bytes.length > Limits.MAX_INPUT_BYTES) {
      throw new BadInputException(item, Limits.tooLargeInput());
    }
    return bytes;
  }
}
