package org.dossier.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.actor.ActorCodes;
import org.dossier.model.Block;
import org.dossier.model.Entity;

/**
 * One event per clause and, in an article, one per (type, source, target): the title and later sentences
 * restate the lead, and for a reciprocal type (a meeting) A with B and B with A are one act. The first body occurrence is kept; a title event only when the body has none; an event
 * without a target only when the article has none with one for the same type and source. Output in text order.
 */
final class Merging implements Sieve {
  private final Plover plover;

  Merging(Plover plover) {
    this.plover = plover;
  }

  @Override
  public String name() {
    return "merging";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> found) {
    Block title = scene.article().blocks().stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst()
        .orElse(null);
    List<Candidate> body = new ArrayList<>();
    List<Candidate> head = new ArrayList<>();
    for (Candidate e : found) {
      boolean inTitle = title != null && e.evidence() != null && e.evidence().end() <= title.end();
      (inTitle ? head : body).add(e);
    }
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> clauses = new HashSet<>();
    for (List<Candidate> part : List.of(body, head)) {
      for (Candidate e : part) {
        String actors = actors(e);
        String key = e.type() + "|" + actors;
        String ordered = root(e.source()) + "|" + root(e.target()); // one event per clause, whatever its type
        String clause = e.evidence() == null ? key : e.evidence().start() + "|" + ordered;
        if (seen.add(key) & clauses.add(clause)) {
          out.add(e);
        }
      }
    }
    // "X refused" adds nothing to "X refused Y" in the same article
    out.removeIf(e -> e.target() == null && out.stream().anyMatch(o -> o != e && o.target() != null
        && o.type().equals(e.type()) && root(o.source()).equals(root(e.source()))));
    out.sort(Comparator.comparingInt(e -> e.evidence() == null ? 0 : e.evidence().start()));
    return out;
  }

  /** The actors of an event as a key: in order, or as an unordered pair for a reciprocal type (A meets B). */
  private String actors(Candidate e) {
    String a = root(e.source());
    String b = root(e.target());
    return plover.of(e.type()).reciprocal() && a.compareTo(b) > 0 ? b + "|" + a : a + "|" + b;
  }

  private static String root(Entity e) {
    return e == null ? "-" : e.actor() == null ? e.name() : ActorCodes.root(e.actor());
  }
}
