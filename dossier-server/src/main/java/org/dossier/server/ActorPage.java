package org.dossier.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Party;
import org.dossier.store.Facet;
import org.dossier.store.Hit;
import org.dossier.store.Timeline;
import org.dossier.store.Timeline.Bucket;
import org.dossier.store.Timeline.Period;

/**
 * What the web page shows about one actor: the names and codes it goes by, its statements and events counted
 * per period, the entries themselves (oldest first), the event types it is involved in, and whom it acts on or is
 * acted on by. Immutable.
 *
 * @param actor the name words or code asked for
 * @param codeName when a code was asked for, its name by its parts ("United States government" for USAGOV), or
 *     null when the code has a part without a name or a name was asked for
 * @param names the parties among the entries that the request matched, most entries first
 * @param by the period of the buckets
 * @param statements how many statements match in all
 * @param events how many events match in all
 * @param buckets counts per period, oldest first
 * @param entries the first {@code limit} statements and events, oldest first
 * @param types the event types of the actor's events, most frequent first
 * @param network the events among the entries as a network
 */
public record ActorPage(String actor, String codeName, List<Name> names, Period by, long statements, long events,
                        List<Bucket> buckets, List<Hit> entries, List<Facet.Count> types, Network network) {

  public ActorPage {
    names = List.copyOf(names);
    buckets = List.copyOf(buckets);
    entries = List.copyOf(entries);
    types = List.copyOf(types);
  }

  /** A name the actor appears under, its code and how many entries use it. */
  public record Name(String name, String actor, int entries) {}

  static ActorPage of(Timeline t, List<Facet.Count> types) {
    boolean more = t.entries().size() < t.statements() + t.events();
    return new ActorPage(t.actor(), CodeNames.of(t.actor()), names(t.actor(), t.entries()), t.by(), t.statements(),
        t.events(), t.buckets(),
        t.entries(), types, Network.of(t.entries(), more));
  }

  /** The parties of the entries that {@code asked} names: a code prefix or words of the name. */
  static List<Name> names(String asked, List<Hit> entries) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> codes = new LinkedHashMap<>();
    for (Hit h : entries) {
      List<Party> parties = new ArrayList<>();
      if (h.statement() != null) {
        parties.add(h.statement().speaker());
      }
      if (h.event() != null) {
        parties.add(h.event().source());
        parties.add(h.event().target());
      }
      for (Party p : parties) {
        if (p != null && p.name() != null && matches(asked, p)) {
          counts.computeIfAbsent(p.name(), k -> new int[1])[0]++;
          if (p.actor() != null) {
            codes.putIfAbsent(p.name(), p.actor());
          }
        }
      }
    }
    List<Name> names = new ArrayList<>();
    counts.forEach((name, n) -> names.add(new Name(name, codes.get(name), n[0])));
    names.sort(Comparator.comparingInt(Name::entries).reversed().thenComparing(Name::name));
    return names;
  }

  private static boolean matches(String asked, Party p) {
    String a = asked.strip();
    if (p.actor() != null && p.actor().startsWith(a.toUpperCase(Locale.ROOT))) {
      return true;
    }
    return p.name().toLowerCase(Locale.ROOT).contains(a.toLowerCase(Locale.ROOT));
  }
}
