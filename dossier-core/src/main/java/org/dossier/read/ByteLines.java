package org.dossier.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n' (dropping a trailing '\r') without holding more than one line, and
 * never more than {@code maxLineBytes} of it: a longer line is reported as too long and skipped. Not
 * thread-safe.
 */
final class ByteLines {
  /** One line; {@code terminated} is false for a last line with no newline (possibly cut off). */
  record Line(int number, byte[] bytes, boolean terminated, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int number;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer));
        position = 0;
        if (limit == 0) {
          return any ? line(line, false, tooLong) : null;
        }
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      if (!tooLong) {
        if (line.size() + (end - position) > maxLineBytes) {
          tooLong = true;
          line = new ByteArrayOutputStream();
        } else {
          line.write(buffer, position, end - position);
        }
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        return line(line, true, tooLong);
      }
    }
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Line line(ByteArrayOutputStream line, boolean terminated, boolean tooLong) {
    number++;
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, length - 1);
    }
    return new Line(number, bytes, terminated, tooLong);
  }
}
