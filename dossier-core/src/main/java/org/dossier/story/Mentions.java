package org.dossier.story;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;

/** The event and quote mentions of a record, in the record's order. Stateless. */
public final class Mentions {
  private Mentions() {}

  public static List<EventMention> events(DossierRecord r) {
    Map<String, Entity> entities = entities(r);
    return r.events().stream().filter(e -> e.id() != null).map(e -> EventMention.of(r, e, entities)).toList();
  }

  public static List<QuoteMention> quotes(DossierRecord r) {
    Map<String, Entity> entities = entities(r);
    return r.statements().stream().filter(s -> s.id() != null).map(s -> QuoteMention.of(r, s, entities)).toList();
  }

  private static Map<String, Entity> entities(DossierRecord r) {
    return r.entities().stream().filter(e -> e.id() != null)
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
  }
}
