package org.dossier.export;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.DossierRecord;
import org.dossier.store.Filters;
import org.dossier.store.Records;
import org.dossier.store.Store;
import org.dossier.story.Story;

/** A store's matching records for an export, with their story ids and stories. Thread-safe as the store. */
public final class StoreSource implements Exporter.RecordSource {
  private final Store store;
  private final Filters filters;

  private StoreSource(Store store, Filters filters) {
    this.store = store;
    this.filters = filters;
  }

  /** The articles with any document matching {@code filters} ({@link Records#forEach}). */
  public static StoreSource of(Store store, Filters filters) {
    return new StoreSource(store, filters);
  }

  @Override
  public void forEach(Consumer<DossierRecord> each) {
    Records.forEach(store, filters, each);
  }

  @Override
  public Map<String, String> storyIds(DossierRecord r) {
    return store.storyIds(r.id());
  }

  @Override
  public Optional<Story> story(String id) {
    return store.story(id);
  }
}
