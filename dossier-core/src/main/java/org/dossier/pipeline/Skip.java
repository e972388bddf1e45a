package org.dossier.pipeline;

import java.util.function.Function;
import org.dossier.model.Article;

/**
 * Why an article is left out before its analysis: it is stored already as it is (silent), or it is a duplicate
 * of a stored article (a skip line with the reason).
 */
public record Skip(boolean duplicate, String reason) {
  private static final Skip UNCHANGED = new Skip(false, "unchanged");

  /** A gate that lets every article through to its analysis. */
  public static final Function<Article, Skip> NONE = a -> null;

  public static Skip unchanged() {
    return UNCHANGED;
  }

  public static Skip duplicate(String reason) {
    return new Skip(true, reason);
  }
}
