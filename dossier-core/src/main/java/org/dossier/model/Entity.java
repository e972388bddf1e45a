package org.dossier.model;

import java.util.List;

/**
 * An entity of an article with its canonical name and actor code ({@code RUSGOV}: country + sector).
 *
 * @param type PERSON, COUNTRY, ORGANIZATION or LOCATION
 * @param actor CAMEO/PETRARCH actor code, null when unknown
 * @param country ISO 3166 alpha-3 code of the country the entity belongs to or lies in, null when unknown
 * @param role the role valid on the article date (from the dictionary or the title in the text), or null
 * @param rule which resolution step decided the actor code (dictionary, title, nationality, ...)
 */
public record Entity(
    String id,
    String name,
    String type,
    String actor,
    String country,
    String role,
    String rule,
    List<Mention> mentions) {

  public Entity {
    mentions = List.copyOf(mentions);
  }
}
