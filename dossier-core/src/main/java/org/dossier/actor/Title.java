package org.dossier.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * What the words around a name say about its actor: "Russian Foreign Minister" gives country RUS, sector GOV
 * and role "Foreign Minister"; "American bloggers" gives USA and MED.
 *
 * @param country ISO3 country (or an IGO code) or null
 * @param sector the sector code of the role noun, or null
 * @param role the role words as written when they are capitalised (a title), or null
 */
public record Title(String country, String sector, String role) {
  private static final int MAX_WINDOW = 8;
  private static final Set<String> LINKS = Set.of("of", "for", "to", "the", "'s", "’s", "-", "and", "on");

  public String actor() {
    return country == null ? null : ActorCodes.combine(country, sector);
  }

  public boolean isEmpty() {
    return country == null && sector == null;
  }

  /** The title words directly before token {@code start} ("US Secretary of State" before "Marco Rubio"). */
  public static Title before(List<Token> tokens, int start, ActorDictionary dict, LocalDate date) {
    int from = start;
    while (from > 0 && start - from < MAX_WINDOW && titleWord(tokens.get(from - 1), dict)) {
      from--;
    }
    return read(tokens, from, start, dict, date);
  }

  /** An appositive after token {@code end}: "Hamdullah Mohib, the Afghan ambassador, ...". */
  public static Title after(List<Token> tokens, int end, ActorDictionary dict, LocalDate date) {
    if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return new Title(null, null, null);
    }
    int from = end + 1;
    if (from < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(from).text().toLowerCase())) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && to - from < MAX_WINDOW && titleWord(tokens.get(to), dict)) {
      to++;
    }
    boolean closed = to >= tokens.size() || Set.of(",", ".", ";", ")").contains(tokens.get(to).text());
    Title t = read(tokens, from, to, dict, date);
    // an open apposition ("X, an Australian woman and former ...") still gives the nationality
    return closed || t.country() != null ? t : new Title(null, null, null);
  }

  /** Reads country, role noun and role text over tokens {@code [from, to)}. */
  public static Title read(List<Token> tokens, int from, int to, ActorDictionary dict, LocalDate date) {
    String countryBefore = null;
    String countryAfter = null;
    String sector = null;
    int roleFrom = -1;
    int roleTo = -1;
    int i = from;
    while (i < to) {
      PhraseIndex.Match<String> agent = dict.agents().longest(k -> tokens.get(k).text(), i, to);
      PhraseIndex.Match<ActorEntry> actor = tokens.get(i).isCapitalised()
          ? dict.actors().longest(k -> tokens.get(k).text(), i, to) : null;
      if (agent != null && (actor == null || agent.to() >= actor.to())) {
        sector = agent.values().get(agent.values().size() - 1);
        roleFrom = roleFrom < 0 ? i : roleFrom;
        roleTo = agent.to();
        i = agent.to();
      } else if (actor != null) {
        String code = Resolution.choose(actor.values(), date).map(CodeSpan::code).orElse(null);
        if (code != null) {
          String country = ActorCodes.isCountry(code) ? code : null;
          if (country == null && sector == null) {
            // an organisation word inside the title ("NATO Secretary General"): its code is the actor
            country = code;
          }
          if (sector == null && countryBefore == null) {
            countryBefore = country;
          } else if (countryAfter == null) {
            countryAfter = country;
          }
        }
        i = actor.to();
      } else {
        i++;
      }
    }
    String country = countryBefore != null ? countryBefore : countryAfter;
    String role = null;
    if (roleFrom >= 0 && tokens.get(roleFrom).isCapitalised()) {
      role = joined(tokens, roleFrom, roleTo);
    }
    if (country != null && !ActorCodes.isCountry(country) && sector != null && country.length() > 3) {
      // IGO codes carry their own sectors; keep the organisation's code
      sector = null;
    }
    return new Title(country, sector, role);
  }

  private static boolean titleWord(Token t, ActorDictionary dict) {
    if (t.ner().equals("PERSON") || t.isVerb() || t.pos().equals("CD")) {
      return false;
    }
    String w = t.text();
    if (LINKS.contains(w.toLowerCase())) {
      return true;
    }
    if (!Character.isLetter(w.codePointAt(0))) {
      return false;
    }
    return t.isCapitalised() || !dict.agents().exact(List.of(w)).isEmpty();
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }
}
