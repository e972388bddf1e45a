package org.dossier.actor;

/**
 * One mention found in a sentence (or the dateline) with what resolution made of it; grouped into entities
 * by {@link Resolver}.
 *
 * @param entry the dictionary entry, or null when the code came from the words around the name
 */
record Found(int start, int end, String text, String type, ActorEntry entry, String actor, String country,
             String role, String rule) {

  static final String PERSON = "PERSON";
  static final String COUNTRY = "COUNTRY";
  static final String ORGANIZATION = "ORGANIZATION";
  static final String LOCATION = "LOCATION";
  /** A nominal group actor such as "North Korean soldiers". */
  static final String GROUP = "GROUP";
}
