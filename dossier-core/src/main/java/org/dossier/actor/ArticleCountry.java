package org.dossier.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country an article is about, when its coded mentions make it clear: the country that holds at least
 * {@link #MIN_SHARE} of the mentions of entities with a country. Names the dictionaries lack (a local official, a
 * company, a small place) are then taken to be of that country: "Steve Whitmore, a spokesman for the Sheriff's
 * department" in a story set in Los Angeles is USACOP, not uncoded. Users override it with their own dictionary.
 */
final class ArticleCountry {
  /** Share of coded mentions one country needs; measured on the tune split (see README, Quality). */
  static final double MIN_SHARE = 0.5;
  /** Fewer coded mentions than this say nothing about the article. */
  static final int MIN_MENTIONS = 3;

  private final String country;

  private ArticleCountry(String country) {
    this.country = country;
  }

  static Optional<ArticleCountry> of(Collection<Group> groups) {
    Map<String, Integer> weight = new HashMap<>();
    int total = 0;
    for (Group g : groups) {
      if (g.country != null && ActorCodes.isCountry(g.country)) {
        weight.merge(g.country, g.mentions.size(), Integer::sum);
        total += g.mentions.size();
      }
    }
    if (total < MIN_MENTIONS) {
      return Optional.empty();
    }
    int all = total;
    return weight.entrySet().stream().max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() >= MIN_SHARE * all).map(e -> new ArticleCountry(e.getKey()));
  }

  String country() {
    return country;
  }

  /** Gives the article's country to people, organisations and places that have none. */
  void place(Collection<Group> groups) {
    for (Group g : groups) {
      boolean actorType = g.type.equals(Found.PERSON) || g.type.equals(Found.ORGANIZATION);
      if (g.country != null || !actorType && !g.type.equals(Found.LOCATION)) {
        continue;
      }
      if (actorType && (g.actor == null || g.actor.startsWith("---"))) {
        g.actor = ActorCodes.combine(country, g.actor == null ? null : g.actor.substring(3));
      }
      g.country = country;
      g.rule = "article-country";
    }
  }
}
