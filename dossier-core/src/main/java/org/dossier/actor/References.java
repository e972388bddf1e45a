package org.dossier.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Mention;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Links pronouns (he, she, his, her …) and role nouns ("the minister") to the person they refer to: a person
 * of agreeing gender, preferring the subject of the current or previous sentences over a name that is merely
 * nearer ("Trump met Zelensky. He said ..." is Trump). Gender comes from honorifics and gendered nouns next to
 * a name, else from the first name ({@link FirstNames}); never from linked pronouns: one wrong link would then
 * spread. One instance per article; not thread-safe.
 */
final class References {
  /** How far back (in characters) a pronoun looks for the person it stands for. */
  private static final int REACH = 700;
  private static final Map<String, String> PRONOUNS = Map.of("he", "m", "him", "m", "his", "m", "himself", "m",
      "she", "f", "her", "f", "hers", "f", "herself", "f");
  private static final Map<String, String> GENDERED = Map.ofEntries(Map.entry("mr", "m"), Map.entry("sir", "m"),
      Map.entry("man", "m"), Map.entry("boy", "m"), Map.entry("husband", "m"), Map.entry("father", "m"),
      Map.entry("son", "m"), Map.entry("brother", "m"), Map.entry("king", "m"), Map.entry("businessman", "m"),
      Map.entry("chairman", "m"), Map.entry("spokesman", "m"), Map.entry("mrs", "f"), Map.entry("ms", "f"),
      Map.entry("miss", "f"), Map.entry("madam", "f"), Map.entry("lady", "f"), Map.entry("woman", "f"),
      Map.entry("girl", "f"), Map.entry("wife", "f"), Map.entry("mother", "f"), Map.entry("daughter", "f"),
      Map.entry("sister", "f"), Map.entry("queen", "f"), Map.entry("actress", "f"), Map.entry("businesswoman", "f"),
      Map.entry("chairwoman", "f"), Map.entry("spokeswoman", "f"));

  private final Analysis analysis;
  private final List<Group> people;
  private final Set<Integer> subjectStarts = new HashSet<>();

  References(Analysis analysis, List<Group> people) {
    this.analysis = analysis;
    this.people = people;
  }

