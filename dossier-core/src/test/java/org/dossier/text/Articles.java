package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dossier.model.Article;
import org.dossier.read.PlainTextReader;

/** Articles from test resources in the plain format. */
final class Articles {
  private Articles() {}

  static String text(String resource) {
    try (InputStream in = Articles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article plain(String name, String text) {
    return Normaliser.normalise(PlainTextReader.parse(name, text));
  }

  static Article resource(String resource) {
    return plain(resource, text(resource));
  }
}
