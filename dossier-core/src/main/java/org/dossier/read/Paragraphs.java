package org.dossier.read;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.read.Draft.Part;

/**
 * Splits the body of a plain text (after title and dateline) into parts. One paragraph per line, unless the
 * text is hard-wrapped (paragraphs of several lines between blank lines, lines breaking mid-sentence), in
 * which case blank lines separate paragraphs. A short capitalised line without final punctuation ("Details", "Remind", "University
 * exhibits") is a section heading; a line that is only a date ("Friday, July 21, 2017") is a dateline.
 * Stateless and thread-safe.
 */
final class Paragraphs {
  private static final int MAX_HEADING_WORDS = 3;
  private static final int MAX_HEADING_CHARS = 60;
  private static final String FINAL_PUNCTUATION = ".,;:!?…\"'”’»)]";

  private Paragraphs() {}

  /** The parts of the text in {@code body}, split at line breaks of any kind. */
  static List<Part> of(String body) {
    return of(List.of(body.split("\\R", -1)));
  }

  /** The parts of these lines; blank lines only matter for hard-wrapped text. */
  static List<Part> of(List<String> lines) {
    List<List<String>> groups = groups(lines);
    boolean wrapped = isWrapped(groups);
    List<String> units = new ArrayList<>();
    for (List<String> group : groups) {
      if (wrapped && group.size() > 1) {
        int from = isHeadingShaped(group.get(0)) ? 1 : 0;
        if (from == 1) {
          units.add(group.get(0));
        }
        units.add(String.join(" ", group.subList(from, group.size())));
      } else {
        units.addAll(group);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i).strip();
      boolean last = i == units.size() - 1;
      parts.add(new Part(kindOf(unit, i == 0, last), unit));
    }
    return parts;
  }

  /**
   * Whether a line is a section heading: 1–3 words, starts with a capital, no final punctuation, and not the
   * last line of the text (a last short line is more likely a sign-off or a caption).
   */
  static boolean isHeading(String line, boolean last) {
    return !last && isHeadingShaped(line) && !Dates.isDateLine(line);
  }

  private static Block.Kind kindOf(String unit, boolean first, boolean last) {
    if (first && Dates.isDateLine(unit)) {
      return Block.Kind.DATELINE;
    }
    return isHeading(unit, last) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
  }

  private static boolean isHeadingShaped(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    if (FINAL_PUNCTUATION.indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    return s.split("\\s+").length <= MAX_HEADING_WORDS;
  }

  /** Runs of non-blank lines. */
  private static List<List<String>> groups(List<String> lines) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /**
   * Hard-wrapped: blank lines exist, most lines sit in groups of several lines, and most of those lines
   * break mid-sentence (a line per paragraph ends with a full stop).
   */
  private static boolean isWrapped(List<List<String>> groups) {
    if (groups.size() < 2) {
      return false;
    }
    int total = 0;
    int inMultiLine = 0;
    int inner = 0;
    int brokenMidSentence = 0;
    for (List<String> group : groups) {
      total += group.size();
      if (group.size() > 1) {
        inMultiLine += group.size();
        for (String line : group.subList(0, group.size() - 1)) {
          inner++;
          if (!line.strip().matches(".*[.!?:\"”’)]$")) {
            brokenMidSentence++;
          }
        }
      }
    }
    return inMultiLine * 2 > total && brokenMidSentence * 2 > inner;
  }
}
