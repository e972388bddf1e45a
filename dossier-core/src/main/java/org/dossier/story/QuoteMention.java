package org.dossier.story;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Party;
import org.dossier.model.Statement;

/**
 * What quote matching needs of one statement: where it was reported, who said it (code, and the entity's
 * canonical name folded) and its content. Stored with its story. Immutable.
 *
 * @param key {@code ARTICLE_ID/STATEMENT_ID}
 * @param speaker the speaker's actor code, or null
 * @param speakerName the speaker entity's canonical name (else the name used), lower-cased; null when unnamed
 */
public record QuoteMention(String key, String article, String statement, String outlet, LocalDate published,
                           String speaker, String speakerName, String kind, String content) {

  public static QuoteMention of(DossierRecord r, Statement s, Map<String, Entity> entities) {
    Party p = s.speaker();
    String code = p == null || p.actor() == null || p.actor().isBlank() ? null : p.actor().strip();
    Entity e = p == null || p.entity() == null ? null : entities.get(p.entity());
    String name = e != null ? e.name() : p == null ? null : p.name();
    return new QuoteMention(EventMention.key(r.id(), s.id()), r.id(), s.id(), r.outlet(), r.published(), code,
        name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT), s.kind(),
        s.content() == null ? null : s.content().text());
  }
}
