package org.dossier.story;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Blocking keys: a story can only take a mention that shares one of its keys, so a candidate lookup (in memory
 * or in the store's index) never compares a mention with every story. An event's key is its type and sides,
 * unordered for reciprocal types; a quote's keys are its speaker's name and code. Stateless.
 */
public final class StoryKeys {
  private StoryKeys() {}

  /** The key a member gives its story. */
  public static String of(EventMention m) {
    return key(m.type(), m.sourceSide(), m.targetSide());
  }

  /** The keys under which stories that may take {@code m} are found (one per compatible type). */
  public static Set<String> lookup(EventMention m, StoryRules rules) {
    Set<String> out = new LinkedHashSet<>();
    if (m.type() == null) {
      return out;
    }
    for (String type : rules.compatibleWith(m.type())) {
      out.add(key(type, m.sourceSide(), m.targetSide()));
    }
    return out;
  }

  /** The keys of a quote: its speaker's name and its code (when the code names a country). */
  public static Set<String> of(QuoteMention m) {
    Set<String> out = new LinkedHashSet<>();
    if (m.speakerName() != null) {
      out.add("name|" + m.speakerName());
    }
    if (m.speaker() != null && !Sides.unknown(m.speaker())) {
      out.add("code|" + m.speaker());
    }
    return out;
  }

  private static String key(String type, String source, String target) {
    boolean crossed = SameAct.reciprocal(type) && source.compareTo(target) > 0;
    return type + "|" + (crossed ? target + "|" + source : source + "|" + target);
  }
}
