package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Source;

/**
 * What an article's analysis depends on, hashed: its title, date, outlet, dateline, language and text, and the
 * pipeline's key ({@link org.dossier.pipeline.PipelineSpec#key}). Where it was read from is left out, so a copy
 * under another path hashes the same. An article stored with the same input hash needs no new analysis.
 */
public final class InputHash {
  private InputHash() {}

  public static String of(Article a, String pipelineKey) {
    return of(pipelineKey, a.title(), a.published(), a.outlet(), a.dateline(), a.language(), a.text());
  }

  /** The hash of the article a record was extracted from (a record carries the article's fields). */
  public static String of(DossierRecord r, String pipelineKey) {
    return of(pipelineKey, r.title(), r.published(), r.outlet(), r.dateline(), r.language(), r.text());
  }

  /** Where an article came from, as the store keeps it: its path (with record locator), else its URL. */
  public static String source(Source s) {
    if (s == null) {
      return null;
    }
    return s.path() != null ? s.path() : s.url();
  }

  private static String of(String key, String title, LocalDate published, String outlet, String dateline,
                           String language, String text) {
    StringBuilder b = new StringBuilder(text.length() + 200);
    for (Object part : new Object[] {key, title, published, outlet, dateline, language}) {
      b.append(part).append('\u0000'); // a separator no field holds, so fields cannot run into each other
    }
    b.append(text);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
