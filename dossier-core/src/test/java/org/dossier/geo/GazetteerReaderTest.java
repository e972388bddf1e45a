package org.dossier.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.dossier.geo.Place.Kind;
import org.junit.jupiter.api.Test;

/** The file format and the ranking rules on a small hand-made gazetteer. */
class GazetteerReaderTest {
  private static final String DATA = String.join("\n",
      "# comment",
      "C\tAlphaland\tALP\t\t10.0\t20.0\t5000000\tAL\tRepublic of Alpha|RA",
      "R\tNorth Oblast\tALP\t\t11.0\t21.0\t900000\t\t",
      "R\tCentral\tALP\t\t10.5\t20.5\t2400000\t\t",
      "P\tNorth\tALP\tNorth Oblast\t11.1\t21.1\t400000\tA\tNorthtown",
      "P\tCentral\tALP\tCentral\t10.4\t20.4\t200000\tC\t",
      "P\tAlphaland\tBET\t\t1.0\t2.0\t20000\t\t",
      "P\tSouthport\tALP\tCentral\t9.0\t19.0\t30000\t\tSouth Port\t123456\tPPLA2",
      "");

  static Gazetteer gazetteer(String tsv) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(tsv.getBytes(StandardCharsets.UTF_8));
    }
    return GazetteerReader.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void readsAllKindsAndFields() throws IOException {
    Gazetteer g = gazetteer(DATA);
    assertThat(g.size()).isEqualTo(7);
    Place north = g.resolve("Northtown").orElseThrow();
    assertThat(north).isEqualTo(new Place("North", Kind.CITY, "ALP", "North Oblast", 11.1, 21.1, 400_000));
    assertThat(g.country("alp").orElseThrow().name()).isEqualTo("Alphaland");
    assertThat(g.resolve("RA").orElseThrow().kind()).isEqualTo(Kind.COUNTRY);
    assertThat(g.resolve("South Port").orElseThrow()).isEqualTo(
        new Place("Southport", Kind.CITY, "ALP", "Central", 9.0, 19.0, 30_000, 123_456L, "PPLA2"));
    assertThat(g.resolve("RA").orElseThrow().feature()).isEqualTo("PCL");
    assertThat(g.resolve("North Oblast").orElseThrow().feature()).isEqualTo("ADM1");
  }

  @Test
  void rankingRules() throws IOException {
    Gazetteer g = gazetteer(DATA);
    // bare name: the city beats a region known by that name only with "Oblast"
    assertThat(g.resolve("North").orElseThrow().kind()).isEqualTo(Kind.CITY);
    // a region word: the region
    assertThat(g.resolve("North region").orElseThrow().kind()).isEqualTo(Kind.REGION);
    // same full name: the capital (200k x 5) beats a region of 2.4M (x 1/3)
    assertThat(g.resolve("Central").orElseThrow().kind()).isEqualTo(Kind.CITY);
    assertThat(g.resolve("Central province").orElseThrow().kind()).isEqualTo(Kind.REGION);
    // a country's name stays the country, even with a town of that name in the preferred country
    assertThat(g.resolve("Alphaland", "BET").orElseThrow().kind()).isEqualTo(Kind.COUNTRY);
    assertThat(g.lookup("Alphaland")).extracting(Place::countryIso3).containsExactly("ALP", "BET");
  }

  @Test
  void badLinesAreReportedWithTheirNumber() {
    assertThatThrownBy(() -> gazetteer("# x\nQ\tWhat\tALP\t\t1\t2\t0\t\t\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> gazetteer("P\tBad\tALP\t\tnorth\t2\t0\t\t\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("line 1");
  }
}
