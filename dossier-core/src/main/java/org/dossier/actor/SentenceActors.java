package org.dossier.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds the actor mentions of one sentence: named entities from NER, checked against the dictionary and read
 * with their titles, plus dictionary names NER missed and nationality groups ("North Korean soldiers").
 * Stateless apart from its inputs; one instance per sentence.
 */
final class SentenceActors {
  // Bare compass words are a direction, not a place, unless part of a longer name ("North Korea").
  private static final Set<String> COMPASS = Set.of("NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST",
      "SOUTHEAST", "SOUTHWEST", "CENTRE", "CENTER");
  // A one-word PERSON the gazetteer knows as a place this big (and no first name) is the place: NER's "Kyiv".
  private static final long PLACE_NOT_PERSON = 1_000_000;
  private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "state", "district",
      "county", "governorate", "prefecture", "territory", "republic", "krai", "raion", "city");

  private final Sentence sentence;
  private final List<Token> tokens;
  private final ActorDictionary dict;
  private final CountryNames countries;
  private final LocalDate date;
  private final boolean[] used;
  private final List<Found> found = new ArrayList<>();
  /** The title of each PERSON found, by its first token, for coordinated names ("bloggers A, B and C"). */
  private final Title[] titleAt;
  private final int[] personEndingAt;

  SentenceActors(Sentence sentence, ActorDictionary dict, CountryNames countries, LocalDate date) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.dict = dict;
    this.countries = countries;
    this.date = date;
    this.used = new boolean[tokens.size()];
    this.titleAt = new Title[tokens.size()];
    this.personEndingAt = new int[tokens.size() + 1];
    java.util.Arrays.fill(personEndingAt, -1);
  }

  List<Found> find() {
    for (int[] span : nerSpans()) {
      String ner = tokens.get(span[0]).ner();
      if (ner.equals("MISC") || furniture(span[0], span[1])) {
        continue;
      }
      if (ner.equals("LOCATION") && span[1] - span[0] == 1 && COMPASS.contains(PhraseIndex.key(tokens.get(span[0]).text()))) {
        continue;
      }
      named(span[0], span[1], ner.equals("PERSON") ? retype(span[0], span[1]) : ner);
    }
    unnamed();
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  private List<int[]> nerSpans() {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      if (!ner.equals("O")) {
        spans.add(new int[] {i, j});
      }
      i = j;
    }
    return spans;
  }

  private void named(int from, int to, String ner) {
    if (ner.equals("LOCATION") && to < tokens.size() && REGION_WORDS.contains(tokens.get(to).text().toLowerCase())) {
      to++;
    }
    PhraseIndex.Match<ActorEntry> m = covering(from, to, ner.equals("PERSON"));
    String text = text(from, to);
    String rule;
    String type;
    String actor = null;
    String country;
    String role = null;
    ActorEntry entry = null;
    if (m != null) {
      entry = Resolution.entry(m.values(), date);
      CodeSpan code = Resolution.code(entry, date).orElse(null);
      actor = code == null ? null : code.code();
      role = code == null ? null : code.note();
      rule = "dictionary";
      type = typeOf(ner, text, entry);
    } else if (countries.code(text).isPresent()) {
      actor = countries.code(text).get();
      type = Found.COUNTRY;
      rule = "country-name";
    } else {
      type = ner.equals("PERSON") ? Found.PERSON : ner.equals("ORGANIZATION") ? Found.ORGANIZATION : Found.LOCATION;
      Title t = titleFor(from, to, type);
      // a role with no country ("the police chief") keeps its sector: "---COP", placed by the article later
      actor = t.country() == null && t.sector() != null ? ActorCodes.combine(null, t.sector()) : t.actor();
      role = t.role();
      rule = t.isEmpty() ? "unresolved" : "title";
      if (type.equals(Found.PERSON)) {
        titleAt[from] = t;
      }
    }
    if (type.equals(Found.PERSON)) {
      personEndingAt[to] = from;
      if (role == null && m != null) {
        role = Title.before(tokens, from, dict, date).role();
      }
    }
    country = ActorCodes.country(actor);
    if (type.equals(Found.LOCATION)) {
      actor = null;
    }
    add(from, to, text, type, entry, actor, country, role, rule);
  }

  /** Page furniture or a headline fragment ("Privacy Policy", "Latest ... News") with no dictionary entry. */
  private boolean furniture(int from, int to) {
    String text = text(from, to);
    if (NotEntities.get().phrase(text)) {
      return true;
    }
    if (to - from < 2 || covering(from, to, false) != null) {
      return false;
    }
    return NotEntities.get().first(tokens.get(from).text()) || NotEntities.get().last(tokens.get(to - 1).text());
  }

  /**
   * NER's type for a PERSON span, corrected: a country, an international body or a big place named alone is
   * never a person ("Kyiv", "Nato" typed PERSON). A first name in front keeps it a person.
   */
  private String retype(int from, int to) {
    String text = text(from, to);
    if (countries.code(text).isPresent()) {
      return "LOCATION";
    }
    PhraseIndex.Match<ActorEntry> m = covering(from, to, false);
    if (m != null && m.from() == from && m.to() == to) {
      ActorEntry e = Resolution.entry(m.values(), date);
      if (e.isCountry()) {
        return "LOCATION";
      }
      if (e.isBody()) {
        return "ORGANIZATION";
      }
      if (looksLikePerson(e)) {
        return "PERSON";
      }
    }
    if (to - from == 1 && FirstNames.get().gender(tokens.get(from).text()) == null) {
      org.dossier.geo.Place p = org.dossier.geo.Gazetteer.get().resolve(text).orElse(null);
      // not a county: "Johnson" is no Johnson County
      if (p != null && (p.kind() == org.dossier.geo.Place.Kind.COUNTRY || "ADM1".equals(p.feature())
          || "PPLC".equals(p.feature()) || p.population() >= PLACE_NOT_PERSON)) {
        return "LOCATION";
      }
    }
    return "PERSON";
  }

  /** The title of a name without a dictionary entry: before it, in apposition, or shared with a list. */
  private Title titleFor(int from, int to, String type) {
    if (type.equals(Found.ORGANIZATION)) {
      int left = from;
      while (left > 0 && tokens.get(left - 1).isCapitalised() && !tokens.get(left - 1).ner().equals("PERSON")) {
        left--;
      }
      return Title.read(tokens, left, to, dict, date);
    }
    if (type.equals(Found.LOCATION)) {
      // "Herat, Afghanistan": a place followed by its country
      if (to + 1 < tokens.size() && tokens.get(to).text().equals(",")) {
        PhraseIndex.Match<ActorEntry> c = dict.actors().longest(k -> tokens.get(k).text(), to + 1, tokens.size());
        if (c != null && Resolution.entry(c.values(), date).isCountry()
            && countries.code(text(to + 1, c.to())).isPresent()) {
          return new Title(countries.code(text(to + 1, c.to())).get(), null, null);
        }
      }
      return new Title(null, null, null);
    }
    Title t = Title.before(tokens, from, dict, date);
    if (t.isEmpty()) {
      t = Title.after(tokens, to, dict, date);
    }
    if (t.isEmpty() && from >= 2) {
      String link = tokens.get(from - 1).text();
      int previous = personEndingAt[from - 1];
      if ((link.equals(",") || link.equals("and")) && previous >= 0 && titleAt[previous] != null) {
        t = titleAt[previous];
      }
    }
    return t;
  }

  /**
   * The longest dictionary phrase that covers tokens [from, to); for a person, no country may stand for it. A
   * phrase may start at a lowercase "the" before the name ("the Guardian" is THE_GUARDIAN_, which the outlet
   * table lists only with its article because "Guardian" alone is an ordinary word).
   */
  private PhraseIndex.Match<ActorEntry> covering(int from, int to, boolean person) {
    PhraseIndex.Match<ActorEntry> best = null;
    for (int i = Math.max(0, from - 4); i <= from; i++) {
      if (!tokens.get(i).isCapitalised() && !(i == from - 1 && tokens.get(i).text().equals("the"))) {
        continue;
      }
      PhraseIndex.Match<ActorEntry> m = dict.actors().longest(k -> tokens.get(k).text(), i, tokens.size());
      if (m != null && m.from() <= from && m.to() >= to && (best == null || m.to() - m.from() > best.to() - best.from())) {
        if (!person || !Resolution.entry(m.values(), date).isCountry()) {
          best = m;
        }
      }
    }
    return best;
  }

  private String typeOf(String ner, String text, ActorEntry entry) {
    if (ner.equals("PERSON")) {
      return Found.PERSON;
    }
    if (entry.isCountry()) {
      // a country's own name in the Phoenix country file (whose synonyms include its cities) is the country
      boolean primary = entry.source().startsWith("Phoenix.Countries")
          && String.join(" ", entry.words()).equals(String.join(" ", Resolver.words(text)));
      return countries.code(text).isPresent() || primary ? Found.COUNTRY : Found.LOCATION;
    }
    return Found.ORGANIZATION;
  }

  /** Dictionary names outside NER spans, and nationality adjectives heading a role noun. */
  private void unnamed() {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      PhraseIndex.Match<ActorEntry> m = !used[i] && t.isCapitalised()
          ? dict.actors().longest(k -> tokens.get(k).text(), i, tokens.size()) : null;
      if (m == null || anyUsed(m.from(), m.to())) {
        i++;
        continue;
      }
      ActorEntry entry = Resolution.entry(m.values(), date);
      CodeSpan code = Resolution.code(entry, date).orElse(null);
      String text = text(m.from(), m.to());
      if (code == null) {
        i = m.to();
        continue;
      }
      boolean proper = allProper(m.from(), m.to()) || lettersAndDigits(m, entry);
      if (entry.isCountry()) {
        if (proper && countries.code(text).isPresent()) {
          add(m.from(), m.to(), text, Found.COUNTRY, entry, code.code(), code.code(), null, "dictionary");
        } else if (!group(m.from(), m.to(), code.code()) && proper && tokens.get(m.from()).ner().equals("O")
            && !t.pos().equals("JJ")) {
          add(m.from(), m.to(), text, Found.LOCATION, entry, null, code.code(), null, "dictionary");
        }
      } else if (proper) {
        String type = looksLikePerson(entry) ? Found.PERSON : Found.ORGANIZATION;
        add(m.from(), m.to(), text, type, entry, code.code(), ActorCodes.country(code.code()), code.note(), "dictionary");
      } else if (!t.isProperNoun()) {
        i++; // "The Canadian Press", "Afghan Taliban" (JJ): the name may still start at the next word
        continue;
      }
      i = m.to();
    }
  }

  /** "North Korean soldiers": a nationality followed by a role noun (not a title before a name) is a group. */
  private boolean group(int from, int to, String country) {
    PhraseIndex.Match<String> agent = dict.agents().longest(k -> tokens.get(k).text(), to, tokens.size());
    if (agent == null || (agent.to() < tokens.size() && tokens.get(agent.to()).ner().equals("PERSON"))) {
      return false;
    }
    if (tokens.get(agent.from()).isCapitalised()) {
      return false;
    }
    String sector = agent.values().get(agent.values().size() - 1);
    add(from, agent.to(), text(from, agent.to()), Found.GROUP, null, ActorCodes.combine(country, sector), country,
        null, "nationality+role");
    return true;
  }

  private static boolean looksLikePerson(ActorEntry e) {
    return e.words().size() >= 2 && e.codes().stream().anyMatch(c -> c.dated() || c.note() != null)
        && !e.isBody();
  }

  private boolean allProper(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isProperNoun() && !tokens.get(k).isCapitalised() && !PhraseIndex.isJoiner(tokens.get(k).text())) {
        return false;
      }
    }
    return tokens.get(from).isProperNoun();
  }

  /** A one-word outlet or body with letters and digits ("TVN24", "M23"), which the tagger takes for a noun. */
  private boolean lettersAndDigits(PhraseIndex.Match<ActorEntry> m, ActorEntry entry) {
    String w = tokens.get(m.from()).text();
    return m.to() - m.from() == 1 && entry.isBody() && tokens.get(m.from()).isCapitalised()
        && w.chars().anyMatch(Character::isDigit) && w.chars().filter(Character::isLetter).count() >= 2;
  }

  private boolean anyUsed(int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private void add(int from, int to, String text, String type, ActorEntry entry, String actor, String country,
                   String role, String rule) {
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
    found.add(new Found(tokens.get(from).start(), tokens.get(to - 1).end(), text, type, entry, actor, country, role,
        rule));
  }

  private String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).text());
    }
    return sb.toString();
  }
}
