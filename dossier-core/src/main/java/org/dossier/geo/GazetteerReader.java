package org.dossier.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer file written by tools/gazetteer: gzip'd UTF-8 TSV, '#' comment lines, one place a line:
 * {@code kind name iso3 admin1 lat lon population flag alternates geonameid feature}, where kind is C (country;
 * flag = ISO alpha-2, alternates = other English names), R (first-level region) or P (city; flag C = capital,
 * A = seat of a region), alternates are '|'-separated, geonameid is a city's GeoNames id and feature its
 * GeoNames feature code (both empty when unknown; files of an older layout lack the last two fields). Stateless; each call builds a new {@link Gazetteer}.
 */
final class GazetteerReader {
  // How much a city's role adds to its population when ranking: "Washington" is first the capital.
  private static final float CAPITAL_WEIGHT = 5f;
  private static final float SEAT_WEIGHT = 1.5f;
  // A region's summed population against a city's own: "Kabul" is the city until the province is 3x bigger.
  private static final float REGION_WEIGHT = 1f / 3;

  // GeoNames feature codes that hold by definition: a country is a political entity, a region an admin1.
  private static final String COUNTRY_FEATURE = "PCL";
  private static final String REGION_FEATURE = "ADM1";

  private GazetteerReader() {}

  /** Reads a whole gazetteer from a gzip'd stream, which the caller closes. */
  static Gazetteer read(InputStream gzipped) throws IOException {
    Gazetteer.Builder builder = new Gazetteer.Builder();
    read(gzipped, builder);
    return builder.build();
  }

  /** Adds the places of a gzip'd stream, which the caller closes, to a builder. */
  static void read(InputStream gzipped, Gazetteer.Builder builder) throws IOException {
    BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    Map<String, String> shared = builder.shared();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      try {
        add(builder, split(line), shared);
      } catch (RuntimeException e) {
        throw new IOException("gazetteer line " + number + ": " + e.getMessage(), e);
      }
    }
  }

  private static void add(Gazetteer.Builder builder, String[] f, Map<String, String> shared) {
    Place.Kind kind = switch (f[0]) {
      case "C" -> Place.Kind.COUNTRY;
      case "R" -> Place.Kind.REGION;
      case "P" -> Place.Kind.CITY;
      default -> throw new IllegalArgumentException("unknown kind " + f[0]);
    };
    long population = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
    String admin1 = f[3].isEmpty() ? null : shared.computeIfAbsent(f[3], s -> s);
    Long geonamesId = f[9].isEmpty() ? null : Long.valueOf(f[9]);
    String feature = !f[10].isEmpty() ? shared.computeIfAbsent(f[10], s -> s)
        : kind == Place.Kind.COUNTRY ? COUNTRY_FEATURE : kind == Place.Kind.REGION ? REGION_FEATURE : null;
    Place place = new Place(f[1], kind, shared.computeIfAbsent(f[2], s -> s), admin1,
        Double.parseDouble(f[4]), Double.parseDouble(f[5]), population, geonamesId, feature);
    List<String> alternates = f[8].isEmpty() ? List.of() : List.of(f[8].split("\\|"));
    float importance = switch (kind) {
      case COUNTRY -> population;
      case REGION -> population * REGION_WEIGHT;
      case CITY -> population * (f[7].equals("C") ? CAPITAL_WEIGHT : f[7].equals("A") ? SEAT_WEIGHT : 1f);
    };
    // A country's other names ("Russian Federation", "USA") are as good as its own.
    List<String> primary = kind == Place.Kind.COUNTRY ? concat(f[1], alternates) : List.of(f[1]);
    if (kind == Place.Kind.CITY && population <= Gazetteer.SMALL_PLACE && alternates.size() == 1) {
      primary = concat(f[1], alternates); // a small place's only alternate is its ASCII spelling
      alternates = List.of();
    }
    builder.add(place, importance, primary, kind == Place.Kind.COUNTRY ? List.of() : alternates);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Splits on tabs into exactly eleven fields, padding missing trailing ones with "". */
  private static String[] split(String line) {
    String[] f = new String[11];
    int start = 0;
    for (int i = 0; i < f.length; i++) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        f[i] = start <= line.length() ? line.substring(start) : "";
        start = line.length() + 1;
      } else {
        f[i] = line.substring(start, tab);
        start = tab + 1;
      }
    }
    return f;
  }
}
