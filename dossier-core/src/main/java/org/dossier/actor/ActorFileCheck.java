package org.dossier.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an actor file in TABARI format line by line, so that a typo in a dictionary is caught with its file,
 * line and reason instead of being read as an odd code or silently dropped: every entry has a phrase (words
 * joined by "_") and a code, every bracket is a well-formed code, every code is made of letter triples whose first
 * is a country or region ({@link ActorCodes#slotValues}), an international group (IGO, NGO, MNC, IMG), "---" or a
 * sector, and whose others are sectors ({@link SectorCodes}) or countries, and every date is a real day, a range
 * ending no earlier than it starts. Stateless; thread-safe.
 */
public final class ActorFileCheck {
  /** One problem: where it is and why. */
  public record Problem(String source, int line, String reason) {
    @Override
    public String toString() {
      return source + ":" + line + ": " + reason;
    }
  }

  private static final Pattern BRACKET = Pattern.compile("\\[[^\\]]*\\]?");
  private static final Pattern CODE =
      Pattern.compile("\\[([A-Z-]+)(?:\\s+([<>]?)(\\d+)(?:\\s*-\\s*(\\d+))?)?\\]");
  private static final Pattern TRIPLE = Pattern.compile("[A-Z]{3}|---");
  private static final java.util.Set<String> GROUPS = java.util.Set.of("IGO", "NGO", "MNC", "IMG");

  private ActorFileCheck() {}

  /** The problems of the actor file read from {@code in}; empty when it is sound. */
  public static List<Problem> check(BufferedReader in, String source) throws IOException {
    List<Problem> out = new ArrayList<>();
    String line;
    int number = 0;
    int entryLine = -1;
    boolean entryHasCode = false;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean codeLine = Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '[';
      int hash = line.indexOf('#');
      String body = hash < 0 ? line : line.substring(0, hash);
      if (!codeLine && !line.startsWith("+")) {
        if (entryLine > 0 && !entryHasCode) {
          out.add(new Problem(source, entryLine, "entry has no code"));
        }
        entryLine = number;
        entryHasCode = false;
      } else if (entryLine < 0) {
        out.add(new Problem(source, number, (codeLine ? "code" : "synonym") + " line before any entry"));
      }
      int firstBracket = body.indexOf('[');
      if (!codeLine) {
        String phrase = body.substring(line.startsWith("+") ? 1 : 0, firstBracket < 0 ? body.length() : firstBracket)
            .strip();
        if (phrase.isEmpty()) {
          out.add(new Problem(source, number, "empty phrase"));
        } else if (phrase.chars().anyMatch(Character::isWhitespace)) {
          out.add(new Problem(source, number, "phrase \"" + phrase + "\" has a space: join its words with _"));
        }
      }
      Matcher b = BRACKET.matcher(body);
      while (b.find()) {
        entryHasCode = true;
        String reason = codeProblem(b.group());
        if (reason != null) {
          out.add(new Problem(source, number, reason));
        }
      }
    }
    if (entryLine > 0 && !entryHasCode) {
      out.add(new Problem(source, entryLine, "entry has no code"));
    }
    return out;
  }

  /** Why one bracketed code is wrong, or null when it is sound. */
  static String codeProblem(String bracket) {
    Matcher m = CODE.matcher(bracket);
    if (!m.matches()) {
      return "malformed code " + bracket + ": expected [CODE], [CODE >YYYYMMDD], [CODE <YYYYMMDD] or "
          + "[CODE YYYYMMDD-YYYYMMDD]";
    }
    String code = m.group(1);
    if (code.length() % 3 != 0) {
      return "code " + code + " is not made of three-letter parts";
    }
    for (int i = 0; i < code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (!TRIPLE.matcher(part).matches()) {
        return "code " + code + ": part " + part + " is not three letters";
      }
      boolean country = ActorCodes.slotValues().contains(part);
      if (i == 0 && !country && !GROUPS.contains(part) && !part.equals("---") && !SectorCodes.known(part)) {
        return "code " + code + ": " + part + " is no country or region (cameo-countries.txt, ISO 3166), "
            + "international group (IGO, NGO, MNC, IMG) or sector (cameo-sectors.txt)";
      }
      if (i > 0 && !country && !SectorCodes.known(part)) {
        return "code " + code + ": " + part + " is no sector of cameo-sectors.txt and no country";
      }
    }
    if (m.group(3) == null) {
      return null;
    }
    LocalDate from = date(m.group(3));
    LocalDate to = m.group(4) == null ? null : date(m.group(4));
    if (from == null || m.group(4) != null && to == null) {
      return "code " + bracket + ": a date is not a real day in YYYYMMDD (or YYMMDD) form";
    }
    if (m.group(4) != null && !m.group(2).isEmpty()) {
      return "code " + bracket + ": a range takes no < or >";
    }
    if (to != null && to.isBefore(from)) {
      return "code " + bracket + ": the range ends before it starts";
    }
    return null;
  }

  /** A strict YYYYMMDD or TABARI YYMMDD date (years after 30 are 19xx); null when it is no real day. */
  static LocalDate date(String s) {
    if (s.length() != 8 && s.length() != 6) {
      return null;
    }
    int year = s.length() == 8 ? Integer.parseInt(s.substring(0, 4)) : yy(Integer.parseInt(s.substring(0, 2)));
    int rest = s.length() - 4;
    try {
      return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)), Integer.parseInt(s.substring(rest + 2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int yy(int yy) {
    return yy > 30 ? 1900 + yy : 2000 + yy;
  }
}
