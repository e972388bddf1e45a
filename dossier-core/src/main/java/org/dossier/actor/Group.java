package org.dossier.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.Mention;

/** The mentions of one entity being collected, and what is known of it. Not thread-safe; one per article. */
final class Group {
  final String type;
  final List<Mention> mentions = new ArrayList<>();
  final Set<String> words = new HashSet<>();
  ActorEntry entry;
  String actor;
  String country;
  String role;
  String rule;
  String longest = "";
  String lastWord;
  /** "f" or "m" where the text tells (Mrs, "an Australian woman", "she"), else null. */
  String gender;

  Group(String type) {
    this.type = type;
  }

  void add(Found f) {
    mentions.add(new Mention(f.start(), f.end(), f.text()));
    if (!f.type().equals(type)) {
      return; // a surname NER took for a place: a mention, but its dictionary code is the place's
    }
    words.addAll(Resolver.words(f.text()));
    if (entry == null && f.entry() != null) {
      entry = f.entry();
      actor = f.actor();
      country = f.country();
      rule = f.rule();
      role = f.role() != null ? f.role() : role;
    }
    if (actor == null && f.actor() != null) {
      actor = f.actor();
      rule = f.rule();
    }
    if (country == null) {
      country = f.country();
    }
    if (role == null) {
      role = f.role();
    }
    if (rule == null) {
      rule = f.rule();
    }
    if (f.text().length() > longest.length()) {
      longest = f.text();
      List<String> w = Resolver.words(f.text());
      lastWord = w.isEmpty() ? null : w.get(w.size() - 1);
    }
  }

  /**
   * The entity: one of the dictionary is named by its entry; a body (outlet, organisation, armed group) by its
   * fullest form in the text when that is longer ("Korean Central News Agency", not the entry's "KCNA").
   */
  Entity toEntity(String id, CountryNames countries) {
    String name;
    if (type.equals(Found.COUNTRY)) {
      name = countries.name(actor).orElse(longest);
    } else if (entry != null && !type.equals(Found.LOCATION)) {
      name = Resolver.displayName(entry, mentions);
      String written = longest.replace(" 's", "'s").replace(" ’s", "’s"); // the tokenizer's "People 's"
      if (entry.isBody() && written.length() > name.length()) {
        name = written;
      }
    } else {
      name = longest;
    }
    return new Entity(id, name, type, type.equals(Found.LOCATION) ? null : actor, country, role, rule, mentions);
  }
}
