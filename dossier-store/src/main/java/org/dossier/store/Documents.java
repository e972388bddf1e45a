package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.store.Filters.Kind;

/**
 * Turns a record into its block of Lucene documents: one per statement, one per event, then the article (last,
 * as block joins expect the parent at the end). Stateless and thread-safe.
 */
final class Documents {
  /** Mentions that are not names and so must not make an entity findable ("he" said ...). */
  private static final Set<String> NOT_NAMES = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
      "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your");

  private Documents() {}

  /** The block of {@code r}, whose schema-v1 JSON is {@code json} (stored whole on the article document). */
  static List<Document> of(DossierRecord r, String json, String fingerprint) {
    return of(r, json, fingerprint, null);
  }

  /** As {@link #of(DossierRecord, String, String)}, with the article's input hash (or null). */
  static List<Document> of(DossierRecord r, String json, String fingerprint, String inputHash) {
    return of(r, json, fingerprint, inputHash, Map.of());
  }

  /** As {@link #of(DossierRecord, String, String, String)}, with the story id of each event and statement. */
  static List<Document> of(DossierRecord r, String json, String fingerprint, String inputHash,
                           Map<String, String> stories) {
    ArticleRef ref = ArticleRef.of(r);
    Map<String, Entity> entities = r.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<Document> docs = new ArrayList<>(r.statements().size() + r.events().size() + 1);
    for (Statement s : r.statements()) {
      docs.add(withStory(statement(r, ref, s, entities), stories.get(s.id())));
    }
    for (Event e : r.events()) {
      docs.add(withStory(event(r, ref, e, entities), stories.get(e.id())));
    }
    Document article = article(r, ref, json, fingerprint, inputHash);
    if (!stories.isEmpty()) {
      article.add(new StoredField(Fields.STORIES, StoryIndex.writeAssignments(stories)));
    }
    docs.add(article);
    return docs;
  }

  private static Document withStory(Document d, String story) {
    if (story != null) {
      d.add(new StringField(Fields.STORY, story, Field.Store.YES));
    }
    return d;
  }

  private static Document statement(DossierRecord r, ArticleRef ref, Statement s, Map<String, Entity> entities) {
    Document d = common(Kind.STATEMENT, r, s.id(), r.published());
    String content = s.content() == null ? "" : s.content().text();
    String sentence = sentence(r.text(), s.content());
    d.add(new TextField(Fields.TEXT, content, Field.Store.NO));
    addContext(d, sentence);
    Party speaker = s.speaker();
    if (speaker != null) {
      for (String name : names(speaker, entities)) {
        d.add(new TextField(Fields.SPEAKER, name, Field.Store.NO));
      }
      if (speaker.actor() != null) {
        d.add(new StringField(Fields.SPEAKER_CODE, code(speaker.actor()), Field.Store.NO));
      }
    }
    addParties(d, List.of(nullSafe(speaker)), entities);
    addCountries(d, countries(List.of(nullSafe(speaker)), entities));
    d.add(new StoredField(Fields.HIT, json(new Hit(Kind.STATEMENT, 0, ref, s, null, content, sentence))));
    return d;
  }

  private static Document event(DossierRecord r, ArticleRef ref, Event e, Map<String, Entity> entities) {
    Document d = common(Kind.EVENT, r, e.id(), happened(e, r.published()));
    String evidence = e.evidence() == null ? "" : e.evidence().text();
    String sentence = sentence(r.text(), e.evidence());
    d.add(new TextField(Fields.TEXT, evidence, Field.Store.NO));
    addContext(d, sentence);
    if (e.type() != null) {
      String type = code(e.type());
      d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.facet(Facet.TYPE.dimension()), new BytesRef(type)));
    }
    List<Party> parties = new ArrayList<>();
    parties.add(nullSafe(e.source()));
    parties.add(nullSafe(e.target()));
    addParties(d, parties, entities);
    Set<String> countries = countries(parties, entities);
    if (e.where() != null && e.where().country() != null) {
      countries.add(code(e.where().country()));
    }
    addCountries(d, countries);
    d.add(new StoredField(Fields.HIT, json(new Hit(Kind.EVENT, 0, ref, null, e, evidence, sentence))));
    return d;
  }

  private static Document article(DossierRecord r, ArticleRef ref, String json, String fingerprint,
                                  String inputHash) {
    Document d = common(Kind.ARTICLE, r, r.id(), r.published());
    d.add(new TextField(Fields.TEXT, r.text(), Field.Store.NO));
    if (r.title() != null) {
      d.add(new TextField(Fields.TITLE, r.title(), Field.Store.NO));
    }
    Map<String, Entity> none = Map.of();
    List<Party> parties = r.entities().stream().map(en -> new Party(en.name(), null, en.actor())).toList();
    addParties(d, parties, none);
    Set<String> countries = new LinkedHashSet<>();
    r.entities().stream().map(en -> PartyCountry.of(en.actor(), en.country())).filter(c -> c != null)
        .forEach(c -> countries.add(code(c)));
    r.events().stream().filter(e -> e.where() != null && e.where().country() != null)
        .forEach(e -> countries.add(code(e.where().country())));
    addCountries(d, countries);
    d.add(new StoredField(Fields.HIT, json(new Hit(Kind.ARTICLE, 0, ref, null, null, lead(r), null))));
    d.add(new StoredField(Fields.RECORD, json));
    d.add(new StoredField(Fields.FINGERPRINT, fingerprint));
    if (inputHash != null) {
      d.add(new StoredField(Fields.INPUT_HASH, inputHash));
    }
    String source = InputHash.source(r.source());
    if (source != null) {
      d.add(new StoredField(Fields.SOURCE, source));
    }
    return d;
  }

  /** Fields every document has: kind, article id, own id, outlet and dates. */
  private static Document common(Kind kind, DossierRecord r, String id, LocalDate date) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, kind.label(), Field.Store.NO));
    d.add(new StringField(Fields.ARTICLE, r.id(), Field.Store.NO));
    d.add(new SortedDocValuesField(Fields.ARTICLE, new BytesRef(r.id())));
    d.add(new StringField(Fields.ID, id == null ? "" : id, Field.Store.NO));
    if (r.outlet() != null && !r.outlet().isBlank()) {
      d.add(new StringField(Fields.OUTLET, r.outlet().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.facet(Facet.OUTLET.dimension()), new BytesRef(r.outlet().strip())));
    }
    if (r.published() != null) {
      long day = r.published().toEpochDay();
      d.add(new LongPoint(Fields.PUBLISHED, day));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
      d.add(new SortedSetDocValuesField(Fields.facet(Facet.MONTH.dimension()),
          new BytesRef(r.published().toString().substring(0, 7))));
    }
    if (date != null) {
      d.add(new LongPoint(Fields.DATE, date.toEpochDay()));
      d.add(new NumericDocValuesField(Fields.DATE, date.toEpochDay()));
    }
    return d;
  }

  private static String sentence(String text, Span span) {
    return Sentences.textAround(text, span);
  }

  private static void addContext(Document d, String sentence) {
    if (sentence != null) {
      d.add(new TextField(Fields.CONTEXT, sentence, Field.Store.NO));
    }
  }

  /** Names and codes of the parties, for the actor filter and facet. */
  private static void addParties(Document d, Collection<Party> parties, Map<String, Entity> entities) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    for (Party p : parties) {
      names.addAll(names(p, entities));
      if (p.actor() != null && !p.actor().isBlank()) {
        codes.add(code(p.actor()));
      }
    }
    names.forEach(n -> d.add(new TextField(Fields.ACTOR, n, Field.Store.NO)));
    for (String c : codes) {
      d.add(new StringField(Fields.ACTOR_CODE, c, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.facet(Facet.ACTOR.dimension()), new BytesRef(c)));
    }
  }

  private static void addCountries(Document d, Set<String> countries) {
    for (String c : countries) {
      d.add(new StringField(Fields.COUNTRY, c, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.facet(Facet.COUNTRY.dimension()), new BytesRef(c)));
    }
  }

  /** The name used, the entity's canonical name and its other names in the article, pronouns left out. */
  static Set<String> names(Party p, Map<String, Entity> entities) {
    Set<String> names = new LinkedHashSet<>();
    if (p.name() != null && !p.name().isBlank()) {
      names.add(p.name());
    }
    Entity e = p.entity() == null ? null : entities.get(p.entity());
    if (e != null) {
      names.add(e.name());
      e.mentions().stream().map(m -> m.text().strip())
          .filter(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0)))
          .filter(t -> !NOT_NAMES.contains(t.toLowerCase(Locale.ROOT)))
          .forEach(names::add);
    }
    return names;
  }

  private static Set<String> countries(List<Party> parties, Map<String, Entity> entities) {
    Set<String> countries = new LinkedHashSet<>();
    for (Party p : parties) {
      String country = PartyCountry.of(p, entities);
      if (country != null) {
        countries.add(code(country));
      }
    }
    return countries;
  }

  private static Party nullSafe(Party p) {
    return p == null ? new Party(null, null, null) : p;
  }

  /** When an event happened: the start of its time when that is a date, else the publication date. */
  static LocalDate happened(Event e, LocalDate published) {
    if (e.when() != null && e.when().start() != null) {
      try {
        return LocalDate.parse(e.when().start());
      } catch (DateTimeParseException notADay) {
        // a month, a season or a vague time: the article date is the best day we have
      }
    }
    return published;
  }

  /** The first paragraph after the title and dateline: what the article is about. */
  static String lead(DossierRecord r) {
    String[] blocks = r.text().split("\n\n");
    for (int i = 1; i < blocks.length; i++) {
      String b = blocks[i].strip();
      if (b.length() >= 60 || i == blocks.length - 1) {
        return b;
      }
    }
    return blocks[0].strip();
  }

  static String code(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }

  private static String json(Hit hit) {
    try {
      return Json.MAPPER.writeValueAsString(hit);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
