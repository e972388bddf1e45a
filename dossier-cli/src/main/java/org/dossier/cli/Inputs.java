package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command's input paths checked before anything slow starts (the models take seconds to load): paths that do
 * not exist and folders without a file to read are found here, so a typo costs no model loading.
 *
 * @param usable the paths to read ("-" for stdin stays)
 * @param missing lines "PATH: not found" of paths that do not exist
 * @param empty folders that hold no file to read (hidden entries do not count, as the readers skip them)
 */
record Inputs(List<String> usable, List<String> missing, List<String> empty) {
  static Inputs check(List<String> paths) {
    List<String> usable = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        usable.add(p);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        missing.add(p + ": not found");
      } else if (Files.isDirectory(path) && !holdsFile(path)) {
        empty.add(p);
      } else {
        usable.add(p);
      }
    }
    return new Inputs(List.copyOf(usable), List.copyOf(missing), List.copyOf(empty));
  }

  /** Whether a folder holds, at any depth, a file the readers would read. */
  private static boolean holdsFile(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (p.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p) ? holdsFile(p) : Files.exists(p)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true; // unreadable: let the reader report it with its reason
    }
  }
}