  void resolve() {
    if (people.isEmpty()) {
      return;
    }
    for (Sentence s : analysis.sentences()) {
      Deadline.check();
      surnames(s);
      learn(s);
    }
    for (Group g : people) {
      if (g.gender == null) {
        g.gender = FirstNames.get().genderOfName(g.longest); // the text's own cues ("Mrs", "woman") win
      }
    }
    for (Sentence s : analysis.sentences()) {
      Deadline.check();
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String lower = t.text().toLowerCase(Locale.ROOT);
        String gender = PRONOUNS.get(lower);
        if (gender != null && t.pos().startsWith("PRP")) {
          Group g = antecedent(t.start(), gender);
          if (g != null) {
            g.mentions.add(new Mention(t.start(), t.end(), t.text()));
          }
        } else if (lower.equals("the") && i + 1 < tokens.size() && roleNoun(tokens, i + 1)) {
          Token role = tokens.get(i + 1);
          Group g = holder(role.start(), role.text());
          if (g != null) {
            g.mentions.add(new Mention(role.start(), role.end(), role.text()));
          }
        }
      }
    }
    for (Group g : people) {
      g.mentions.sort(Comparator.naturalOrder());
    }
  }

  /**
   * A person's surname where NER missed it ("Mr Key said", "Key added"): a capitalised token equal to the last
   * word of a person named before, after an honorific or inside the sentence.
   */
  private void surnames(Sentence s) {
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.token(i);
      if (!t.isCapitalised() || t.isNamed()) {
        continue;
      }
      String before = i == 0 ? "" : s.token(i - 1).text().toLowerCase(Locale.ROOT).replace(".", "");
      if (i == 0 || !(GENDERED.containsKey(before) || before.equals("dr") || t.isProperNoun())) {
        continue;
      }
      String key = PhraseIndex.key(t.text());
      for (Group g : people) {
        if (g.words.size() > 1 && key.equals(g.lastWord) && g.mentions.stream().anyMatch(m -> m.end() <= t.start())
            && g.mentions.stream().noneMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
          g.mentions.add(new Mention(t.start(), t.end(), t.text()));
          break;
        }
      }
    }
  }

  /** Subjects and gender cues of the names in one sentence. */
  private void learn(Sentence s) {
    for (Group g : people) {
      for (Mention m : new ArrayList<>(g.mentions)) {
        if (m.start() < s.start() || m.end() > s.end()) {
          continue;
        }
        int last = s.tokenAt(m.end() - 1);
        if (last >= 0 && isSubject(s, s.tokenAt(m.start()), last)) {
          subjectStarts.add(m.start());
        }
        int first = s.tokenAt(m.start());
        // "Mrs Jones", "businessman John Smith", or an apposition "Paris, an Australian woman, ..."
        List<Integer> cues = new ArrayList<>();
        if (first > 0) {
          cues.add(first - 1);
        }
        if (last >= 0 && last + 1 < s.tokens().size() && s.token(last + 1).text().equals(",")) {
          for (int k = last + 2; k < Math.min(s.tokens().size(), last + 6); k++) {
            cues.add(k);
          }
        }
        for (int k : cues) {
          String word = s.token(k).text().toLowerCase(Locale.ROOT).replace(".", "");
          if (g.gender == null && GENDERED.containsKey(word)) {
            g.gender = GENDERED.get(word);
          }
        }
      }
    }
  }

  /** A subject on the parse; in an unparsed sentence, a name before the first verb and any preposition. */
  private static boolean isSubject(Sentence s, int first, int last) {
    if (s.parsed()) {
      return s.head(last).map(d -> d.relation().startsWith("nsubj")).orElse(false);
    }
    for (int k = 0; k < first; k++) {
      String pos = s.token(k).pos();
      if (pos.startsWith("VB") || pos.equals("IN")) {
        return false;
      }
    }
    return first >= 0;
  }

  /**
   * The person a pronoun stands for: one whose gender agrees or is unknown (never one of the other gender);
   * among them a subject of this or the previous sentence beats a nearer non-subject.
   */
  private Group antecedent(int offset, String gender) {
    return antecedent(offset, gender, previousSentenceStart(offset));
  }

  /** Where the sentence before the one holding {@code offset} starts: subjects are salient from there on. */
  private int previousSentenceStart(int offset) {
    int previous = 0;
    int current = 0;
    for (Sentence s : analysis.sentences()) {
      if (s.start() > offset) {
        break;
      }
      previous = current;
      current = s.start();
    }
    return previous;
  }

  private Group antecedent(int offset, String gender, int salientFrom) {
    Group nearest = null;
    int nearestEnd = -1;
    Group subject = null;
    int subjectEnd = -1;
    for (Group g : people) {
      if (g.gender != null && !gender.equals(g.gender)) {
        continue;
      }
      for (Mention m : g.mentions) {
        if (m.end() > offset || offset - m.end() > REACH) {
          continue;
        }
        if (m.end() > nearestEnd) {
          nearest = g;
          nearestEnd = m.end();
        }
        if (subjectStarts.contains(m.start()) && m.start() >= salientFrom && m.end() > subjectEnd) {
          subject = g;
          subjectEnd = m.end();
        }
      }
    }
    return subject != null ? subject : nearest;
  }

  private static boolean roleNoun(List<Token> tokens, int i) {
    Token role = tokens.get(i);
    boolean nextIsName = i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun();
    return role.pos().startsWith("NN") && !nextIsName && (!role.isProperNoun() || role.isCapitalised());
  }

  /** The last person named before {@code offset} whose role ends with this word ("the minister"). */
  private Group holder(int offset, String roleWord) {
    Group best = null;
    int bestEnd = -1;
    String word = roleWord.toLowerCase(Locale.ROOT);
    for (Group g : people) {
      if (g.role == null || !g.role.toLowerCase(Locale.ROOT).endsWith(word)) {
        continue;
      }
      for (Mention m : g.mentions) {
        if (m.end() <= offset && m.end() > bestEnd && offset - m.end() <= REACH) {
          best = g;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }
}
