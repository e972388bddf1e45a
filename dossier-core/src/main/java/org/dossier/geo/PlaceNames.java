package org.dossier.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns place names into lookup keys, the same way for the gazetteer's names and for the names asked about.
 *
 * <p>A key is the name's words folded to lower-case ASCII (accents and apostrophes dropped, other punctuation
 * splitting words), without a leading "the", with "St"/"Mt"/"Ft" spelled out, joined with no separator so that
 * "Washington D.C.", "Washington D. C." and "Washington DC" meet. Stateless and thread-safe.
 */
final class PlaceNames {
  /** Words naming a kind of first-level region; optional at the end of a region's name ("Kursk [Oblast]"). */
  static final Set<String> AREA_WORDS = Set.of("region", "oblast", "province", "state", "governorate",
      "prefecture", "district", "krai", "kray", "okrug", "autonomous", "voivodeship", "county", "republic",
      "territory", "division", "department", "municipality", "canton", "emirate");
  private static final Map<String, String> ABBREVIATIONS =
      Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");
  // Letters that Unicode decomposition does not reduce to ASCII.
  private static final String SPECIAL = "ßæœøłđðþıħŋ";
  private static final String[] SPECIAL_ASCII = {"ss", "ae", "oe", "o", "l", "d", "d", "th", "i", "h", "ng"};
  private static final String[] LATIN_FOLDED = latinFolded();

  private PlaceNames() {}

  /** The folded words of a name; empty for null or a name with no letter or digit. */
  static List<String> words(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String folded = fold(name);
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (!isApostrophe(c) && word.length() > 0) {
        words.add(spelledOut(word.toString()));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(spelledOut(word.toString()));
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  /** The lookup key of a name ("" when it has no word). */
  static String key(String name) {
    return join(words(name));
  }

  static String join(List<String> words) {
    return words.size() == 1 ? words.get(0) : String.join("", words);
  }

  /**
   * The words left after dropping area words at the end ("Kursk Oblast", "Khanty-Mansi Autonomous Okrug") or a
   * leading "Republic of" / "Province of"; null when there is none to drop or nothing would be left.
   */
  static List<String> withoutAreaWords(List<String> words) {
    int from = 0;
    int to = words.size();
    if (to > 2 && AREA_WORDS.contains(words.get(0)) && words.get(1).equals("of")) {
      from = 2;
    }
    while (to - from > 1 && AREA_WORDS.contains(words.get(to - 1))) {
      to--;
    }
    return from == 0 && to == words.size() ? null : words.subList(from, to);
  }

  private static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder b = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 128 && b == null) {
        continue;
      }
      if (b == null) {
        b = new StringBuilder(lower.length() + 4).append(lower, 0, i);
      }
      if (c < 128) {
        b.append(c);
      } else if (c < LATIN_FOLDED.length) {
        b.append(LATIN_FOLDED[c]);
      } else {
        return stripMarks(lower); // rare: a letter beyond Latin Extended-B
      }
    }
    return b == null ? lower : b.toString();
  }

  /** ASCII folding of the Latin letters up to U+024F, computed once; Normalizer per name would cost ~0.5 s. */
  private static String[] latinFolded() {
    String[] table = new String[0x250];
    for (char c = 0; c < table.length; c++) {
      table[c] = stripMarks(String.valueOf(c));
    }
    return table;
  }

  private static String stripMarks(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int special = SPECIAL.indexOf(c);
      b.append(special >= 0 ? SPECIAL_ASCII[special] : String.valueOf(c));
    }
    String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u02bb' || c == '`';
  }

  private static String spelledOut(String word) {
    return ABBREVIATIONS.getOrDefault(word, word);
  }
}
