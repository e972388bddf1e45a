package org.dossier.nlp;

/**
 * A typed dependency of the basic Universal Dependencies tree (every token has one head), between token
 * indices of one sentence. The root has {@code governor == -1}.
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;

  /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
