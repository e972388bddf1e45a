package org.dossier.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dossier.read.Problem;

/**
 * The input files of a job, listed once on the driver through Hadoop's file systems, so folders and globs work
 * the same on a laptop, HDFS and S3. Folders are walked recursively in name order, skipping hidden entries
 * (names starting with {@code .} or {@code _}, such as Spark's {@code _SUCCESS}). Uncompressed JSON Lines
 * ({@code *.jsonl}, {@code *.ndjson}) are read by line so one big file spreads over many tasks; every other file
 * is one item read whole by Dossier's readers (format told from content, gzip included). Immutable.
 *
 * @param wholeFiles files read whole, as Hadoop path strings (the item names of their articles)
 * @param lineFiles JSON Lines files read line by line
 * @param problems inputs that match nothing ("not found") or cannot be listed
 */
record Inputs(List<String> wholeFiles, List<String> lineFiles, List<Problem> problems) {

  Inputs {
    wholeFiles = List.copyOf(wholeFiles);
    lineFiles = List.copyOf(lineFiles);
    problems = List.copyOf(problems);
  }

  /** Lists {@code inputs} (paths or globs, in order; each file once). */
  static Inputs list(List<String> inputs, Configuration conf) {
    TreeSet<String> seen = new TreeSet<>();
    List<String> whole = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(new Problem(input, "not found"));
          continue;
        }
        for (FileStatus match : matches) {
          for (String file : files(fs, match)) {
            if (seen.add(file)) {
              (isLines(file) ? lines : whole).add(file);
            }
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Problem(input, "cannot list: " + e.getMessage()));
      }
    }
    return new Inputs(whole, lines, problems);
  }

  /** How many files there are to read. */
  int fileCount() {
    return wholeFiles.size() + lineFiles.size();
  }

  private static List<String> files(FileSystem fs, FileStatus match) throws IOException {
    if (!match.isDirectory()) {
      return List.of(match.getPath().toString());
    }
    String root = match.getPath().toString();
    TreeSet<String> found = new TreeSet<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
    while (it.hasNext()) {
      String file = it.next().getPath().toString();
      if (!isHidden(file.substring(Math.min(root.length(), file.length())))) {
        found.add(file);
      }
    }
    return List.copyOf(found);
  }

  /** Whether a path below a listed folder has a hidden part. */
  static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a file is split into lines: named as JSON Lines and not compressed (a gzip cannot be split, and
   * Dossier's reader reports a truncated one where Hadoop's line reader would fail the task), with a plain name.
   */
  static boolean isLines(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    // Hadoop's input formats drop hidden files silently, even when named, and take path lists as globs
    // separated by commas: such names are read whole, which is always right, only not split
    return (name.endsWith(".jsonl") || name.endsWith(".ndjson")) && !isHidden(name)
        && file.chars().noneMatch(c -> "\\{}[]*?,".indexOf(c) >= 0);
  }
}
