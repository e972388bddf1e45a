package org.dossier.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Party;

/**
 * Speakers "it" and "they" as a reader resolves them: "it" is an organisation or a country, "they" a body, a
 * group or several people. The speaker of the previous statement comes first when it fits ("The Church denied
 * ... They also claimed ..."); else "it" is the organisation (or else the
 * country) named last before it. "He" and "she" are linked with the
 * entities ({@code References}) by gender. Stateless.
 */
final class PronounSpeakers {
  /** How far back (characters) a pronoun looks for the previous statement or the body it stands for. */
  static final int REACH = 600;
  private static final Set<String> BODIES = Set.of("ORGANIZATION", "COUNTRY");
  private static final Set<String> PLURAL_NOUNS = Set.of("police", "people", "media", "staff", "government");

  private final List<Entity> entities;

  PronounSpeakers(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  /** The attributions in content order, with "it" and "they" speakers resolved where the text allows. */
  List<Attribution> apply(List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found.size());
    Attribution previous = null;
    for (Attribution a : found) {
      String pronoun = a.speaker().entity() == null ? a.speaker().name().toLowerCase(Locale.ROOT) : "";
      Party p = null;
      if (pronoun.equals("it") || pronoun.equals("they")) {
        boolean plural = pronoun.equals("they");
        int at = a.cueStart() >= 0 ? a.cueStart() : a.content().start();
        if (previous != null && at - previous.content().end() <= REACH && fits(previous.speaker(), plural)) {
          p = previous.speaker();
        } else if (!plural) {
          p = lastBodyBefore(at);
        }
      }
      if (p != null) {
        a = new Attribution(p, a.cue(), a.cueStart(), a.kind(), a.content(), a.rule() + "+pronoun");
      }
      out.add(a);
      previous = a;
    }
    return out;
  }

  /** Whether a speaker can be "it" (a body) or "they" (a body, a group, or an unnamed plural source). */
  private boolean fits(Party p, boolean plural) {
    Entity e = byId(p.entity());
    if (e != null) {
      return BODIES.contains(e.type()) || plural && e.type().equals("GROUP");
    }
    if (!plural) {
      return false;
    }
    String[] words = p.name().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return !Set.of("they", "it", "he", "she").contains(last) && (last.endsWith("s") || PLURAL_NOUNS.contains(last));
  }

  /** The organisation named last before {@code offset}, else the country: "it says" is rarely a country. */
  private Party lastBodyBefore(int offset) {
    Party organisation = lastBefore(offset, "ORGANIZATION");
    return organisation != null ? organisation : lastBefore(offset, "COUNTRY");
  }

  private Party lastBefore(int offset, String type) {
    Entity best = null;
    int bestEnd = -1;
    for (Entity e : entities) {
      if (!e.type().equals(type)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= offset && offset - m.end() <= REACH && m.end() > bestEnd) {
          best = e;
          bestEnd = m.end();
        }
      }
    }
    return best == null ? null : new Party(best.name(), best.id(), best.actor());
  }

  private Entity byId(String id) {
    return id == null ? null : entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }
}
