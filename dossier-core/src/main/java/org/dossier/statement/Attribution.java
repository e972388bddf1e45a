package org.dossier.statement;

import org.dossier.model.Party;
import org.dossier.model.Span;

/**
 * A statement as a sieve found it, before ids and nesting: who, with which cue, what, and which rule decided.
 *
 * @param cueStart article offset of the cue word, or -1 when there is none (a continued quote)
 */
record Attribution(Party speaker, String cue, int cueStart, String kind, Span content, String rule) {
  static final String DIRECT = "direct";
  static final String INDIRECT = "indirect";
  static final String MIXED = "mixed";

  Attribution withKind(String k) {
    return new Attribution(speaker, cue, cueStart, k, content, rule);
  }

  boolean contains(Span s) {
    return content.start() <= s.start() && s.end() <= content.end();
  }
}
