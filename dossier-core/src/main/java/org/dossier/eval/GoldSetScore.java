package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Articles;

/**
 * The scores of one set of gold files (a split such as {@code eval/gold/test}): entities with country and sector
 * accuracy, statements, events overall and per PLOVER type, and event attributes over matched pairs.
 */
public record GoldSetScore(String name, List<FileScore> files, EntityScore.Codes entities, Tally statements,
                           Tally events, Map<String, Tally> eventTypes, EventScore.Attributes attributes) {

  /** One gold file's scores, with the per-record outcomes for verbose reports. */
  public record FileScore(String file, List<EntityScore.Outcome> entities, StatementScore.Result statements,
                          EventScore.Result events) {
    public EntityScore.Codes codes() {
      return EntityScore.Codes.of(entities);
    }
  }

  /** The gold files ({@code *.json}) of a folder, in name order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /**
   * Scores every gold file of {@code dir}; article paths in the gold files are resolved against {@code home}.
   * {@code extract} runs the pipeline under test on one article.
   */
  public static GoldSetScore score(String name, Path dir, Path home, Function<Article, DossierRecord> extract)
      throws IOException {
    List<FileScore> scored = new ArrayList<>();
    for (Path f : files(dir)) {
      Gold gold = Gold.read(f);
      DossierRecord rec = extract.apply(read(home.resolve(gold.file())));
      List<EntityScore.Outcome> ents = EntityScore.score(
          gold.entities().stream().filter(e -> !e.optional()).toList(), rec.entities());
      scored.add(new FileScore(f.getFileName().toString(), ents, StatementScore.score(gold, rec),
          EventScore.score(gold.events(), rec)));
    }
    return of(name, scored);
  }

  /** Sums the file scores. */
  public static GoldSetScore of(String name, List<FileScore> files) {
    EntityScore.Codes codes = EntityScore.Codes.ZERO;
    Tally statements = Tally.ZERO;
    Tally events = Tally.ZERO;
    EventScore.Attributes attributes = EventScore.Attributes.ZERO;
    Map<String, Tally> types = new TreeMap<>();
    for (FileScore f : files) {
      codes = codes.plus(f.codes());
      statements = statements.plus(f.statements().tally());
      events = events.plus(f.events().tally());
      attributes = attributes.plus(f.events().attributes());
      f.events().types().forEach((type, t) -> types.merge(type, t, Tally::plus));
    }
    return new GoldSetScore(name, List.copyOf(files), codes, statements, events, types, attributes);
  }

  /** Per event rule, its matches and counted predictions over all files (gold is 0: misses have no rule). */
  public Map<String, Tally> eventRules() {
    Map<String, Tally> rules = new TreeMap<>();
    files.forEach(f -> f.events().rules().forEach((rule, t) -> rules.merge(rule, t, Tally::plus)));
    return rules;
  }

  /** The totals as nested maps for JSON: what {@code dossier eval --json} prints and the quality floor reads. */
  public Map<String, Object> totals() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", files.size());
    Map<String, Object> ents = new LinkedHashMap<>();
    ents.put("gold", entities.entities());
    ents.put("found", entities.found());
    ents.put("exactCode", entities.exact());
    ents.put("countryAccuracy", entities.countryAccuracy());
    ents.put("countryGold", entities.countryGold());
    ents.put("sectorAccuracy", entities.sectorAccuracy());
    ents.put("sectorGold", entities.sectorGold());
    m.put("entities", ents);
    m.put("statements", scores(statements, true));
    m.put("events", scores(events, false));
    Map<String, Object> perType = new LinkedHashMap<>();
    eventTypes.forEach((type, t) -> perType.put(type, scores(t, false)));
    m.put("eventTypes", perType);
    EventScore.Attributes a = attributes;
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("negation", List.of(a.negation(), a.negationGold()));
    attrs.put("certainty", List.of(a.certainty(), a.certaintyGold()));
    attrs.put("when", List.of(a.when(), a.whenGold()));
    attrs.put("where", List.of(a.where(), a.whereGold()));
    attrs.put("quantity", List.of(a.quantity(), a.quantityGold()));
    m.put("eventAttributes", attrs);
    return m;
  }

  /** Precision, recall, F1 and counts; for statements also speaker accuracy and content overlap. */
  public static Map<String, Object> scores(Tally t, boolean speakers) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", t.precision());
    m.put("recall", t.recall());
    m.put("f1", t.f1());
    m.put("matched", t.matched());
    m.put("predicted", t.predicted());
    m.put("gold", t.gold());
    if (speakers) {
      m.put("speakerAccuracy", t.speakerAccuracy());
      m.put("contentOverlap", t.contentOverlap());
    }
    return m;
  }

  /** The one article of a gold file's {@code file}. */
  public static Article read(Path path) {
    List<Article> out = Articles.read(List.of(path.toString()), p -> {
      throw new IllegalStateException("cannot read gold article " + path + ": " + p);
    });
    if (out.size() != 1) {
      throw new IllegalStateException("gold article " + path + " holds " + out.size() + " articles, not one");
    }
    return out.get(0);
  }
}
