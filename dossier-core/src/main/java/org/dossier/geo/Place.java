package org.dossier.geo;

import java.util.Objects;

/**
 * One gazetteer entry: a country, a first-level region (oblast, state, province…) or a city.
 *
 * <p>Immutable and thread-safe. Coordinates are WGS84 degrees. For a country they are the centroid of its main
 * territory; for a region the mean position of the populated places in it (the sources carry no region shapes);
 * for a city the GeoNames point. {@code population} is GeoNames' figure for countries and cities and, for a
 * region, the sum of its listed places: good for ranking, not for statistics.
 *
 * @param name        the English (GeoNames) name, e.g. "Kyiv", "Kursk Oblast", "Russia"
 * @param kind        country, region or city
 * @param countryIso3 ISO 3166-1 alpha-3 code of the country, e.g. "UKR"
 * @param admin1      for a city or a second-level region, the name of its first-level region when known;
 *                    otherwise null
 * @param lat         latitude in degrees, -90..90
 * @param lon         longitude in degrees, -180..180
 * @param population  inhabitants, 0 when unknown
 * @param geonamesId  the GeoNames id of a city, null when the sources give none (countries, regions)
 * @param feature     the GeoNames feature code: a city's own (PPL, PPLA, PPLC …), ADM1 or ADM2 for a region, PCL for a
 *                    country; null when unknown
 */
public record Place(String name, Kind kind, String countryIso3, String admin1, double lat, double lon,
    long population, Long geonamesId, String feature) {

  /** What kind of place an entry is. */
  public enum Kind { COUNTRY, REGION, CITY }

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryIso3, "countryIso3");
  }

  /** A place without GeoNames id or feature code. */
  public Place(String name, Kind kind, String countryIso3, String admin1, double lat, double lon, long population) {
    this(name, kind, countryIso3, admin1, lat, lon, population, null, null);
  }

  /** The first-level region the place is in, or is: a city's or ADM2's admin1, an ADM1's own name, null for a country. */
  public String region() {
    return kind == Kind.REGION && admin1 == null ? name : admin1;
  }

  /** Great-circle distance to another point in kilometres (haversine, mean Earth radius). */
  public double distanceKm(double otherLat, double otherLon) {
    double dLat = Math.toRadians(otherLat - lat);
    double dLon = Math.toRadians(otherLon - lon);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(otherLat)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
