package org.dossier.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The entry point of reading: files, folders and stdin to drafts. The format of each input is told from its
 * content (plain text, JSON Lines / JSON, HTML, RSS/Atom, WARC, each optionally gzipped), whatever its name.
 * Every bad input gives exactly one {@link Problem} and the batch goes on. Inputs are streamed: WARC and JSON
 * Lines are read record by record, any other document is refused once it passes a size bound, so no input is
 * ever loaded whole. Stateless and thread-safe; the sink is called from the calling thread.
 */
public final class Readers {
  /**
   * The most text one article may have: 5 MB (5 × 2^20 chars). Longer inputs are dumps, logs or books, not
   * news articles, and would stall the parser; they are skipped as "too large: N MB of text, limit 5 MB".
   */
  public static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

  /** The item name under which standard input is reported. */
  public static final String STDIN = "stdin";

  private static final int BUFFER = 64 * 1024;
  private static final int GZIP_INPUT = 8 * 1024;
  /** Compressed bytes that may be read to sniff a gzip's first bytes and still be rewound (plenty). */
  private static final int GZIP_HEAD_MARK = 1024 * 1024;
  private static final Map<Format, FormatReader> READERS = Map.of(
      Format.PLAIN, new PlainTextReader(),
      Format.JSON, new JsonLinesReader(),
      Format.HTML, new HtmlReader(),
      Format.FEED, new FeedReader(),
      Format.WARC, new WarcReader());

  private Readers() {}

  /**
   * Reads each path in order: a file, a folder (recursively, in name order, skipping hidden entries) or
   * {@code -} for standard input (which is not closed).
   */
  public static void read(List<String> paths, Sink sink) {
    read(paths, false, sink);
  }

  /**
   * Like {@link #read(List, Sink)}; with {@code followLinks}, symbolic links in a folder that lead out of it are
   * read too (otherwise each is reported, so a link to {@code /etc} does not read the system's files).
   */
  public static void read(List<String> paths, boolean followLinks, Sink sink) {
    for (String name : paths) {
      if (name.equals("-")) {
        read(STDIN, new FilterInputStream(System.in) {
          @Override
          public void close() {}
        }, sink);
        continue;
      }
      try {
        read(Path.of(name), followLinks, sink);
      } catch (InvalidPathException e) {
        sink.problem(new Problem(name, "invalid path: " + e.getReason()));
      }
    }
  }

  /** Reads a file, or a folder recursively in name order, skipping hidden entries. */
  public static void read(Path path, Sink sink) {
    read(path, false, sink);
  }

  /** Reads a file or folder; see {@link #read(List, boolean, Sink)} for {@code followLinks}. */
  public static void read(Path path, boolean followLinks, Sink sink) {
    Path root = null;
    if (!followLinks) {
      try {
        root = path.toRealPath();
      } catch (IOException e) {
        root = null; // walk reports why it cannot be read
      }
    }
    walk(path, root, sink, new HashSet<>());
  }

  /**
   * Reads one input of any supported format, named {@code item} in sources and problems. Does not close
   * {@code in}.
   */
  public static void read(String item, InputStream in, Sink sink) {
    try {
      dispatch(item, in, sink);
    } catch (BadInputException e) {
      sink.problem(e.problem());
    } catch (IOException e) {
      sink.problem(new Problem(item, describe(e)));
    } catch (RuntimeException e) {
      // a batch never dies on one input, even on a reader's bug
      sink.problem(new Problem(item, "unreadable: " + e));
    } catch (StackOverflowError e) {
      sink.problem(new Problem(item, "unreadable: nested too deeply to read"));
    } catch (OutOfMemoryError e) {
      sink.problem(new Problem(item, "unreadable: too large to read in this heap"));
    }
  }

  private static void dispatch(String item, InputStream raw, Sink sink) throws IOException {
    BufferedInputStream file = new BufferedInputStream(raw, BUFFER);
    InputStream in = file;
    byte[] head = Sniffer.peek(file, Sniffer.HEAD_BYTES);
    boolean gzip = Sniffer.isGzip(head);
    if (gzip) {
      file.mark(GZIP_HEAD_MARK);
      in = new BufferedInputStream(new GZIPInputStream(file, GZIP_INPUT), BUFFER);
      head = Sniffer.peek(in, Sniffer.HEAD_BYTES);
    }
    if (head.length == 0) {
      throw new BadInputException(item, "empty");
    }
    Format format = Sniffer.format(item, head);
    if (gzip && format == Format.WARC) {
      // jwarc reads gzipped WARCs member by member itself, and keeps every whole record of a truncated one
      file.reset();
      in = file;
    }
    READERS.get(format).read(item, in, sink);
  }

  /** {@code root}: the real path links may not lead out of; null to follow every link. */
  private static void walk(Path path, Path root, Sink sink, Set<Path> seenFolders) {
    String item = path.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class); // follows links: loops fail here
      if (root != null && Files.isSymbolicLink(path) && !path.toRealPath().startsWith(root)) {
        sink.problem(new Problem(item, "not followed: a symbolic link out of the input folder (to "
            + path.toRealPath() + "); --follow-links reads it"));
        return;
      }
    } catch (IOException e) {
      sink.problem(new Problem(item, Files.isSymbolicLink(path) && e instanceof NoSuchFileException
          ? "broken symbolic link: its target does not exist" : describe(e)));
      return;
    }
    if (attributes.isDirectory()) {
      try (Stream<Path> entries = Files.list(path)) {
        if (!seenFolders.add(path.toRealPath())) {
          return; // a link back up the tree
        }
        List<Path> children = entries.filter(p -> !isHidden(p)).sorted().toList();
        children.forEach(child -> walk(child, root, sink, seenFolders));
      } catch (IOException e) {
        sink.problem(new Problem(item, describe(e)));
      }
      return;
    }
    if (!attributes.isRegularFile()) {
      sink.problem(new Problem(item, "not a regular file"));
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      read(item, in, sink);
    } catch (IOException e) {
      sink.problem(new Problem(item, describe(e)));
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The reason for an I/O failure, in the analyst's words. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "not found";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("symbolic links")) {
      return "cannot read: a loop of symbolic links"; // ELOOP
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof EOFException) {
      return "truncated: " + message;
    }
    if (e instanceof ZipException) {
      return "malformed gzip: " + message;
    }
    return "cannot read: " + message;
  }
}
