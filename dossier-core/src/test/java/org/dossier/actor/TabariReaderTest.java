package org.dossier.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabariReaderTest {

  @Test
  void readsSynonymsAndDateBoundedCodesWithRoles() throws Exception {
    String file = """
        # comment
        SERGEY_LAVROV_  # CountryInfo.txt
        +SERGEI_LAVROV
        +LAVROV
        \t[RUSGOV 19940922-20040712] # Amb. to UN
        \t[RUSGOV >20040309]  # Foreign Minister
        UNITED_NATIONS_\t[IGOUNO]# NGO_Actors
        JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]
        """;
    List<String> phrases = new ArrayList<>();
    List<List<CodeSpan>> codes = new ArrayList<>();
    TabariReader.readActors(new BufferedReader(new StringReader(file)), (p, c) -> {
      phrases.add(String.join("|", p));
      codes.add(c);
    });
    assertThat(phrases).containsExactly("SERGEY_LAVROV_|SERGEI_LAVROV|LAVROV", "UNITED_NATIONS_", "JAVIER_SOLANA_");
    assertThat(codes.get(0)).containsExactly(
        new CodeSpan("RUSGOV", LocalDate.of(1994, 9, 22), LocalDate.of(2004, 7, 12), "Amb. to UN"),
        new CodeSpan("RUSGOV", LocalDate.of(2004, 3, 9), null, "Foreign Minister"));
    assertThat(codes.get(1)).containsExactly(new CodeSpan("IGOUNO", null, null, null));
    assertThat(codes.get(2)).extracting(CodeSpan::code).containsExactly("IGOEUREEC", "IGOWSTNAT");
    assertThat(codes.get(2).get(0).from()).isEqualTo(LocalDate.of(1995, 7, 1));
  }

  @Test
  void expandsAgentMacrosAndPlurals() throws Exception {
    String file = """
        !MINIST! = MINISTER, MINISTRY
        FOREIGN_!MINIST! [~GOV]
        POLICE {} [~COP]
        SERVICEMAN {SERVICEMEN} [~MIL]
        """;
    List<String> forms = new ArrayList<>();
    TabariReader.readAgents(new BufferedReader(new StringReader(file)),
        (words, sector) -> forms.add(String.join(" ", words) + "=" + sector));
    assertThat(forms).containsExactly("FOREIGN MINISTER=GOV", "FOREIGN MINISTERS=GOV", "FOREIGN MINISTRY=GOV",
        "FOREIGN MINISTRIES=GOV", "POLICE=COP", "SERVICEMAN=MIL", "SERVICEMEN=MIL");
  }

  @Test
  void twoDigitYearsPivotAtThirty() {
    assertThat(TabariReader.date("580101", false)).isEqualTo(LocalDate.of(1958, 1, 1));
    assertThat(TabariReader.date("080507", false)).isEqualTo(LocalDate.of(2008, 5, 7));
    assertThat(TabariReader.date("20250231", false)).isEqualTo(LocalDate.of(2025, 2, 28));
  }
}
