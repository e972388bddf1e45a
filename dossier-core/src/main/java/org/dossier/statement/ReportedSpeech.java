package org.dossier.statement;

import org.dossier.text.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * The reported-speech sieve, on the dependency parse: "X said (that) ...", "X announced NOUN ...",
 * "..., said X", "according to X, ...", "X's statement that ...". Stateless apart from its inputs.
 */
final class ReportedSpeech {
  /** Dependents of a cue that continue what was said when they follow its content. */
  private static final Set<String> CONTINUING = Set.of("conj", "parataxis", "advcl", "xcomp", "obl", "nmod",
      "obj", "ccomp", "advmod");

  /** Speakers a quote's own speaker stands behind: "I told them", "we said" inside a quotation. */
  private static final Set<String> FIRST_AND_SECOND = Set.of("i", "we", "you", "me", "us", "'s");

  private final String text;
  private final Cues cues;
  private final Speakers speakers;

  ReportedSpeech(String text, Cues cues, Speakers speakers) {
    this.text = text;
    this.cues = cues;
    this.speakers = speakers;
  }

  List<Attribution> find(Sentence s) {
    List<Attribution> out = new ArrayList<>();
    if (!s.parsed()) {
      return out;
    }
    for (Token t : s.tokens()) {
      if (t.isVerb() && cues.isCue(t.lemma())) {
        verbal(s, t).ifPresent(out::add);
      } else if (t.text().toLowerCase(Locale.ROOT).equals("according") && t.index() + 1 < s.tokens().size()
          && s.token(t.index() + 1).text().equalsIgnoreCase("to")) {
        accordingTo(s, t.index()).ifPresent(out::add);
      } else if (t.pos().startsWith("NN") && Cues.NOUNS.contains(t.lemma())) {
        nominal(s, t.index()).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Attribution> verbal(Sentence s, Token cue) {
    int v = cue.index();
    Optional<Integer> subject = subject(s, v);
    if (subject.isEmpty() && s.child(v, "nsubj:pass").isPresent()) {
      // "it was announced by the ministry that ...", "the plan, announced by X, ...": the agent speaks
      subject = s.child(v, "obl:agent").or(() -> s.children(v).stream().filter(d -> d.base().equals("obl")
          && s.child(d.dependent(), "case").map(c -> s.token(c).lemma().equals("by")).orElse(false))
          .map(Dependency::dependent).findFirst());
    }
    if (subject.isEmpty() || negated(s, v)
        || FIRST_AND_SECOND.contains(s.token(subject.get()).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Span content = null;
    String rule = null;
    Optional<Integer> ccomp = s.child(v, "ccomp");
    Optional<Dependency> head = s.head(v);
    if (ccomp.isPresent()) {
      int[] sub = s.subtree(ccomp.get());
      int to = ccomp.get() > v ? extend(s, v, sub[1]) : sub[1];
      content = Spans.of(text, s, skipMark(s, ccomp.get(), sub[0]), to);
      rule = "reported:ccomp";
    } else if (cues.takesAbout(cue.lemma()) && about(s, v).isPresent()) {
      int obl = about(s, v).get();
      int[] sub = s.subtree(obl);
      content = Spans.of(text, s, sub[0] + 1, obl > v ? extend(s, v, sub[1]) : sub[1]);
      rule = "reported:about";
    } else if (cues.takesObject(cue.lemma()) && s.child(v, "obj").isPresent()) {
      int obj = s.child(v, "obj").get();
      int[] sub = s.subtree(obj);
      int clause = obj > v ? clauseAfter(s, v, sub[1]) : -1;
      if (clause >= 0) {
        // "confirmed a single male was transported ...": the object is the subject of a clause cut off it
        content = Spans.of(text, s, sub[0], Math.max(sub[1], s.subtree(clause)[1]));
        rule = "reported:object-clause";
      } else if (!s.token(obj).pos().startsWith("PRP") && !s.token(obj).pos().equals("DT") && sub[1] - sub[0] >= 2) {
        content = Spans.of(text, s, sub[0], obj > v ? extend(s, v, sub[1]) : sub[1]);
        rule = "reported:object";
      }
    } else if (head.isPresent() && head.get().base().equals("parataxis") && head.get().governor() < v) {
      // "..., said X" / "..., X said": the clause before the cue is what was said
      int[] sub = s.subtree(head.get().governor());
      int[] cueSpan = s.subtree(v);
      content = Spans.of(text, s, sub[0], cueSpan[0] - 1);
      rule = "reported:inverted";
    }
    if (content == null || content.start() <= s.token(subject.get()).start()
        && s.token(subject.get()).end() <= content.end()) {
      return Optional.empty();
    }
    Party speaker = speakers.of(s, subject.get());
    return Optional.of(new Attribution(speaker, cue.lemma(), cue.start(), Attribution.INDIRECT, content, rule));
  }

  /** The subject of a cue, or of the verb it is coordinated with ("stood up and said"). */
  private static Optional<Integer> subject(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      if (d.relation().equals("nsubj")) {
        return Optional.of(d.dependent());
      }
      if (d.relation().equals("nsubj:pass")) {
        return Optional.empty();
      }
    }
    Optional<Dependency> head = s.head(v);
    if (head.isPresent() && head.get().relation().equals("conj")) {
      return s.child(head.get().governor(), "nsubj");
    }
    if (head.isPresent() && head.get().base().equals("advcl") && s.token(v).pos().equals("VBG")) {
      // "He stated ..., saying he anticipated ...": the participle's speaker is the clause's subject
      return s.children(head.get().governor()).stream().filter(d -> d.relation().equals("nsubj"))
          .map(Dependency::dependent).findFirst();
    }
    return Optional.empty();
  }

  /** The "about" phrase of a cue, whose first token is "about" ("told his counterpart about the aid"). */
  private static Optional<Integer> about(Sentence s, int v) {
    return s.children(v).stream().filter(d -> d.base().equals("obl") && d.dependent() > v)
        .map(Dependency::dependent)
        .filter(o -> s.child(o, "case").map(c -> s.token(c).lemma().equals("about") && c == s.subtree(o)[0])
            .orElse(false))
        .findFirst();
  }

  /** "have not said why ...": a cue under negation reports nothing. */
  private static boolean negated(Sentence s, int v) {
    return s.children(v).stream().anyMatch(d -> d.base().equals("advmod")
        && Set.of("not", "n't", "never").contains(s.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }

  /**
   * The content continues over the cue's later dependents ("said that it was too early ..., but ..."), up to
   * another act of speech ("..., but the ambassador says ...").
   */
  private int extend(Sentence s, int v, int end) {
    for (Dependency d : s.children(v)) {
      if (d.dependent() > end && CONTINUING.contains(d.base()) && !d.relation().startsWith("nsubj")
          && !cues.isCue(s.token(d.dependent()).lemma())) {
        end = Math.max(end, s.subtree(d.dependent())[1]);
      }
    }
    return end;
  }

  /**
   * The verb of a clause that starts right after a cue's object (its auxiliary or the verb itself), when the
   * parser hung that clause elsewhere than under the object; -1 when the object is followed by no finite verb.
   */
  private static int clauseAfter(Sentence s, int v, int objectEnd) {
    int k = objectEnd + 1;
    if (k >= s.tokens().size()) {
      return -1;
    }
    String pos = s.token(k).pos();
    if (!(pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
      return -1;
    }
    int verb = s.head(k).filter(d -> d.base().equals("aux") || d.base().equals("cop")).map(Dependency::governor)
        .orElse(k);
    int[] sub = s.subtree(verb);
    return verb == v || sub[0] <= v && v <= sub[1] ? -1 : verb;
  }

  /** Skips the complementiser "that" opening a clause. */
  private static int skipMark(Sentence s, int clause, int from) {
    Optional<Integer> mark = s.child(clause, "mark");
    if (mark.isPresent() && mark.get() == from && s.token(from).lemma().equals("that")) {
      return from + 1;
    }
    return from;
  }

  /** A that-clause right after the noun, which parsers often attach to the verb instead. */
  private static Optional<Integer> thatClauseAfter(Sentence s, int noun) {
    int next = noun + 1;
    if (next >= s.tokens().size() || !s.token(next).lemma().equals("that")) {
      return Optional.empty();
    }
    return s.head(next).filter(d -> d.relation().equals("mark")).map(Dependency::governor)
        .filter(c -> s.subtree(c)[0] == next);
  }

  /** "According to X, CLAUSE." or "CLAUSE, according to X." */
  private Optional<Attribution> accordingTo(Sentence s, int according) {
    Optional<Dependency> source = s.head(according);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int x = source.get().governor();
    Optional<Dependency> attach = s.head(x);
    if (attach.isEmpty() || attach.get().governor() < 0) {
      return Optional.empty();
    }
    int[] clause = s.subtree(attach.get().governor());
    int[] phrase = s.subtree(x);
    int apposition = speakers.apposition(s, phrase[1]);
    if (apposition > phrase[1] && apposition <= clause[1]) {
      phrase = new int[] {phrase[0], apposition - 1}; // the speaker's name is no part of what was said
    }
    boolean after = according <= clause[0] || phrase[0] <= clause[0] || !hasVerb(s, clause[0], phrase[0] - 1);
    // "learned that according to X, CLAUSE": what comes before X is no clause, so X's words follow it
    Span content = after ? Spans.of(text, s, phrase[1] + 1, clause[1]) : Spans.of(text, s, clause[0], phrase[0] - 1);
    if (content == null) {
      return Optional.empty();
    }
    Party speaker = speakers.of(s, x);
    return Optional.of(new Attribution(speaker, "according to", s.token(according).start(), Attribution.INDIRECT,
        content, "reported:according-to"));
  }

  private static boolean hasVerb(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to; k++) {
      if (s.token(k).isVerb() || s.token(k).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** "X's statement that ...", "the claim by X that ...". */
  private Optional<Attribution> nominal(Sentence s, int noun) {
    Optional<Integer> clause = s.child(noun, "acl").or(() -> s.child(noun, "ccomp")).or(() -> thatClauseAfter(s, noun));
    if (clause.isEmpty() || s.child(clause.get(), "mark").map(m -> !s.token(m).lemma().equals("that")).orElse(true)) {
      return Optional.empty();
    }
    Optional<Integer> owner = s.child(noun, "nmod:poss");
    if (owner.isEmpty()) {
      owner = s.children(noun).stream().filter(d -> d.base().equals("nmod")
          && s.child(d.dependent(), "case").map(c -> s.token(c).lemma().equals("by")).orElse(false))
          .map(Dependency::dependent).findFirst();
    }
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    int[] sub = s.subtree(clause.get());
    Span content = Spans.of(text, s, skipMark(s, clause.get(), sub[0]), sub[1]);
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(speakers.of(s, owner.get()), s.token(noun).lemma(), s.token(noun).start(),
        Attribution.INDIRECT, content, "reported:noun"));
  }
}
