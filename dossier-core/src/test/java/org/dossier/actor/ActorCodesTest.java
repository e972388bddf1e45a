package org.dossier.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.actor.ActorCodes.Parts;
import org.junit.jupiter.api.Test;

class ActorCodesTest {

  @Test
  void groupPrefixComesBeforeTheCountry() {
    assertEquals(new Parts("MNC", "USA", "MED"), ActorCodes.split("MNCUSAMED"));
    assertEquals(new Parts("IGO", "WST", "NAT"), ActorCodes.split("IGOWSTNAT"));
    assertEquals(new Parts("IGO", "EUR", "EEC"), ActorCodes.split("IGOEUREEC"));
    assertEquals(new Parts("NGO", "USA", "HRI"), ActorCodes.split("NGOUSAHRI"));
    assertEquals(new Parts("IMG", "SEA", "MUSJMA"), ActorCodes.split("IMGSEAMUSJMA"));
  }

  @Test
  void groupWithoutCountryKeepsItsSectors() {
    assertEquals(new Parts("NGO", null, "HRI"), ActorCodes.split("NGOHRI"));
    assertEquals(new Parts("IGO", null, "UNO"), ActorCodes.split("IGOUNO"));
    assertEquals(new Parts("MNC", null, null), ActorCodes.split("MNC"));
  }

  @Test
  void countryThenSectors() {
    assertEquals(new Parts(null, "RUS", "GOVMIL"), ActorCodes.split("RUSGOVMIL"));
    assertEquals(new Parts(null, "UKR", null), ActorCodes.split("UKR"));
    assertEquals(new Parts(null, null, "GOV"), ActorCodes.split("---GOV"));
    assertEquals(new Parts(null, "KSV", null), ActorCodes.split("KSV"));
    assertEquals(new Parts(null, "AFR", "REB"), ActorCodes.split("AFRREB"));
  }

  @Test
  void aFirstPartThatIsNoCountryIsASector() {
    assertEquals(new Parts(null, null, "ELI"), ActorCodes.split("ELI"));
    assertEquals(new Parts(null, null, "MED"), ActorCodes.split("med"));
    assertEquals(Parts.NONE, ActorCodes.split(null));
    assertEquals(Parts.NONE, ActorCodes.split("US"));
  }

  @Test
  void countryIsAnIsoCountryNeverARegion() {
    assertEquals("USA", ActorCodes.country("MNCUSAMED"));
    assertEquals("RUS", ActorCodes.country("RUSGOV"));
    assertNull(ActorCodes.country("IGOWSTNAT"));
    assertNull(ActorCodes.country("NGOHRI"));
    assertNull(ActorCodes.country("---GOV"));
    assertTrue(ActorCodes.isRegion("WST"));
    assertFalse(ActorCodes.isRegion("USA"));
    assertTrue(ActorCodes.slotValues().containsAll(java.util.List.of("USA", "WST", "KSV")));
    assertFalse(ActorCodes.slotValues().contains("IGO"));
  }

  @Test
  void aMilitantGroupsReligionIsNoCountry() {
    // MUS is Mauritius in ISO 3166, but after IMG it is CAMEO's religion code: ISIS has no country
    assertNull(ActorCodes.country("IMGMUSISI"));
    assertEquals(new ActorCodes.Parts("IMG", null, "MUSISI"), ActorCodes.split("IMGMUSISI"));
    assertEquals("MUS", ActorCodes.country("MUSGOV"));
  }
}
