package org.dossier.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name comparison for scoring: case, periods, leading articles and determiners do not matter. */
final class Names {
  private static final List<String> LEADING = List.of("the ", "a ", "an ");

  private Names() {}

  static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').replaceAll("\\s+", " ").trim();
    for (String l : LEADING) {
      if (k.startsWith(l)) {
        return k.substring(l.length());
      }
    }
    return k;
  }

  /** All names a gold speaker list accepts, widened by the aliases of the gold entities it names. */
  static Set<String> accepted(List<String> names, List<Gold.GoldEntity> entities) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      out.add(key(n));
      for (Gold.GoldEntity e : entities) {
        if (e.names().stream().anyMatch(a -> key(a).equals(key(n)))) {
          e.names().forEach(a -> out.add(key(a)));
        }
      }
    }
    return out;
  }

  /** An unnamed source matches when one phrase holds the other ("senior official", "a senior US official"). */
  static boolean matches(String predicted, Set<String> accepted) {
    String p = key(predicted);
    if (accepted.contains(p)) {
      return true;
    }
    for (String a : accepted) {
      if (!a.isEmpty() && (p.endsWith(" " + a) || a.endsWith(" " + p))) {
        return true;
      }
    }
    return false;
  }
}
