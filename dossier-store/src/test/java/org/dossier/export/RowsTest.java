package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.DossierRecord;
import org.junit.jupiter.api.Test;

class RowsTest {
  private final DossierRecord lavrov = Examples.lavrov();
  private final Rows rows = Rows.of(lavrov);

  @Test
  void eventColumnsArePolecatLikeAndInOrder() {
    assertThat(EventRow.TABLE.columnNames()).containsExactly("event_id", "article_id", "story_id", "story_date", "event_type",
        "quad_code", "plover_score", "mode", "context", "source_name", "source_actor", "source_group",
        "source_country", "source_sector", "target_name", "target_actor", "target_group", "target_country",
        "target_sector", "negated", "certainty", "confidence", "statement_id", "time_start", "time_end",
        "time_text", "place_name", "place_country", "place_admin1", "place_geonames_id", "place_feature", "lat",
        "lon", "quantity_min", "quantity_max", "quantity_unit", "evidence", "evidence_start", "evidence_end",
        "sentence", "title", "outlet", "url", "source_path", "rule");
    assertThat(StatementRow.TABLE.columnNames()).containsExactly("statement_id", "article_id", "story_id", "published",
        "speaker_name", "speaker_actor", "speaker_group", "speaker_country", "speaker_sector", "speaker_entity",
        "cue", "kind", "via", "content", "content_start", "content_end", "title", "outlet", "url", "source_path",
        "rule");
    assertThat(ArticleRow.TABLE.columnNames()).containsExactly("article_id", "title", "published", "outlet",
        "dateline", "language", "url", "source_path", "entities", "statements", "events");
    assertThat(StoryRow.TABLE.columnNames()).containsExactly("story_id", "kind", "event_type", "source_actor",
        "target_actor", "first_report", "last_report", "mentions", "outlets", "quantity_min", "quantity_max",
        "places", "dates", "article_ids");
  }

  @Test
  void columnTypesFollowTheRowComponents() {
    assertThat(EventRow.TABLE.columns()).filteredOn(Column::required).extracting(Column::name)
        .containsExactly("negated");
    assertThat(EventRow.TABLE.columns())
        .filteredOn(c -> c.type() != Column.Type.STRING)
        .extracting(c -> c.name() + ":" + c.type())
        .containsExactly("story_date:DATE", "quad_code:INT", "plover_score:DOUBLE", "negated:BOOLEAN",
            "confidence:DOUBLE", "time_start:DATE", "time_end:DATE", "place_geonames_id:LONG", "lat:DOUBLE",
            "lon:DOUBLE", "quantity_min:LONG", "quantity_max:LONG", "evidence_start:INT", "evidence_end:INT");
    assertThat(ArticleRow.TABLE.columns()).filteredOn(Column::required).extracting(Column::name)
        .containsExactly("entities", "statements", "events");
  }

