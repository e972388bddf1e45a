package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.geo.Gazetteer;
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
        var resolved = Gazetteer.get().resolve(place.name(), country);
        return new Event.Where(place.name(), country != null ? country : resolved.map(r -> r.countryIso3()).orElse(null),
            resolved.map(r -> r.lat()).orElse(null), resolved.map(r -> r.lon()).orElse(null));
      }
    }
    return null;
  }
}
