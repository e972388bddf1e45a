package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.TimeTagger;
import org.dossier.nlp.Token;

/**
 * A hand-built parsed one-sentence article, as CoreNLP would give it, for sieve tests that need no models.
 * Tokens are "word/POS" or "word/POS/lemma" (lemma defaults to the lower-cased word); arcs are "rel gov dep"
 * with 1-based token numbers and 0 for the root, as in CoNLL-U.
 */
final class Parsed {
  static final TimeTagger NO_TIMES = (text, date) -> List.of();

  private final String text;
  private final Sentence sentence;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();

  private Parsed(String tokens, String arcs) {
    StringBuilder b = new StringBuilder();
    List<Token> list = new ArrayList<>();
    for (String item : tokens.split(" ")) {
      String[] f = item.split("/");
      if (b.length() > 0) {
        b.append(' ');
      }
      int at = b.length();
      b.append(f[0]);
      String lemma = f.length > 2 ? f[2] : f[0].toLowerCase();
      list.add(new Token(list.size(), at, at + f[0].length(), f[0], f[1], lemma, "O"));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String arc : arcs.split(",")) {
      String[] f = arc.strip().split(" ");
      deps.add(new Dependency(f[0].equals("root") ? "root" : f[0], Integer.parseInt(f[1]) - 1,
          Integer.parseInt(f[2]) - 1));
    }
    this.text = b.toString();
    this.sentence = new Sentence(0, 0, text.length(), list, deps, true);
  }

  static Parsed of(String tokens, String arcs) {
    return new Parsed(tokens, arcs);
  }

  /** An entity for the first occurrence of {@code phrase}. */
  Parsed entity(String phrase, String type, String actor, String country) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException(phrase + " is not in: " + text);
    }
    entities.add(new Entity("e" + (entities.size() + 1), phrase, type, actor, country, null, "test",
        List.of(new Mention(at, at + phrase.length(), phrase))));
    return this;
  }

  /** A statement of the entity named {@code speaker} whose content is {@code content}. */
  Parsed statement(String speaker, String content) {
    int at = text.indexOf(content);
    String id = entities.stream().filter(e -> e.name().equals(speaker)).findFirst().map(Entity::id).orElse(null);
    String actor = entities.stream().filter(e -> e.id().equals(id)).findFirst().map(Entity::actor).orElse(null);
    statements.add(new Statement("s" + (statements.size() + 1), new Party(speaker, id, actor), "say", "indirect",
        null, new Span(at, at + content.length(), content), "test"));
    return this;
  }

  Article article() {
    return new Article("t", null, LocalDate.of(2024, 5, 2), null, null, "en", new Source("t", null), text,
        List.of(new Block(Block.Kind.PARAGRAPH, 0, text.length())));
  }

  Scene scene() {
    return new Scene(article(), new Analysis(List.of(sentence)), entities, statements, ActorDictionary.builtIn(),
        NO_TIMES);
  }

  List<Entity> entities() {
    return entities;
  }

  List<Statement> statements() {
    return statements;
  }

  /** The candidates after running {@code sieves} in order from none. */
  List<Candidate> run(Sieve... sieves) {
    Scene scene = scene();
    List<Candidate> c = List.of();
    for (Sieve s : sieves) {
      c = s.apply(scene, c);
    }
    return c;
  }
}
