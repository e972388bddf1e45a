package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Every built-in actor file is sound, and the check catches the typos it is there for. */
class ActorFilesTest {

  private static List<ActorFileCheck.Problem> check(String text) throws Exception {
    return ActorFileCheck.check(new BufferedReader(new StringReader(text)), "t.actors.txt");
  }

  @Test
  void everyBuiltInActorFileIsSound() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String f : ActorDictionary.ACTOR_FILES) {
      InputStream in = ActorDictionary.class.getResourceAsStream(f);
      assertThat(in).as(f).isNotNull();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(f.endsWith(".gz") ? new GZIPInputStream(in) : in,
          StandardCharsets.UTF_8))) {
        ActorFileCheck.check(r, f).forEach(p -> problems.add(p.toString()));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aSoundEntryPasses() throws Exception {
    assertThat(check("TALIBAN_\n+THE_TALIBAN_\n\t[AFGREB <20210814] # Insurgency\n\t[AFGGOV >20210815]\n"
        + "NATO_ [IGOWSTNAT]\nWIKINEWS_\n\t[---MED]\nKIM_\n\t[PRKGOV 20111217-20991231]\nOLD_\n\t[RUSGOV 990101-001231]\n"))
        .isEmpty();
  }

  @Test
  void aTypoNamesTheFileTheLineAndTheReason() throws Exception {
    assertThat(check("YONHAP_\n\t[KORMDE]\n")).singleElement().hasToString(
        "t.actors.txt:2: code KORMDE: MDE is no sector of cameo-sectors.txt and no country");
    assertThat(check("X_\n\t[XKXGOV]\n").get(0).reason()).contains("XKX is no country");
    assertThat(check("X_\n\t[RUSGO]\n").get(0).reason()).contains("not made of three-letter parts");
    assertThat(check("X_\n\t[RUSGOV 20230230]\n").get(0).reason()).contains("not a real day");
    assertThat(check("X_\n\t[RUSGOV 2004017-20061201]\n").get(0).reason()).contains("not a real day");
    assertThat(check("X_\n\t[RUSGOV 20200101-20190101]\n").get(0).reason()).contains("ends before it starts");
    assertThat(check("X_\n\t[RUSGOV >20200101-20210101]\n").get(0).reason()).contains("takes no < or >");
    assertThat(check("X_\n\t[RUS GOV]\n").get(0).reason()).contains("malformed code");
    assertThat(check("NAGENDA_P RIJAL_ [NPLGOV]\n").get(0).reason()).contains("has a space");
    assertThat(check("ORPHAN_\nNEXT_\n\t[RUS]\n")).singleElement().hasToString("t.actors.txt:1: entry has no code");
    assertThat(check("+SYNONYM_\n")).extracting(ActorFileCheck.Problem::reason)
        .contains("synonym line before any entry");
  }

  @Test
  void theSectorListKnowsGoldsSectorsAndPhoenixsOrganisations() {
    for (String s : List.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "MED", "HLH",
        "EDU", "REL", "CVL", "LAB", "NGO", "CRM", "REF", "ELI", "UAF")) {
      assertThat(SectorCodes.kind(s)).as(s).isEqualTo("role");
    }
    assertThat(SectorCodes.kind("UNO")).isEqualTo("organisation");
    assertThat(SectorCodes.kind("MUS")).isEqualTo("religion");
    assertThat(SectorCodes.known("XYZ")).isFalse();
  }
}
