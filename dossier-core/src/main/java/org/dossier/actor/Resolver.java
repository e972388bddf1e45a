package org.dossier.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.geo.Gazetteer;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * The actor resolution stage: finds the entities of an article, gives each an actor code valid on the article
 * date, and groups the mentions of one entity ("Sergei Lavrov", "Lavrov", "the minister", "He").
 * Thread-safe: holds only the immutable dictionary.
 */
public final class Resolver {
  private final ActorDictionary dict;
  private final CountryNames countries = CountryNames.get();

  public Resolver(ActorDictionary dict) {
    this.dict = dict;
  }

  public List<Entity> resolve(Article article, Analysis analysis) {
    LocalDate date = article.published();
    List<Found> found = new ArrayList<>(new Dateline(dict, countries).find(article));
    for (Sentence s : analysis.sentences()) {
      Deadline.check();
      found.addAll(new SentenceActors(s, dict, countries, date).find());
    }
    found.sort(Comparator.comparingInt(Found::start));
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Found f : found) {
      groupFor(f, groups).add(f);
    }
    surnamesOfOfficeHolders(groups.values(), article, date);
    placeUnknownLocations(groups.values());
    ArticleCountry.of(groups.values()).ifPresent(c -> c.place(groups.values()));
    List<Group> people = groups.values().stream().filter(g -> g.type.equals(Found.PERSON)).toList();
    new References(analysis, people).resolve();
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(g -> g.mentions.get(0).start()));
    List<Entity> out = new ArrayList<>(ordered.size());
    for (Group g : ordered) {
      out.add(g.toEntity("e" + (out.size() + 1), countries));
    }
    return out;
  }

  private static Group groupFor(Found f, Map<String, Group> groups) {
    Group person = surnameOf(f, groups);
    if (person != null) {
      return person;
    }
    if (f.type().equals(Found.PERSON)) {
      List<String> words = words(f.text());
      Group partial = null;
      for (Group g : groups.values()) {
        if (g.type.equals(Found.PERSON) && (g.words.containsAll(words) || words.containsAll(g.words))
            && (f.entry() == null || g.entry == null || g.entry == f.entry())) {
          partial = g;
        }
      }
      if (partial != null) {
        return partial;
      }
    }
    if (f.entry() != null && !f.entry().isCountry()) {
      for (Group g : groups.values()) {
        if (g.entry == f.entry()) {
          return g; // one actor, whatever type NER gave each mention
        }
      }
    }
    Group defined = acronymOf(f, groups);
    if (defined != null) {
      return defined;
    }
    String key;
    if (f.type().equals(Found.COUNTRY)) {
      key = "C:" + f.actor();
    } else if (f.entry() != null) {
      key = f.type() + ":E" + f.entry().id();
    } else {
      key = f.type() + ":" + String.join(" ", words(f.text()));
    }
    return groups.computeIfAbsent(key, k -> new Group(f.type()));
  }

  /**
   * A lone surname with no full name in the article ("Mr Sunak", "President Xi") is the one office-holder of that
   * name in office on the article date, if the knowledge base has exactly one.
   */
  private void surnamesOfOfficeHolders(java.util.Collection<Group> groups, Article article, LocalDate date) {
    for (Group g : groups) {
      if (!g.type.equals(Found.PERSON) || g.entry != null || g.words.size() != 1 || date == null) {
        continue;
      }
      dict.holderBySurname(g.lastWord, date, honorificGender(article, g)).ifPresent(e -> {
        CodeSpan code = Resolution.code(e, date).orElse(null);
        if (code != null) {
          g.entry = e;
          g.actor = code.code();
          g.country = ActorCodes.country(code.code());
          g.role = g.role != null ? g.role : code.note();
          g.rule = "surname+office";
        }
      });
    }
  }

  /** "f" or "m" when a mention of the group follows Mr, Mrs, Ms or Miss; else null. */
  private static String honorificGender(Article article, Group g) {
    for (Mention m : g.mentions) {
      String before = article.text().substring(Math.max(0, m.start() - 6), m.start()).trim();
      String word = before.substring(before.lastIndexOf(' ') + 1).replace(".", "");
      if (word.equals("Mr")) {
        return "m";
      }
      if (word.equals("Mrs") || word.equals("Ms") || word.equals("Miss")) {
        return "f";
      }
    }
    return null;
  }

  /**
   * Places the dictionary does not know get their country from the gazetteer, preferring the country the
   * article is most about ("Durham" in a US story is Durham, North Carolina).
   */
  private static void placeUnknownLocations(java.util.Collection<Group> groups) {
    Map<String, Integer> weight = new java.util.HashMap<>();
    for (Group g : groups) {
      if (g.country != null) {
        // the dateline's place counts like several mentions: it says where the story is
        weight.merge(g.country, g.mentions.size() + (g.rule != null && g.rule.startsWith("dateline") ? 3 : 0),
            Integer::sum);
      }
    }
    String preferred = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
    for (Group g : groups) {
      if (g.type.equals(Found.LOCATION) && g.country == null) {
        Gazetteer.get().resolve(g.longest, preferred).ifPresent(p -> {
          g.country = p.countryIso3();
          g.rule = "gazetteer";
        });
      }
    }
  }

  /**
   * An acronym the article spelled out before ("Korean People's Army (KPA)" ... "the KPA") is that body: an
   * all-capital word of 2 to 6 letters, unknown to the dictionary, equal to the initials of an earlier name.
   */
  private static Group acronymOf(Found f, Map<String, Group> groups) {
    String text = f.text();
    if (f.entry() != null || f.type().equals(Found.COUNTRY) || !text.matches("\\p{Lu}{2,6}")) {
      return null;
    }
    for (Group g : groups.values()) {
      if (!g.type.equals(Found.PERSON) && !g.type.equals(Found.COUNTRY) && text.equals(initials(g.longest))) {
        return g;
      }
    }
    return null;
  }

  /** The initials of a name's capitalised words: "Korean People's Army" gives "KPA". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.length() >= 2 ? sb.toString() : "";
  }

  /**
   * A one-word place or organisation that is the surname of a person already named ("Valeska Paris" ...
   * "Paris said") is that person: NER often tags a lone surname as a place.
   */
  private static Group surnameOf(Found f, Map<String, Group> groups) {
    if (f.type().equals(Found.PERSON) || f.type().equals(Found.COUNTRY) || f.type().equals(Found.GROUP)
        || f.text().contains(" ") || f.entry() != null && !f.entry().isCountry()) {
      return null;
    }
    String word = PhraseIndex.key(f.text());
    for (Group g : groups.values()) {
      if (g.type.equals(Found.PERSON) && g.words.size() > 1 && word.equals(g.lastWord)) {
        return g;
      }
    }
    return null;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[\\s]+")) {
      String k = PhraseIndex.key(w);
      if (!k.isEmpty() && !k.equals("THE")) {
        out.add(k);
      }
    }
    return out;
  }

  /** The entry's primary phrase as a name: as written in the text where it appears, else in title case. */
  static String displayName(ActorEntry entry, List<Mention> mentions) {
    List<String> words = entry.words();
    String key = String.join(" ", words.stream().map(PhraseIndex::key).toList());
    String written = String.join(" ", words).toUpperCase(Locale.ROOT).replace(".", "");
    for (Mention m : mentions) {
      if (m.text().toUpperCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").equals(written)
          || String.join(" ", words(m.text())).equals(key) && words.size() == 1) {
        return m.text();
      }
    }
    if (words.size() == 1 && words.get(0).length() <= 5) {
      return words.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(titleCase(w));
    }
    return sb.toString();
  }

  private static String titleCase(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '\'';
    }
    // O'Brien, but People's: a possessive s stays small
    return sb.length() > 2 && sb.toString().endsWith("'S") ? sb.substring(0, sb.length() - 1) + "s" : sb.toString();
  }

  /** Finds the place and outlet of a dateline block such as "Kyiv • UNN". */
  private static final class Dateline {
    private final ActorDictionary dict;
    private final CountryNames countries;

    Dateline(ActorDictionary dict, CountryNames countries) {
      this.dict = dict;
      this.countries = countries;
    }

    List<Found> find(Article a) {
      List<Found> out = new ArrayList<>();
      for (Block b : a.blocks()) {
        if (b.kind() != Block.Kind.DATELINE) {
          continue;
        }
        String text = a.slice(b.start(), b.end());
        add(out, a, b.start(), text, a.dateline(), false);
        add(out, a, b.start(), text, a.outlet(), true);
      }
      return out;
    }

    private void add(List<Found> out, Article a, int base, String block, String name, boolean outlet) {
      if (name == null || name.isBlank() || block.indexOf(name) < 0) {
        return;
      }
      int start = base + block.indexOf(name);
      List<String> words = List.of(name.trim().split("\\s+"));
      List<ActorEntry> entries = dict.actors().exact(words);
      ActorEntry entry = entries.isEmpty() ? null : Resolution.entry(entries, a.published());
      String code = entry == null ? null : Resolution.code(entry, a.published()).map(CodeSpan::code).orElse(null);
      String type;
      if (outlet) {
        type = Found.ORGANIZATION;
      } else if (countries.code(name).isPresent()) {
        type = Found.COUNTRY;
        code = countries.code(name).get();
      } else {
        type = Found.LOCATION;
      }
      String actor = type.equals(Found.LOCATION) ? null : code;
      out.add(new Found(start, start + name.length(), name, type, entry, actor, ActorCodes.country(code), null,
          entry == null ? "dateline" : "dateline+dictionary"));
    }
  }
}
