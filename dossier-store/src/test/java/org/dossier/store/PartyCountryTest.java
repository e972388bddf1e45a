package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.model.Entity;
import org.dossier.model.Party;
import org.junit.jupiter.api.Test;

class PartyCountryTest {

  @Test
  void theCodesCountrySlotComesFirst() {
    assertThat(PartyCountry.of("MNCUSAMED", "FRA")).isEqualTo("USA");
    assertThat(PartyCountry.of("IGOWSTNAT", null)).isEqualTo("WST");
    assertThat(PartyCountry.of("RUSGOV", null)).isEqualTo("RUS");
  }

  @Test
  void theEntitysCountryFillsInWhereTheCodeHasNone() {
    assertThat(PartyCountry.of("NGOHRI", "GBR")).isEqualTo("GBR");
    assertThat(PartyCountry.of(null, "FRA")).isEqualTo("FRA");
    assertThat(PartyCountry.of("---GOV", " ")).isNull();
    assertThat(PartyCountry.of((String) null, null)).isNull();
  }

  @Test
  void aPartyIsLookedUpByItsEntity() {
    Map<String, Entity> entities = Map.of("e1",
        new Entity("e1", "Paris", "LOCATION", null, "FRA", null, "dictionary", List.of()));
    assertThat(PartyCountry.of(new Party("Paris", "e1", null), entities)).isEqualTo("FRA");
    assertThat(PartyCountry.of(new Party("Google", null, "MNCUSAMED"), entities)).isEqualTo("USA");
    assertThat(PartyCountry.of((Party) null, entities)).isNull();
  }
}
