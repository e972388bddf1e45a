package org.dossier.nlp;

/**
 * A typed dependency of the enhanced++ Universal Dependencies graph, between token indices of one sentence.
 * The root has {@code governor == -1}.
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;

  /** The relation without its enhanced suffix: {@code obl} for {@code obl:according_to}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
