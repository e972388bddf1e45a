package org.dossier.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Block;
import org.dossier.read.Draft.Part;

/** Test resources and small builders. */
final class Fixtures {
  static final String UNN = "read/unn-2025-03-12-lavrov.txt";
  static final String UNN_TITLE =
      "\"Under no circumstances\": Lavrov opposes the possible introduction of a foreign contingent into Ukraine";

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Copies a resource into {@code dir} under {@code name}, whatever its own name. */
  static Path copy(String resource, Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), bytes(resource));
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static List<String> texts(Draft draft, Block.Kind kind) {
    return draft.parts().stream().filter(p -> p.kind() == kind).map(Part::text).collect(Collectors.toList());
  }
}
