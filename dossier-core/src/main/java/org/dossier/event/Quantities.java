package org.dossier.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.lang.Words;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Reads counted people, things and money in a clause: "between 1,000 and 3,000 North Korean soldiers" (min 1000,
 * max 3000, unit soldiers), "up to 500 troops", "more than 20 people", "$5 million" (unit USD). Durations, ages,
 * years and titles are no quantities: "a 30-day ceasefire", "14 years old", "the 1969 film", "Apollo 11
 * mission" (a number above one before a singular noun names, it does not count). Stateless.
 */
final class Quantities {
  private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
      Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("dozen", 12L),
      Map.entry("dozens", 24L), Map.entry("hundreds", 200L), Map.entry("thousands", 2000L));
  private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
      "billion", 1_000_000_000L, "hundred", 100L);
  private static final Set<String> AT_LEAST = Set.of("more", "over", "least", "above", "exceeding");
  private static final Set<String> AT_MOST = Set.of("up", "fewer", "less", "under", "most", "below");
  private static final Set<String> TIME_UNITS = Words.en("time-units");
  /** Currency signs the tokenizer splits off ("$5 million"): the amount's unit is the ISO 4217 code. */
  private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "US$", "USD", "£", "GBP", "€", "EUR",
      "¥", "JPY", "₽", "RUB", "₴", "UAH", "₹", "INR");

  private Quantities() {}

  /** The quantity of the first counted noun in tokens {@code [from, to]}, or empty. */
  static Optional<Event.Quantity> in(Sentence s, int from, int to) {
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("nummod") || d.governor() < from || d.governor() > to) {
        continue;
      }
      Token noun = s.token(d.governor());
      // "5.1 million": the scale word is the nummod and the digits its compound
      int digits = s.children(d.dependent()).stream().filter(c -> c.base().equals("compound")
          && s.token(c.dependent()).pos().equals("CD")).map(Dependency::dependent).findFirst().orElse(d.dependent());
      Optional<Long> value = number(s, digits);
      String currency = CURRENCIES.get(noun.text());
      if (value.isEmpty() || !noun.pos().startsWith("NN") && currency == null || TIME_UNITS.contains(noun.lemma())
          || currency == null && value.get() > 1 && (noun.pos().equals("NN") || noun.pos().equals("NNP"))) {
        continue;
      }
      long v = value.get();
      Long min = v;
      Long max = v;
      int left = digits;
      String before = left > 0 ? s.token(left - 1).text().toLowerCase(Locale.ROOT) : "";
      String before2 = left > 1 ? s.token(left - 2).text().toLowerCase(Locale.ROOT) : "";
      Optional<Long> upper = s.children(d.dependent()).stream().filter(c -> c.base().equals("conj"))
          .map(c -> number(s, c.dependent())).filter(Optional::isPresent).map(Optional::get).findFirst();
      if (upper.isPresent()) {
        // "between 1,000 and 3,000 soldiers": the lower bound heads, the upper is its conjunct
        max = upper.get();
      } else if (before.equals("and") && left >= 3) {
        // "between X and Y": Y is the nummod, X sits after "between"
        int first = left - 2;
        while (first > 0 && !s.token(first - 1).text().equalsIgnoreCase("between") && left - first < 4) {
          first--;
        }
        Optional<Long> low = number(s, left - 2);
        if (low.isPresent() && first > 0 && s.token(first - 1).text().equalsIgnoreCase("between")) {
          min = low.get();
        }
      } else if ((before.equals("to") || before.equals("-") || before.equals("–")) && left >= 2
          && !AT_MOST.contains(before2)) {
        Optional<Long> low = number(s, left - 2);
        if (low.isPresent()) {
          min = low.get();
        }
      } else if (AT_LEAST.contains(before) || before.equals("than") && AT_LEAST.contains(before2)) {
        max = null;
      } else if (before.equals("to") && before2.equals("up") || before.equals("than") && AT_MOST.contains(before2)) {
        min = null;
      }
      String unit = currency != null ? currency : noun.text().toLowerCase(Locale.ROOT);
      return Optional.of(new Event.Quantity(min, max, unit));
    }
    return Optional.empty();
  }

  /** The number a token (with a following scale word) stands for: "1,000", "3.5 million", "two". */
  static Optional<Long> number(Sentence s, int i) {
    String w = s.token(i).text().toLowerCase(Locale.ROOT).replace(",", "");
    Long base = WORDS.get(w);
    if (base == null) {
      try {
        base = Math.round(Double.parseDouble(w));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (i + 1 < s.tokens().size()) {
      Long scale = SCALES.get(s.token(i + 1).text().toLowerCase(Locale.ROOT));
      if (scale != null && !w.equals("hundred")) {
        base = Math.round(Double.parseDouble(w.replaceAll("[^0-9.]", "").isEmpty() ? "" + base : w) * scale);
      }
    }
    return Optional.of(base);
  }
}