  @Test
  void flattensTheMobilizeEventWithEveryPart() {
    EventRow v5 = rows.events().get(2);
    String id = lavrov.id();
    assertThat(v5.eventId()).isEqualTo(id + ":v5");
    assertThat(v5.articleId()).isEqualTo(id);
    assertThat(v5.storyDate()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(v5.sourceActor()).isEqualTo("PRKMIL");
    assertThat(v5.sourceCountry()).isEqualTo("PRK");
    assertThat(v5.sourceSector()).isEqualTo("MIL");
    assertThat(v5.targetName()).isNull();
    assertThat(v5.targetCountry()).isNull();
    assertThat(v5.statementId()).isEqualTo(id + ":s8");
    assertThat(v5.timeStart()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(v5.timeEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(v5.placeCountry()).isEqualTo("RUS");
    assertThat(v5.lat()).isEqualTo(51.69);
    assertThat(v5.quantityMin()).isEqualTo(1000L);
    assertThat(v5.quantityMax()).isEqualTo(3000L);
    assertThat(lavrov.text().substring(v5.evidenceStart(), v5.evidenceEnd())).isEqualTo(v5.evidence());
    assertThat(v5.outlet()).isEqualTo("UNN");
    assertThat(v5.sourcePath()).isEqualTo(Examples.UNN);
    assertThat(v5.url()).isNull();
  }

  @Test
  void joinsContextsAndSplitsCountryOnlyCodes() {
    EventRow v4 = rows.events().get(1);
    assertThat(v4.context()).isEqualTo("diplomatic;future");
    assertThat(v4.sourceCountry()).isEqualTo("UKR");
    assertThat(v4.sourceSector()).isNull();
    assertThat(v4.placeName()).isNull();
    assertThat(v4.lat()).isNull();
    assertThat(v4.quantityMin()).isNull();
  }

  @Test
  void flattensStatementsWithQualifiedLinks() {
    String id = lavrov.id();
    StatementRow trump = rows.statements().get(2);
    assertThat(trump.statementId()).isEqualTo(id + ":s6");
    assertThat(trump.via()).isEqualTo(id + ":s5");
    assertThat(trump.speakerEntity()).isEqualTo(id + ":e9");
    assertThat(trump.speakerCountry()).isEqualTo("USA");
    assertThat(trump.speakerSector()).isEqualTo("GOV");
    assertThat(trump.content()).isEqualTo("it was too early to talk about it");
    StatementRow intelligence = rows.statements().get(3);
    assertThat(intelligence.speakerName()).isEqualTo("intelligence");
    assertThat(intelligence.speakerEntity()).isNull();
    assertThat(intelligence.speakerActor()).isNull();
    assertThat(intelligence.speakerCountry()).isNull();
  }

  @Test
  void mobilizeCarriesQuadScoreSentenceAndPlace() {
    EventRow v5 = rows.events().get(2);
    assertThat(v5.quadCode()).isEqualTo(4);
    assertThat(v5.ploverScore()).isEqualTo(-5.5);
    assertThat(v5.evidence()).isEqualTo("3,000 North Korean soldiers were transferred to the Kursk region");
    assertThat(v5.sentence()).startsWith("According to").contains(v5.evidence())
        .endsWith("from January to February.");
    assertThat(v5.placeAdmin1()).isEqualTo("Kursk Oblast");
    assertThat(v5.placeFeature()).isEqualTo("ADM1");
    assertThat(v5.placeGeonamesId()).isNull();
    EventRow v1 = rows.events().get(0);
    assertThat(v1.quadCode()).isEqualTo(3);
    assertThat(v1.ploverScore()).isEqualTo(-2.0);
  }

  @Test
  void articleRowCountsWhatTheArticleHolds() {
    ArticleRow a = rows.article();
    assertThat(a.articleId()).isEqualTo(lavrov.id());
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(a.outlet()).isEqualTo("UNN");
    assertThat(a.sourcePath()).isEqualTo(Examples.UNN);
    assertThat(a.entities()).isEqualTo(7);
    assertThat(a.statements()).isEqualTo(4);
    assertThat(a.events()).isEqualTo(4);
  }

  @Test
  void actorCodesSplitByTheCameoRules() {
    DossierRecord r = Examples.groups();
    EventRow fine = Rows.of(r).events().get(0);
    assertThat(fine.sourceActor()).isEqualTo("IGOWSTNAT");
    assertThat(fine.sourceGroup()).isEqualTo("IGO");
    assertThat(fine.sourceCountry()).isEqualTo("WST");
    assertThat(fine.sourceSector()).isEqualTo("NAT");
    assertThat(fine.targetActor()).isEqualTo("MNCUSAMED");
    assertThat(fine.targetGroup()).isEqualTo("MNC");
    assertThat(fine.targetCountry()).isEqualTo("USA");
    assertThat(fine.targetSector()).isEqualTo("MED");
    StatementRow ngo = Rows.of(r).statements().get(0);
    assertThat(ngo.speakerGroup()).isEqualTo("NGO");
    assertThat(ngo.speakerCountry()).isNull();
    assertThat(ngo.speakerSector()).isEqualTo("HRI");
  }

  @Test
  void anEntityCountryFillsInWhereTheCodeHasNone() {
    DossierRecord r = Examples.groups();
    // the NGO speaker's entity lies in France; its code has no country slot
    assertThat(Rows.of(r).statements().get(1).speakerCountry()).isEqualTo("FRA");
  }

  @Test
  void partialDatesBecomeNull() {
    assertThat(Rows.date("2025-03")).isNull();
    assertThat(Rows.date("2025-03-12")).isEqualTo(LocalDate.of(2025, 3, 12));
  }
}
