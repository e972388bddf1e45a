package org.dossier.store;

import java.time.LocalDate;
import org.dossier.model.DossierRecord;
import org.dossier.model.Source;

/** The article a hit comes from: enough to cite it without loading the record. Immutable. */
public record ArticleRef(String id, String title, LocalDate published, String outlet, Source source) {
  public static ArticleRef of(DossierRecord r) {
    return new ArticleRef(r.id(), r.title(), r.published(), r.outlet(), r.source());
  }

  /** The file (with its record locator) or, failing that, the URL; null when neither is known. */
  public String where() {
    if (source == null) {
      return null;
    }
    return source.url() != null ? source.url() : source.path();
  }
}
