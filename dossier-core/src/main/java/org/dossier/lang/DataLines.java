package org.dossier.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a bundled data file: stripped, with blank lines and lines starting with {@code #} left
 * out, each with its line number so that a loader's error can name the file and line.
 */
public final class DataLines {
  /** One content line and its 1-based number in the file. */
  public record Line(int number, String text) {
    /** The line's whitespace-separated fields, at most {@code limit} (the last one keeps the rest). */
    public String[] fields(int limit) {
      return text.split("\\s+", limit);
    }
  }

  private DataLines() {}

  /** The content lines of resource {@code name}, found beside {@code owner}. */
  public static List<Line> of(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("data file " + name + " is missing beside " + owner.getName());
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          out.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    return out;
  }
}
