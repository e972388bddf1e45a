package org.dossier.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.actor.ActorCodes;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.store.Hit;

/**
 * Who acts on whom: the parties of events as nodes (one per name, with its actor code) and, for each ordered
 * pair of source and target, an edge with the number of events and their types. Immutable.
 *
 * @param nodes the most active parties, most events first
 * @param edges source → target pairs among those nodes, most events first
 * @param events how many events the network was built from
 * @param truncated whether more events matched than were read, or more parties took part than are shown
 */
public record Network(List<Node> nodes, List<Edge> edges, int events, boolean truncated) {
  /** At most this many parties: a force layout of more is a hairball nobody reads. */
  public static final int MAX_NODES = 80;
  /** "The" before a capitalised name: "The Church of Scientology" is "Church of Scientology". */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the) (?=\\p{Lu})");

  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A party.
   *
   * @param id its key in edges: the name without a leading article ("Church of Scientology" for "The Church of
   *     Scientology" too, so both are one node)
   * @param name the canonical name (or the phrase of an unnamed source), as {@code id}
   * @param actor the actor code, or null
   * @param country the country of the code (RUS for RUSGOV), or null
   * @param sector the first role of the code after its country (GOV), or its group (IGO), or null
   * @param events events it takes part in, as source or target
   */
  public record Node(String id, String name, String actor, String country, String sector, int events) {
    Node(String id, String actor, int events) {
      this(id, id, actor, ActorCodes.country(actor), sector(actor), events);
    }

    private static String sector(String code) {
      ActorCodes.Parts parts = ActorCodes.split(code);
      if (parts.sectors() != null && parts.sectors().length() >= 3) {
        return parts.sectors().substring(0, 3);
      }
      return parts.group();
    }
  }

  /**
   * Events of {@code source} on {@code target}.
   *
   * @param types how many of each PLOVER type
   */
  public record Edge(String source, String target, int count, Map<String, Integer> types) {
    public Edge {
      types = Map.copyOf(types);
    }
  }

  /**
   * The network of the events among {@code hits} (other hits are ignored).
   *
   * @param more whether further events matched that {@code hits} does not hold
   */
  public static Network of(List<Hit> hits, boolean more) {
    Map<String, Node> nodes = new HashMap<>();
    Map<List<String>, Map<String, Integer>> pairs = new LinkedHashMap<>();
    int events = 0;
    for (Hit h : hits) {
      Event e = h.event();
      if (e == null || e.source() == null) {
        continue;
      }
      events++;
      String source = count(nodes, e.source());
      if (e.target() != null) {
        String target = count(nodes, e.target());
        if (!source.equals(target)) {
          pairs.computeIfAbsent(List.of(source, target), k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
        }
      }
    }
    List<Node> kept = nodes.values().stream()
        .sorted(Comparator.comparingInt(Node::events).reversed().thenComparing(Node::id))
        .limit(MAX_NODES).toList();
    Set<String> keptIds = new HashSet<>();
    kept.forEach(n -> keptIds.add(n.id()));
    List<Edge> edges = new ArrayList<>();
    pairs.forEach((pair, types) -> {
      if (keptIds.contains(pair.get(0)) && keptIds.contains(pair.get(1))) {
        edges.add(new Edge(pair.get(0), pair.get(1), types.values().stream().mapToInt(Integer::intValue).sum(),
            types));
      }
    });
    edges.sort(Comparator.comparingInt(Edge::count).reversed().thenComparing(Edge::source)
        .thenComparing(Edge::target));
    return new Network(kept, edges, events, more || kept.size() < nodes.size());
  }

  /** Adds one event to the party's node; returns its id. */
  private static String count(Map<String, Node> nodes, Party p) {
    String id = p.name() == null || p.name().isBlank() ? String.valueOf(p.actor()) : key(p.name());
    nodes.merge(id, new Node(id, p.actor(), 1),
        (a, b) -> new Node(a.id(), a.actor() != null ? a.actor() : b.actor(), a.events() + 1));
    return id;
  }

  /** A name as one node: a leading article dropped, spaces collapsed. */
  static String key(String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    return LEADING_ARTICLE.matcher(n).replaceFirst("");
  }
}
