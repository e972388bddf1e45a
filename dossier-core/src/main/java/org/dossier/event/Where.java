package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.geo.Gazetteer;
import org.dossier.geo.Place;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.nlp.Sentence;

/**
 * Where each event happened: the place named in a locative phrase of its clause ("in the Kursk region"). For the
 * types whose PLOVER facts say so (attacks, coercion), a place with no one else named as recipient is the
 * recipient: "a bomb exploded in a market in Kabul" is an act against Afghanistan.
 */
final class Where implements Sieve {
  private final Plover plover;

  Where(Plover plover) {
    this.plover = plover;
  }

  @Override
  public String name() {
    return "where";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      Clause c = scene.clause(k.sentence());
      Entity place = place(c, k);
      Candidate placed = k.withWhere(place == null ? null : where(place));
      if (place != null && k.target() == null && plover.of(k.type()).placeRecipient()
          && (k.source() == null || !place.name().equals(k.source().name()))) {
        placed = placed.withActors(k.source(), place);
      }
      out.add(placed);
    }
    return out;
  }

  /** The first place in a locative phrase of the candidate's clause that is not its target. */
  private static Entity place(Clause c, Candidate k) {
    Sentence s = k.sentence();
    for (int p : c.placePhrases(k.head())) {
      int[] sub = s.subtree(p);
      for (int i = sub[0]; i <= sub[1]; i++) {
        Entity place = c.place(i);
        if (place != null && !(k.target() != null && place.id() != null && place.id().equals(k.target().id()))) {
          return place;
        }
      }
    }
    return null;
  }

  private static Event.Where where(Entity place) {
    String country = place.country();
    Place resolved = Gazetteer.get().resolve(place.name(), country).orElse(null);
    if (resolved == null) {
      return new Event.Where(place.name(), country, null, null);
    }
    if (country != null && !country.equals(resolved.countryIso3())) {
      // the gazetteer's best is in another country: its point is all it gives, not its identity
      return new Event.Where(place.name(), country, resolved.lat(), resolved.lon());
    }
    return new Event.Where(place.name(), resolved.countryIso3(), resolved.lat(), resolved.lon(),
        resolved.region(), resolved.geonamesId(), resolved.feature());
  }
}
