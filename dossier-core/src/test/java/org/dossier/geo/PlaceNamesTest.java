package org.dossier.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void foldsCaseAccentsPunctuationAndTheArticle() {
    assertThat(PlaceNames.key("Kyïv")).isEqualTo("kyiv");
    assertThat(PlaceNames.key("Île-de-France")).isEqualTo("iledefrance");
    assertThat(PlaceNames.key("Washington D. C.")).isEqualTo(PlaceNames.key("washington dc"));
    assertThat(PlaceNames.key("N'Djamena")).isEqualTo("ndjamena");
    assertThat(PlaceNames.key("Kraków")).isEqualTo("krakow");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Gießen")).isEqualTo("giessen");
    assertThat(PlaceNames.key("The Hague")).isEqualTo("hague");
    assertThat(PlaceNames.key("St. Louis")).isEqualTo("saintlouis");
    assertThat(PlaceNames.key("the")).isEqualTo("the");
    assertThat(PlaceNames.key(" -- ")).isEmpty();
    assertThat(PlaceNames.key(null)).isEmpty();
  }

  @Test
  void dropsRegionWords() {
    assertThat(PlaceNames.withoutAreaWords(PlaceNames.words("Kursk Oblast"))).containsExactly("kursk");
    assertThat(PlaceNames.withoutAreaWords(PlaceNames.words("Khanty-Mansi Autonomous Okrug")))
        .containsExactly("khanty", "mansi");
    assertThat(PlaceNames.withoutAreaWords(PlaceNames.words("Republic of Dagestan"))).containsExactly("dagestan");
    assertThat(PlaceNames.withoutAreaWords(PlaceNames.words("Kursk"))).isNull();
    assertThat(PlaceNames.withoutAreaWords(List.of("region"))).isNull();
  }
}
