package org.dossier.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.embed.Embedder;
import org.dossier.model.Entity;
import org.dossier.model.Statement;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * The learned sieve: a {@link TypeModel} over sentence embeddings reads every sentence that names an actor.
 * It gives each rule candidate its confidence (the rules' own trust, raised or lowered by how likely the model
 * finds the type in that sentence), and proposes an event in a sentence the rules found nothing in when the
 * model is sure enough of a type. The rules still supply the actors of a proposal: the subject of the main
 * verb (or the statement's speaker), its object or recipient phrase, else the actors in text order.
 */
final class TypeModelSieve implements Sieve {
  /** How much a rule candidate is trusted before the model is asked: about its precision on the tune split. */
  static final double RULE_PRIOR = 0.5;

  private final TypeModel model;
  private final Embedder embedder;
  private final double proposeAt;
  private final Plover plover;

  TypeModelSieve(TypeModel model, Embedder embedder, double proposeAt, Plover plover) {
    if (!model.embedder().equals(embedder.name())) {
      throw new IllegalArgumentException("the event-type model was trained on " + model.embedder()
          + " embeddings, not " + embedder.name());
    }
    this.model = model;
    this.embedder = embedder;
    this.proposeAt = proposeAt;
    this.plover = plover;
  }

  @Override
  public String name() {
    return "type-model";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Sentence> read = new ArrayList<>();
    for (Sentence s : scene.analysis().sentences()) {
      if (!scene.text(s).strip().endsWith("?") && !scene.actorsIn(s).isEmpty()) {
        read.add(s);
      }
    }
    List<float[]> vectors = embedder.embed(read.stream().map(scene::text).toList());
    double[][] p = new double[scene.analysis().sentences().size()][];
    for (int i = 0; i < read.size(); i++) {
      p[read.get(i).index()] = model.probabilities(vectors.get(i));
    }
    List<Candidate> out = new ArrayList<>(in.size());
    Set<Integer> covered = new HashSet<>();
    for (Candidate k : in) {
      double[] probs = p[k.sentence().index()];
      double typed = probs == null ? 0 : probs[model.labels().indexOf(k.type())];
      out.add(k.withConfidence(RULE_PRIOR + (1 - RULE_PRIOR) * typed));
      covered.add(k.sentence().index());
    }
    for (Sentence s : read) {
      if (!covered.contains(s.index())) {
        proposal(scene, s, p[s.index()]).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparingInt((Candidate k) -> k.sentence().index()).thenComparingInt(k -> k.trigger().index()));
    return out;
  }

  private Optional<Candidate> proposal(Scene scene, Sentence s, double[] probs) {
    int best = -1;
    for (int k = 0; k < probs.length; k++) {
      if (!model.labels().get(k).equals(TypeModel.NONE) && (best < 0 || probs[k] > probs[best])) {
        best = k;
      }
    }
    if (best < 0 || probs[best] < proposeAt) {
      return Optional.empty();
    }
    String type = model.labels().get(best);
    Token head = head(s);
    Entity source = null;
    Entity target = null;
    boolean negated = false;
    String modality = null;
    if (s.parsed() && head.isVerb()) {
      Clause c = scene.clause(s);
      int v = head.index();
      source = c.subject(v).map(c::actor).orElse(null);
      target = c.child(v, "obj").map(c::actorOrPlace).or(() -> c.child(v, "iobj").map(c::actor))
          .orElse(Arguments.firstActor(c, c.targetPhrases(v)));
      negated = c.negated(v);
      modality = c.modality(v);
    }
    if (source == null && plover.of(type).quad() % 2 == 1) {
      source = speaker(scene, head); // verbal acts inside a statement are the speaker's
    }
    List<Entity> named = scene.actorsIn(s);
    if (source == null) {
      source = named.get(0);
    }
    if (target == null) {
      for (Entity e : named) {
        if (e != source && (e.id() == null || !e.id().equals(source.id()))) {
          target = e;
          break;
        }
      }
    }
    if ("hypothetical".equals(modality) || negated || plover.of(type).needsRecipient() && target == null) {
      return Optional.empty();
    }
    Trigger reading = new Trigger(head.lemma(), false, type, null, null, List.of());
    Candidate k = Candidate.proposed(s, head, "model", reading, "model:" + type).withActors(source, target)
        .withModality(false, modality).withConfidence(probs[best]);
    return Optional.of(modality == null ? k : k.withContext(modality));
  }

  /** The main verb, else the first verb, else the first token. */
  private static Token head(Sentence s) {
    Optional<Integer> root = s.parsed() ? s.root() : Optional.empty();
    if (root.isPresent()) {
      return s.token(root.get());
    }
    return s.tokens().stream().filter(Token::isVerb).findFirst().orElse(s.token(0));
  }

  private static Entity speaker(Scene scene, Token t) {
    for (Statement st : scene.statements()) {
      if (st.content().start() <= t.start() && t.end() <= st.content().end() && st.speaker().entity() != null) {
        return scene.mentions().byId(st.speaker().entity());
      }
    }
    return null;
  }
}
