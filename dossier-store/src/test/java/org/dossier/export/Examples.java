package org.dossier.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.read.PlainTextReader;
import org.dossier.text.Normaliser;

/**
 * Records for export tests: the bundled UNN article, read and normalised by the real reader, with the entities,
 * statements and events of its gold file placed on its text; and a short second article, three weeks later,
 * whose evidence holds a comma, quotes and a line break.
 */
final class Examples {
  static final String UNN = "unn-2025-03-12-lavrov.txt";

  private Examples() {}

  static List<DossierRecord> both() {
    return List.of(lavrov(), protest());
  }

  static DossierRecord lavrov() {
    Article a = article(UNN, read(Path.of(System.getProperty("dossier.root"), "examples", UNN)));
    String t = a.text();
    List<Entity> entities = List.of(
        entity(t, "e1", "Sergey Lavrov", "PERSON", "RUSGOV", "Sergei Lavrov"),
        entity(t, "e2", "Russia", "COUNTRY", "RUS", "Russia"),
        entity(t, "e3", "Ukraine", "COUNTRY", "UKR", "Ukraine"),
        entity(t, "e9", "Donald Trump", "PERSON", "USAGOV", "Trump"),
        entity(t, "e10", "Marco Rubio", "PERSON", "USAGOV", "Marco Rubio"),
        entity(t, "e12", "North Korea", "COUNTRY", "PRK", "North Korea"),
        entity(t, "e13", "North Korean soldiers", "GROUP", "PRKMIL", "North Korean soldiers"));
    Party lavrov = new Party("Sergey Lavrov", "e1", "RUSGOV");
    List<Statement> statements = List.of(
        new Statement("s1", lavrov, "state", "indirect", null,
            span(t, "Russia will not agree to the introduction of a foreign contingent into Ukraine"),
            "reported:ccomp"),
        new Statement("s5", lavrov, "answer", "direct", null,
            span(t, "Under no circumstances. No one talks to us"), "unmarked:paragraph"),
        new Statement("s6", new Party("Donald Trump", "e9", "USAGOV"), "say", "indirect", "s5",
            span(t, "it was too early to talk about it"), "reported:ccomp"),
        new Statement("s8", new Party("intelligence", null, null), "according to", "indirect", null,
            span(t, "between 1,000 and 3,000 North Korean soldiers were transferred to the Kursk region from "
                + "January to February"), "reported:according-to"));
    Event.When day = new Event.When("2025-03-12", "2025-03-12", null);
    List<Event> events = List.of(
        new Event("v1", "REJECT", null, List.of("peacekeeping"), new Party("Russia", "e2", "RUS"),
            new Party("Ukraine", "e3", "UKR"), false, "reported", "s1", day, null, null,
            span(t, "Russia will not agree to the introduction of a foreign contingent into Ukraine"),
            "lexicon:verb:agree:negated"),
        new Event("v4", "AGREE", null, List.of("diplomatic", "future"), new Party("Ukraine", "e3", "UKR"),
            null, false, "asserted", null, day, null, null,
            span(t, "Marco Rubio announced Ukraine's readiness to accept the proposal for a 30-day ceasefire"),
            "lexicon:noun:readiness"),
        new Event("v5", "MOBILIZE", "troops", List.of("military"),
            new Party("North Korean soldiers", "e13", "PRKMIL"), null, false, "alleged", "s8",
            new Event.When("2025-01-01", "2025-02-28", "from January to February"),
            new Event.Where("Kursk region", "RUS", 51.69, 36.15, "Kursk Oblast", null, "ADM1"), new Event.Quantity(1000L, 3000L, "soldiers"),
            span(t, "3,000 North Korean soldiers were transferred to the Kursk region"), "lexicon:verb:transfer"),
        new Event("v6", "COOPERATE", null, List.of("military"), new Party("Russia", "e2", "RUS"),
            new Party("North Korea", "e12", "PRK"), false, "asserted", null, day, null, null,
            span(t, "Military cooperation between North Korea and Russia continues"), "lexicon:noun:cooperation"));
    return DossierRecord.of(a, entities, statements, events);
  }

  /** A second article: another outlet and date, and evidence that CSV must quote. */
  static DossierRecord protest() {
    Article a = article("wire-2025-04-02.txt", " date 2025-04-02 Protest in Kyiv\nKyiv • Test Wire\n"
        + "Protesters shouted \"no, never\" outside parliament.\nThey came back, again, on Friday.\n");
    String t = a.text();
    Span evidence = Span.of(t, t.indexOf("Protesters"), t.indexOf(", on Friday"));
    Event protest = new Event("v1", "PROTEST", "demo", List.of(), new Party("Protesters", null, "UKRCVL"), null,
        false, "asserted", null, new Event.When("2025-04-02", "2025-04-02", null), null, null, evidence,
        "lexicon:verb:shout");
    return new DossierRecord(a.id(), a.title(), a.published(), a.outlet(), a.dateline(), a.language(),
        new Source("wire-2025-04-02.txt", "https://example.org/wire/protest"), t, List.of(), List.of(),
        List.of(protest));
  }

  /** An article whose actors have group codes: NATO (IGOWSTNAT) fines Google (MNCUSAMED), NGOs speak. */
  static DossierRecord groups() {
    Article a = article("groups.txt", " date 2025-05-06 NATO fines Google\nBrussels • Test Wire\n"
        + "NATO fined Google in Brussels. Amnesty said it was right. Reporters Without Borders agreed.\n");
    String t = a.text();
    List<Entity> entities = List.of(
        new Entity("e1", "NATO", "ORGANIZATION", "IGOWSTNAT", null, null, "dictionary",
            List.of(mention(t, "NATO"))),
        new Entity("e2", "Google", "ORGANIZATION", "MNCUSAMED", "USA", null, "dictionary",
            List.of(mention(t, "Google"))),
        new Entity("e3", "Amnesty International", "ORGANIZATION", "NGOHRI", null, null, "dictionary",
            List.of(mention(t, "Amnesty"))),
        new Entity("e4", "Reporters Without Borders", "ORGANIZATION", "NGOMED", "FRA", null, "dictionary",
            List.of(mention(t, "Reporters Without Borders"))));
    Event fine = new Event("v1", "SANCTION", null, List.of(), new Party("NATO", "e1", "IGOWSTNAT"),
        new Party("Google", "e2", "MNCUSAMED"), false, "asserted", null, null, null, null,
        span(t, "NATO fined Google"), "lexicon:verb:fine");
    List<Statement> statements = List.of(
        new Statement("s1", new Party("Amnesty", "e3", "NGOHRI"), "say", "indirect", null, span(t, "it was right"),
            "reported:ccomp"),
        new Statement("s2", new Party("Reporters Without Borders", "e4", "NGOMED"), "agree", "indirect", null,
            span(t, "agreed"), "reported:intransitive"));
    return DossierRecord.of(a, entities, statements, List.of(fine));
  }

  private static Mention mention(String text, String phrase) {
    Span s = span(text, phrase);
    return new Mention(s.start(), s.end(), s.text());
  }

  static Article article(String name, String text) {
    return Normaliser.normalise(PlainTextReader.parse(name, text));
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** The first occurrence of {@code phrase} in {@code text}. */
  static Span span(String text, String phrase) {
    int start = text.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + phrase);
    }
    return Span.of(text, start, start + phrase.length());
  }

  /** An entity with its first mention. */
  private static Entity entity(String text, String id, String name, String type, String actor, String mention) {
    Span s = span(text, mention);
    return new Entity(id, name, type, actor, actor.substring(0, 3), null, "dictionary",
        List.of(new Mention(s.start(), s.end(), s.text())));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
