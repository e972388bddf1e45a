package org.dossier.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offline gazetteer: countries, first- and second-level regions and the populated places of GeoNames cities500,
 * derived from GeoNames (CC BY 4.0) and shipped as the resources {@code gazetteer.tsv.gz} and
 * {@code gazetteer-local.tsv.gz} beside this class.
 *
 * <p>Names are matched case- and accent-insensitively, with a leading "the" ignored and a region's kind word
 * optional ("Kursk region", "Kursk Oblast", "Kursk Province" all find Kursk Oblast). Candidates are ranked:
 * countries first when the name is a country's, then regions and cities by importance (population, with
 * capitals lifted and a name given with a region word such as "oblast" favouring regions).
 *
 * <p>Immutable after construction and safe to share between threads. {@link #get()} loads the shipped data once
 * per JVM, lazily, on first use (see README for load time and heap).
 */
public final class Gazetteer {
  static final String RESOURCE = "gazetteer.tsv.gz";
  // Second-level regions and the places of 15,000 inhabitants or fewer (GeoNames cities500), read after RESOURCE.
  static final String LOCAL_RESOURCE = "gazetteer-local.tsv.gz";
  // A place this small wins by the article's country only over a top that is neither a country, a capital nor
  // a city this big: "London" in a US story stays London, not London, Kentucky.
  static final long SMALL_PLACE = 15_000;
  static final long LARGE_CITY = 100_000;
  // Match kinds stored in the low two bits of each index posting.
  static final int PRIMARY = 0;
  static final int ALTERNATE = 1;
  static final int AREA_BASE = 2;

  private final Place[] places;
  private final float[] importance;
  private final Map<String, int[]> index;
  private final Map<String, Place> countries;

  private Gazetteer(Place[] places, float[] importance, Map<String, int[]> index) {
    this.places = places;
    this.importance = importance;
    this.index = index;
    Map<String, Place> byIso3 = new HashMap<>();
    for (Place p : places) {
      if (p.kind() == Place.Kind.COUNTRY) {
        byIso3.putIfAbsent(p.countryIso3(), p);
      }
    }
    this.countries = Map.copyOf(byIso3);
  }

  /** The shipped gazetteer, loaded on first call; later calls return the same instance. */
  public static Gazetteer get() {
    return Shipped.INSTANCE;
  }

  /** Holder idiom: the JVM's class initialisation gives a lazy, once-only, thread-safe load. */
  private static final class Shipped {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      Builder builder = new Builder();
      for (String resource : List.of(RESOURCE, LOCAL_RESOURCE)) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("gazetteer resource missing: " + resource);
          }
          GazetteerReader.read(in, builder);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
      }
      return builder.build();
    }
  }

  /** Number of places held. */
  public int size() {
    return places.length;
  }

  /** The country with this ISO 3166-1 alpha-3 code (any case), positioned at its centroid. */
  public Optional<Place> country(String iso3) {
    return iso3 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /**
   * All places a name may refer to, best first; empty for null, blank or unknown names. The list is new and
   * may be modified by the caller.
   */
  public List<Place> lookup(String name) {
    List<String> words = PlaceNames.words(name);
    if (words.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> base = PlaceNames.withoutAreaWords(words);
    Map<Integer, Double> scores = new HashMap<>();
    collect(PlaceNames.join(words), false, base != null, scores);
    if (base != null) {
      collect(PlaceNames.join(base), true, true, scores);
    }
    List<Integer> ranked = new ArrayList<>(scores.keySet());
    ranked.sort((a, b) -> {
      int byScore = Double.compare(scores.get(b), scores.get(a));
      return byScore != 0 ? byScore : Integer.compare(a, b);
    });
    List<Place> out = new ArrayList<>(ranked.size());
    for (int i : ranked) {
      out.add(places[i]);
    }
    return out;
  }

  /** The best place for a name, if any; same as {@code resolve(name, null)}. */
  public Optional<Place> resolve(String name) {
    return resolve(name, null);
  }

  /**
   * The best place for a name, preferring one in {@code preferredCountryIso3} (for example the country of the
   * article's other places; null for no preference): "Paris" is Paris, France, but Paris, Texas with "USA".
   * The preference never turns a country's name into a town of the preferred country ("Lebanon" stays the
   * country with "USA"), though it does pick a region ("Georgia" with "USA" is the state).
   */
  public Optional<Place> resolve(String name, String preferredCountryIso3) {
    List<Place> candidates = lookup(name);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Place top = candidates.get(0);
    if (preferredCountryIso3 != null && !preferredCountryIso3.equalsIgnoreCase(top.countryIso3())) {
      for (Place p : candidates) {
        if (p.countryIso3().equalsIgnoreCase(preferredCountryIso3)) {
          boolean countryToTown = top.kind() == Place.Kind.COUNTRY && p.kind() == Place.Kind.CITY;
          return Optional.of(countryToTown || outranksSmall(top, p) ? top : p);
        }
      }
    }
    return Optional.of(top);
  }

  /** Whether {@code top} must stay ahead of a small place {@code p} although p is in the preferred country. */
  private static boolean outranksSmall(Place top, Place p) {
    boolean small = p.kind() == Place.Kind.CITY ? p.population() <= SMALL_PLACE : "ADM2".equals(p.feature());
    if (!small) {
      return false;
    }
    return top.kind() == Place.Kind.COUNTRY || "PPLC".equals(top.feature()) || top.population() >= LARGE_CITY;
  }

  /** Adds each place under {@code key} with its score, keeping a place's best score. */
  private void collect(String key, boolean viaBase, boolean areaQuery, Map<Integer, Double> scores) {
    int[] postings = index.get(key);
    if (postings == null) {
      return;
    }
    for (int posting : postings) {
      int i = posting >>> 2;
      double s = score(places[i].kind(), posting & 3, importance[i], viaBase, areaQuery);
      scores.merge(i, s, Math::max);
    }
  }

  /**
   * Ranking rule. Countries named outright outrank everything. A region word in the query ("oblast") lifts
   * regions and sinks places found only without it; a region found by its bare base name ("Kursk" for Kursk
   * Oblast) sinks below a city of that name; alternate city names count less than primary ones.
   */
  static double score(Place.Kind kind, int match, float importance, boolean viaBase, boolean areaQuery) {
    switch (kind) {
      case COUNTRY:
        return viaBase ? importance * 0.01 : 1e13 + importance;
      case REGION:
        return importance * (areaQuery ? 10 : match == AREA_BASE ? 0.1 : 1);
      default:
        return importance * (match == ALTERNATE ? 0.25 : 1) * (viaBase ? 0.1 : 1);
    }
  }

  /** Collects places and their names; not thread-safe, used once by the reader. */
  static final class Builder {
    private final List<Place> places = new ArrayList<>();
    private float[] importance = new float[1024];
    private final Map<String, int[]> index = new HashMap<>(1 << 19);
    private final Map<String, String> shared = new HashMap<>();

    /** One copy of each repeated string (region names, codes) across all files read into this builder. */
    Map<String, String> shared() {
      return shared;
    }

    /** Adds a place with its importance, primary names (name, aliases) and alternate spellings. */
    void add(Place place, float placeImportance, List<String> primary, List<String> alternates) {
      int i = places.size();
      places.add(place);
      if (i == importance.length) {
        importance = Arrays.copyOf(importance, i * 2);
      }
      importance[i] = placeImportance;
      for (String name : primary) {
        List<String> words = PlaceNames.words(name);
        put(PlaceNames.join(words), i, PRIMARY);
        List<String> base = place.kind() == Place.Kind.REGION ? PlaceNames.withoutAreaWords(words) : null;
        if (base != null) {
          put(PlaceNames.join(base), i, AREA_BASE);
        }
      }
      for (String name : alternates) {
        put(PlaceNames.key(name), i, ALTERNATE);
      }
    }

    private void put(String key, int place, int match) {
      if (key.isEmpty()) {
        return;
      }
      int posting = place << 2 | match;
      int[] old = index.get(key);
      if (old == null) {
        index.put(key, new int[] {posting});
      } else if (old[old.length - 1] >>> 2 != place) { // a place's names arrive together: skip repeats
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = posting;
        index.put(key, grown);
      }
    }

    Gazetteer build() {
      return new Gazetteer(places.toArray(new Place[0]), Arrays.copyOf(importance, places.size()), index);
    }
  }
}
