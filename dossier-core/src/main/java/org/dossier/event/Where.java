package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.geo.Gazetteer;
import org.dossier.geo.Place;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.nlp.Sentence;

/** Where each event happened: the place named in a locative phrase of its clause ("in the Kursk region"). */
final class Where implements Sieve {
  @Override
  public String name() {
    return "where";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      out.add(k.withWhere(where(scene.clause(k.sentence()), k)));
    }
    return out;
  }

  private static Event.Where where(Clause c, Candidate k) {
    Sentence s = k.sentence();
    for (int p : c.placePhrases(k.head())) {
      int[] sub = s.subtree(p);
      for (int i = sub[0]; i <= sub[1]; i++) {
        Entity place = c.place(i);
        if (place == null || k.target() != null && place.id() != null && place.id().equals(k.target().id())) {
          continue;
        }
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
    return null;
  }
}
