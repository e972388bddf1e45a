package org.dossier.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dossier.geo.Place.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped gazetteer: real GeoNames values for the places the issue names. */
class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.get();

  private Place resolve(String name) {
    return gazetteer.resolve(name).orElseThrow(() -> new AssertionError("not found: " + name));
  }

  @Test
  void holdsCountriesRegionsAndCities() {
    assertThat(gazetteer).isSameAs(Gazetteer.get());
    assertThat(gazetteer.size()).isBetween(200_000, 260_000);
  }

  @Test
  void smallPlacesOfCities500AreFound() {
    Place yeoncheon = gazetteer.resolve("Yeoncheon", "KOR").orElseThrow();
    assertThat(yeoncheon.countryIso3()).isEqualTo("KOR");
    Place bogliasco = resolve("Bogliasco");
    assertThat(bogliasco.countryIso3()).isEqualTo("ITA");
    assertThat(bogliasco.kind()).isEqualTo(Kind.CITY);
    assertThat(bogliasco.population()).isLessThan(15_000);
    assertThat(bogliasco.region()).isEqualTo("Liguria");
  }

  @Test
  void secondLevelRegionsAreFoundWithTheirFirstLevelRegion() {
    Place county = gazetteer.resolve("Cook County", "USA").orElseThrow();
    assertThat(county.kind()).isEqualTo(Kind.REGION);
    assertThat(county.feature()).isEqualTo("ADM2");
    assertThat(county.region()).isEqualTo("Illinois");
  }

  @Test
  void aSmallPlaceNeverBeatsACountryOrACapitalOfTheSameName() {
    assertThat(gazetteer.resolve("London", "USA").orElseThrow().countryIso3()).isEqualTo("GBR");
    assertThat(gazetteer.resolve("Lebanon", "USA").orElseThrow().kind()).isEqualTo(Kind.COUNTRY);
    assertThat(gazetteer.resolve("Kyiv", "USA").orElseThrow().countryIso3()).isEqualTo("UKR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kyiv", "Kiev", "KYIV", "Kyïv", "the Kyiv"})
  void kyivUnderItsSpellings(String name) {
    Place kyiv = resolve(name);
    assertThat(kyiv.name()).isEqualTo("Kyiv");
    assertThat(kyiv.kind()).isEqualTo(Kind.CITY);
    assertThat(kyiv.countryIso3()).isEqualTo("UKR");
    assertThat(kyiv.lat()).isCloseTo(50.45, within(0.05));
    assertThat(kyiv.lon()).isCloseTo(30.52, within(0.05));
    assertThat(kyiv.population()).isGreaterThan(2_000_000);
  }

  @Test
  void knowsGeonamesIdsRegionsAndFeatureCodes() {
    Place kyiv = resolve("Kyiv");
    assertThat(kyiv.geonamesId()).isEqualTo(703448L);
    assertThat(kyiv.feature()).isEqualTo("PPLC");
    assertThat(kyiv.region()).isEqualTo("Kyiv City");
    Place kursk = resolve("Kursk Oblast");
    assertThat(kursk.feature()).isEqualTo("ADM1");
    assertThat(kursk.region()).isEqualTo("Kursk Oblast");
    assertThat(kursk.geonamesId()).isNull();
    Place russia = resolve("Russia");
    assertThat(russia.feature()).isEqualTo("PCL");
    assertThat(russia.region()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kursk region", "Kursk Oblast", "Kursk oblast", "Kursk Province", "kursk REGION"})
  void kurskRegionUnderItsVariants(String name) {
    Place region = resolve(name);
    assertThat(region.kind()).isEqualTo(Kind.REGION);
    assertThat(region.name()).isEqualTo("Kursk Oblast");
    assertThat(region.countryIso3()).isEqualTo("RUS");
    assertThat(region.distanceKm(51.7, 36.2)).isLessThan(150);
  }

  @Test
  void bareKurskIsTheCity() {
    Place kursk = resolve("Kursk");
    assertThat(kursk.kind()).isEqualTo(Kind.CITY);
    assertThat(kursk.countryIso3()).isEqualTo("RUS");
    assertThat(kursk.admin1()).isEqualTo("Kursk Oblast");
    assertThat(kursk.distanceKm(51.73, 36.19)).isLessThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Washington D.C.", "Washington DC", "Washington"})
  void washingtonIsTheUsCapital(String name) {
    Place dc = resolve(name);
    assertThat(dc.countryIso3()).isEqualTo("USA");
    assertThat(dc.kind()).isEqualTo(Kind.CITY);
    assertThat(dc.distanceKm(38.90, -77.04)).isLessThan(10);
  }

  @Test
  void washingtonStateNeedsTheWord() {
    Place state = resolve("Washington State");
    assertThat(state.kind()).isEqualTo(Kind.REGION);
    assertThat(state.countryIso3()).isEqualTo("USA");
    assertThat(state.lon()).isLessThan(-117);
  }

  @Test
  void parisIsFrenchUnlessTheArticleIsAmerican() {
    Place paris = resolve("Paris");
    assertThat(paris.countryIso3()).isEqualTo("FRA");
    assertThat(paris.distanceKm(48.85, 2.35)).isLessThan(10);

    Place texas = gazetteer.resolve("Paris", "USA").orElseThrow();
    assertThat(texas.countryIso3()).isEqualTo("USA");
    assertThat(texas.admin1()).isEqualTo("Texas");
    assertThat(texas.distanceKm(33.66, -95.56)).isLessThan(10);
  }

  @Test
  void durhamWithAmericanContext() {
    Place durham = gazetteer.resolve("Durham", "USA").orElseThrow();
    assertThat(durham.countryIso3()).isEqualTo("USA");
    assertThat(durham.admin1()).isEqualTo("North Carolina");
    assertThat(gazetteer.resolve("Durham", "GBR").orElseThrow().admin1()).isEqualTo("England");
  }

  @Test
  void afghanCities() {
    Place herat = resolve("Herat");
    assertThat(herat.countryIso3()).isEqualTo("AFG");
    assertThat(herat.kind()).isEqualTo(Kind.CITY);
    assertThat(herat.distanceKm(34.35, 62.20)).isLessThan(10);
    Place kabul = resolve("Kabul");
    assertThat(kabul.countryIso3()).isEqualTo("AFG");
    assertThat(kabul.kind()).isEqualTo(Kind.CITY);
    assertThat(kabul.distanceKm(34.53, 69.17)).isLessThan(10);
    assertThat(resolve("Herat province").kind()).isEqualTo(Kind.REGION);
  }

  @Test
  void torontoAndTaipei() {
    Place toronto = resolve("Toronto");
    assertThat(toronto.countryIso3()).isEqualTo("CAN");
    assertThat(toronto.admin1()).isEqualTo("Ontario");
    assertThat(toronto.distanceKm(43.70, -79.42)).isLessThan(10);
    Place taipei = resolve("Taipei");
    assertThat(taipei.countryIso3()).isEqualTo("TWN");
    assertThat(taipei.distanceKm(25.05, 121.53)).isLessThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Russia", "Russian Federation", "the Russian Federation"})
  void russiaIsTheCountryAtItsCentroid(String name) {
    Place russia = resolve(name);
    assertThat(russia.kind()).isEqualTo(Kind.COUNTRY);
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.countryIso3()).isEqualTo("RUS");
    assertThat(russia).isEqualTo(gazetteer.country("RUS").orElseThrow());
    assertThat(russia.lat()).isCloseTo(61.5, within(2.0));
    assertThat(russia.lon()).isCloseTo(100.0, within(6.0));
    assertThat(russia.population()).isGreaterThan(140_000_000);
  }

  @Test
  void countryNamesComeFirst() {
    assertThat(resolve("Georgia").countryIso3()).isEqualTo("GEO");
    assertThat(gazetteer.resolve("Georgia", "USA").orElseThrow().kind()).isEqualTo(Kind.REGION);
    assertThat(gazetteer.resolve("Lebanon", "USA").orElseThrow().countryIso3()).isEqualTo("LBN");
    assertThat(resolve("USA").countryIso3()).isEqualTo("USA");
    assertThat(resolve("U.K.").countryIso3()).isEqualTo("GBR");
    assertThat(resolve("Ivory Coast").countryIso3()).isEqualTo("CIV");
  }

  @Test
  void countryCentroidsByCode() {
    Place usa = gazetteer.country("usa").orElseThrow();
    assertThat(usa.name()).isEqualTo("United States");
    assertThat(usa.lat()).isCloseTo(39.5, within(2.0));
    assertThat(usa.lon()).isCloseTo(-98.5, within(3.0));
    Place ukraine = gazetteer.country("UKR").orElseThrow();
    assertThat(ukraine.distanceKm(49.0, 31.4)).isLessThan(100);
    assertThat(gazetteer.country("XXX")).isEmpty();
    assertThat(gazetteer.country(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Xqzvillebergstan", "", "   ", "--"})
  void unknownNamesFindNothing(String name) {
    assertThat(gazetteer.resolve(name)).isEmpty();
    assertThat(gazetteer.lookup(name)).isEmpty();
  }

  @Test
  void lookupListsOtherCandidatesAfterTheBest() {
    List<Place> paris = gazetteer.lookup("Paris");
    assertThat(paris.get(0).countryIso3()).isEqualTo("FRA");
    assertThat(paris).extracting(Place::countryIso3).contains("USA");
    assertThat(gazetteer.lookup(null)).isEmpty();
  }

  @Test
  void leadingTheAndSaintAbbreviation() {
    assertThat(resolve("The Hague").countryIso3()).isEqualTo("NLD");
    assertThat(resolve("St. Petersburg").countryIso3()).isEqualTo("RUS");
  }
}
