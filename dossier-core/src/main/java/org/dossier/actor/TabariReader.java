package org.dossier.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH dictionaries: actor files (a primary phrase, "+" synonyms, {@code [CODE from-to]} lines)
 * and agent files ({@code !MACRO! = A, B} sets, then {@code PHRASE {plurals} [~SECTOR]} lines).
 */
final class TabariReader {
  private static final Pattern CODE =
      Pattern.compile("\\[([A-Z-]{3}[A-Z]*)(?:\\s+([<>]?)(\\d{6,8})(?:\\s*-\\s*(\\d{6,8}))?)?\\]");
  private static final Pattern AGENT = Pattern.compile("\\[~([A-Z]+)\\]");
  private static final Pattern MACRO = Pattern.compile("!([A-Z]+)!");
  /** Dictionary comments that are provenance, not a role. */
  private static final Pattern NOT_A_ROLE = Pattern.compile(".*(\\d|\\.txt|_|kkl|MleH|ELH).*");

  private TabariReader() {}

  /** Calls {@code sink} with each entry's phrases (primary first) and codes. */
  static void readActors(BufferedReader in, BiConsumer<List<String>, List<CodeSpan>> sink) throws IOException {
    List<String> phrases = new ArrayList<>();
    List<CodeSpan> codes = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean codeLine = Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '[';
      int hash = line.indexOf('#');
      String body = hash < 0 ? line : line.substring(0, hash);
      String note = hash < 0 ? null : line.substring(hash + 1).trim();
      if (!codeLine && !line.startsWith("+")) {
        if (!phrases.isEmpty() && !codes.isEmpty()) {
          sink.accept(List.copyOf(phrases), List.copyOf(codes));
        }
        phrases.clear();
        codes.clear();
      }
      Matcher m = CODE.matcher(body);
      int firstCode = body.length();
      while (m.find()) {
        firstCode = Math.min(firstCode, m.start());
        codes.add(codeSpan(m, codeLine ? role(note) : null));
      }
      if (!codeLine) {
        String phrase = body.substring(line.startsWith("+") ? 1 : 0, firstCode).trim();
        if (!phrase.isEmpty()) {
          phrases.add(phrase);
        }
      }
    }
    if (!phrases.isEmpty() && !codes.isEmpty()) {
      sink.accept(List.copyOf(phrases), List.copyOf(codes));
    }
  }

  /** Calls {@code sink} with each agent phrase form (macros expanded, plurals added) and its sector code. */
  static void readAgents(BufferedReader in, BiConsumer<List<String>, String> sink) throws IOException {
    Map<String, List<String>> macros = new java.util.HashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      int hash = line.indexOf('#');
      String body = (hash < 0 ? line : line.substring(0, hash)).trim();
      if (body.isEmpty()) {
        continue;
      }
      if (body.startsWith("!") && body.contains("=")) {
        String name = body.substring(1, body.indexOf('!', 1));
        List<String> values = new ArrayList<>();
        for (String v : body.substring(body.indexOf('=') + 1).split(",")) {
          values.add(v.trim());
        }
        macros.put(name, values);
        continue;
      }
      Matcher code = AGENT.matcher(body);
      if (!code.find()) {
        continue;
      }
      String sector = code.group(1);
      String head = body.substring(0, code.start()).trim();
      String explicitPlurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        explicitPlurals = head.substring(brace + 1, head.indexOf('}', brace)).trim();
        head = head.substring(0, brace).trim();
      }
      for (String phrase : expand(head, macros)) {
        if (explicitPlurals == null) {
          for (List<String> form : TabariPhrase.forms(phrase)) {
            sink.accept(form, sector);
          }
        } else {
          sink.accept(TabariPhrase.words(phrase), sector);
          for (String p : explicitPlurals.split("\\s+")) {
            if (!p.isEmpty()) {
              sink.accept(TabariPhrase.words(p), sector);
            }
          }
        }
      }
    }
  }

  private static List<String> expand(String phrase, Map<String, List<String>> macros) {
    Matcher m = MACRO.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    List<String> out = new ArrayList<>();
    for (String v : macros.getOrDefault(m.group(1), List.of(m.group(1)))) {
      out.addAll(expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), macros));
    }
    return out;
  }

  private static String role(String note) {
    if (note == null || note.isEmpty() || NOT_A_ROLE.matcher(note).matches()) {
      return null;
    }
    return note;
  }

  private static CodeSpan codeSpan(Matcher m, String note) {
    String code = m.group(1);
    String op = m.group(2);
    LocalDate first = date(m.group(3), false);
    LocalDate second = date(m.group(4), true);
    if (first == null) {
      return new CodeSpan(code, null, null, note);
    }
    if (">".equals(op)) {
      return new CodeSpan(code, first, null, note);
    }
    if ("<".equals(op)) {
      return new CodeSpan(code, null, first, note);
    }
    return new CodeSpan(code, first, second, note);
  }

  /** YYYYMMDD or TABARI's YYMMDD (years after 30 are 19xx); an impossible day is moved to the month's end. */
  static LocalDate date(String s, boolean end) {
    if (s == null) {
      return null;
    }
    int year;
    int rest;
    if (s.length() == 8) {
      year = Integer.parseInt(s.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy > 30 ? 1900 + yy : 2000 + yy;
      rest = 2;
    }
    int month = Math.max(1, Math.min(12, Integer.parseInt(s.substring(rest, rest + 2))));
    int day = Integer.parseInt(s.substring(rest + 2, rest + 4));
    try {
      LocalDate firstOfMonth = LocalDate.of(year, month, 1);
      return day < 1 ? firstOfMonth : firstOfMonth.withDayOfMonth(Math.min(day, firstOfMonth.lengthOfMonth()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
