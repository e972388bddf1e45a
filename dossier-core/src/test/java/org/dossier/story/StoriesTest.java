package org.dossier.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.story.Reports.article;
import static org.dossier.story.Reports.event;
import static org.dossier.story.Reports.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.junit.jupiter.api.Test;

class StoriesTest {
  private final Stories stories = Stories.defaults();

  @Test
  void oneMeetingReportedByTwoOutletsIsOneStoryEvenWithTheSidesCrossed() {
    List<DossierRecord> records = List.of(
        article("a", "Reuters", "2025-02-18", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "2025-02-18",
            null, null, "Rubio met Lavrov in Riyadh"))),
        article("b", "TASS", "2025-02-18", List.of(event("v1", "CONSULT", "RUSGOV", "USAGOV", "2025-02-18",
            null, null, "Lavrov held talks with Rubio"))));
    Map<String, String> ids = stories.clusterEvents(records);
    assertThat(ids).containsOnlyKeys("a/v1", "b/v1");
    assertThat(ids.get("a/v1")).isEqualTo(ids.get("b/v1")).startsWith("ev-");
    StorySummary s = stories.eventStories(records).get(0).summary();
    assertThat(s.mentions()).isEqualTo(2);
    assertThat(s.outlets()).isEqualTo(2);
    assertThat(s.firstReport()).isEqualTo(LocalDate.parse("2025-02-18"));
  }

  @Test
  void theSamePairMeetingAWeekLaterIsAnotherStory() {
    Map<String, String> ids = stories.clusterEvents(List.of(
        article("a", "Reuters", "2025-02-18", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "2025-02-18",
            null, null, "Rubio met Lavrov"))),
        article("b", "TASS", "2025-02-25", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "2025-02-25",
            null, null, "Rubio met Lavrov")))));
    assertThat(ids.get("a/v1")).isNotEqualTo(ids.get("b/v1"));
  }

  @Test
  void aDayApartIsWithinTheSlackOfDayPrecision() {
    Map<String, String> ids = stories.clusterEvents(List.of(
        article("a", "Reuters", "2025-02-18", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "2025-02-18",
            null, null, "Rubio met Lavrov"))),
        article("b", "TASS", "2025-02-19", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "2025-02-19",
            null, null, "Rubio met Lavrov")))));
    assertThat(ids.get("a/v1")).isEqualTo(ids.get("b/v1"));
  }

  @Test
  void twoAttacksOnOneDayInTwoTownsStayApartAndOneTownsReportsShowTheirTollsSpread() {
    List<DossierRecord> records = List.of(
        article("a", "AP", "2020-01-08", List.of(event("v1", "ASSAULT", "---", "AFG", "2020-01-08", Reports.KABUL,
            5L, "a bomb killed five people in Kabul"))),
        article("b", "BBC", "2020-01-08", List.of(event("v1", "ASSAULT", "---", "AFG", "2020-01-08",
            Reports.KABUL_AIRPORT, 7L, "a bomb near Kabul airport killed seven people"))),
        article("c", "AP", "2020-01-08", List.of(event("v1", "ASSAULT", "---", "AFG", "2020-01-08",
            Reports.KANDAHAR, 3L, "a bomb killed three people in Kandahar"))));
    Map<String, String> ids = stories.clusterEvents(records);
    assertThat(ids.get("a/v1")).isEqualTo(ids.get("b/v1"));
    assertThat(ids.get("c/v1")).isNotEqualTo(ids.get("a/v1"));
    StorySummary kabul = stories.eventStories(records).stream().filter(s -> s.size() == 2).findFirst()
        .orElseThrow().summary();
    assertThat(kabul.quantityMin()).isEqualTo(5L);
    assertThat(kabul.quantityMax()).isEqualTo(7L);
    assertThat(kabul.places()).containsExactly("Kabul", "Kabul airport");
    assertThat(kabul.outlets()).isEqualTo(2);
  }

  @Test
  void anUnknownSideNeedsSimilarEvidenceAndNeverMatchesAKnownOne() {
    Map<String, String> ids = stories.clusterEvents(List.of(
        article("a", "AP", "2020-01-08", List.of(event("v1", "PROTEST", "---", "HKG",
            "thousands of protesters marched through Hong Kong against the extradition bill"))),
        article("b", "BBC", "2020-01-08", List.of(event("v1", "PROTEST", "---", "HKG",
            "protesters marched against the extradition bill"))),
        article("c", "BBC", "2020-01-08", List.of(event("v1", "PROTEST", "---", "HKG",
            "students demonstrated at the university campus"))),
        article("d", "AP", "2020-01-08", List.of(event("v1", "PROTEST", "HKGOPP", "HKG",
            "protesters marched against the extradition bill")))));
    assertThat(ids.get("a/v1")).isEqualTo(ids.get("b/v1"));
    assertThat(ids.get("c/v1")).isNotEqualTo(ids.get("a/v1"));
    assertThat(ids.get("d/v1")).isNotEqualTo(ids.get("a/v1"));
  }

  @Test
  void differentTypesStayApartAndEventsOfOneArticleNeverMerge() {
    Map<String, String> ids = stories.clusterEvents(List.of(
        article("a", "AP", "2020-01-08", List.of(
            event("v1", "ACCUSE", "USAGOV", "IRNGOV", "accused Iran"),
            event("v2", "ACCUSE", "USAGOV", "IRNGOV", "accused Iran again"))),
        article("b", "BBC", "2020-01-08", List.of(event("v1", "THREATEN", "USAGOV", "IRNGOV", "threatened Iran")))));
    assertThat(ids).hasSize(3);
    assertThat(ids.get("a/v1")).isNotEqualTo(ids.get("a/v2"));
    assertThat(ids.get("b/v1")).isNotIn(ids.get("a/v1"), ids.get("a/v2"));
  }

  @Test
  void aMonthPrecisionDateMatchesDaysInThatMonthOnly() {
    DossierRecord month = article("a", "AP", "2020-02-10", List.of(Reports.withWhen(
        event("v1", "SANCTION", "USAGOV", "IRN", "sanctions on Iran"), Reports.month("2020-01-01", "2020-01-31"))));
    DossierRecord inside = article("b", "BBC", "2020-01-15", List.of(event("v1", "SANCTION", "USAGOV", "IRN",
        "2020-01-15", null, null, "sanctioned Iran")));
    DossierRecord after = article("c", "BBC", "2020-02-03", List.of(event("v1", "SANCTION", "USAGOV", "IRN",
        "2020-02-03", null, null, "sanctioned Iran")));
    Map<String, String> ids = stories.clusterEvents(List.of(month, inside, after));
    assertThat(ids.get("a/v1")).isEqualTo(ids.get("b/v1"));
    assertThat(ids.get("c/v1")).isNotEqualTo(ids.get("a/v1"));
  }

  @Test
  void idsDependOnTheInputNotOnItsOrder() {
    List<DossierRecord> records = List.of(
        article("a", "Reuters", "2025-02-18", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "met"))),
        article("b", "TASS", "2025-02-18", List.of(event("v1", "CONSULT", "USAGOV", "RUSGOV", "met"))));
    assertThat(stories.clusterEvents(records)).isEqualTo(stories.clusterEvents(List.of(records.get(1),
        records.get(0))));
  }

  @Test
  void aQuoteReportedByTwoOutletsIsOneQuoteStory() {
    String full = "We will not allow anyone to dictate to us how to conduct our foreign policy";
    Map<String, String> ids = stories.clusterStatements(List.of(
        article("a", "TASS", "2025-03-12", List.of(), List.of(quote("s1", "Sergey Lavrov", "RUSGOV", full))),
        article("b", "UNN", "2025-03-13", List.of(), List.of(
            quote("s1", "Lavrov", "RUSGOV", "We will not allow anyone to dictate to us"),
            quote("s2", "Lavrov", "RUSGOV", "The talks were useful"))),
        article("c", "BBC", "2025-03-13", List.of(), List.of(
            quote("s1", "Marco Rubio", "USAGOV", "We will not allow anyone to dictate to us")))));
    assertThat(ids).containsOnlyKeys("a/s1", "b/s1", "b/s2", "c/s1");
    assertThat(ids.get("a/s1")).isEqualTo(ids.get("b/s1")).startsWith("qt-");
    assertThat(ids.get("b/s2")).isNotEqualTo(ids.get("a/s1"));
    assertThat(ids.get("c/s1")).isNotEqualTo(ids.get("a/s1"));
  }
}
