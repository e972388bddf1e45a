package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.junit.jupiter.api.Test;

/** Entity code accuracy, per-type event scores and event attributes on hand-made gold and predictions. */
class ScoresTest {
  private static Gold.GoldEntity gold(String name, String actor, String country) {
    return new Gold.GoldEntity(name, List.of(), actor == null ? "LOCATION" : "PERSON", actor, country, null, false);
  }

  private static Entity entity(String name, String actor, String country) {
    return new Entity("e", name, "PERSON", actor, country, null, "test", List.of(new Mention(0, name.length(), name)));
  }

  @Test
  void countryAndSectorAreScoredApart() {
    List<EntityScore.Outcome> out = EntityScore.score(
        List.of(gold("Kyiv police", "UKRCOP", null), gold("Somalia", "SOM", null), gold("Bogliasco", null, "ITA"),
            gold("Nikol Pashinyan", "ARMGOV", null)),
        List.of(entity("Kyiv police", "UKR", "UKR"), entity("Somalia", "SOM", "SOM"),
            entity("Bogliasco", null, "ITA")));
    EntityScore.Codes c = EntityScore.Codes.of(out);
    assertThat(c.found()).isEqualTo(3);
    assertThat(c.countryGold()).isEqualTo(4);
    assertThat(c.countryRight()).isEqualTo(3);
    // only UKRCOP and ARMGOV have a sector; the police got none, Pashinyan was not found
    assertThat(c.sectorGold()).isEqualTo(2);
    assertThat(c.sectorRight()).isZero();
    assertThat(c.countryAccuracy()).isEqualTo(0.75);
  }

  private static Event event(String type, String source, String target, boolean negated, String certainty) {
    return new Event("v", type, null, List.of(), new Party(source, null, source),
        target == null ? null : new Party(target, null, target), negated, certainty, null, null, null, null, null,
        "test");
  }

  private static DossierRecord record(Event... events) {
    return new DossierRecord("a", "t", null, null, null, "en", null, "text", List.of(), List.of(), List.of(events));
  }

  @Test
  void eventsAreCountedPerTypeWithNegationAndCertainty() throws Exception {
    JsonNode gold = Json.MAPPER.readTree("""
        [{"type": ["AID", "COOPERATE"], "source": ["GBR"], "target": ["UKR"], "certainty": ["reported"]},
         {"type": ["REJECT"], "source": ["RUS"], "target": ["*"], "negated": false},
         {"type": ["CONSULT"], "source": ["GBR"], "target": ["DEU"]},
         {"type": ["ASSAULT"], "source": ["---"], "target": ["PHL"], "optional": true}]""");
    EventScore.Result r = EventScore.score(gold, record(
        event("COOPERATE", "GBRGOV", "UKRMIL", false, "asserted"),
        event("REJECT", "RUSGOV", null, true, "asserted"),
        event("ASSAULT", "---", "PHLCVL", false, "asserted"),
        event("THREATEN", "RUS", "UKR", false, "asserted")));
    assertThat(r.tally().matched()).isEqualTo(2);
    assertThat(r.tally().predicted()).isEqualTo(3); // the optional ASSAULT is neither rewarded nor punished
    assertThat(r.tally().gold()).isEqualTo(3);
    assertThat(r.types().get("COOPERATE").matched()).isEqualTo(1);
    assertThat(r.types().get("CONSULT").gold()).isEqualTo(1);
    assertThat(r.types().get("CONSULT").recall()).isZero();
    assertThat(r.types().get("THREATEN").precision()).isZero();
    assertThat(r.types()).doesNotContainKey("ASSAULT");
    // negation checked on both matched pairs (one wrongly negated); certainty only where the gold gives it
    assertThat(r.attributes().negationGold()).isEqualTo(2);
    assertThat(r.attributes().negation()).isEqualTo(1);
    assertThat(r.attributes().certaintyGold()).isEqualTo(1);
    assertThat(r.attributes().certainty()).isZero();
    // per rule: what its predictions matched, the optional match left out as for the totals
    assertThat(r.rules().get("test").matched()).isEqualTo(2);
    assertThat(r.rules().get("test").predicted()).isEqualTo(3);
  }

  @Test
  void theFloorFailsOnlyBeyondItsTolerance() {
    GoldSetScore score = new GoldSetScore("test", List.of(), new EntityScore.Codes(10, 10, 5, 10, 8, 10, 4),
        new Tally(6, 10, 10, 0, 0, 0), new Tally(3, 10, 10, 0, 0, 0), java.util.Map.of(),
        EventScore.Attributes.ZERO);
    QualityFloor held = QualityFloor.of(score, 0.03);
    assertThat(held.regressions(score)).isEmpty();
    QualityFloor slightlyHigher = new QualityFloor("test", 0.62, 0.32, 0.82, 0.42, 0.03);
    assertThat(slightlyHigher.regressions(score)).isEmpty();
    QualityFloor higher = new QualityFloor("test", 0.70, 0.30, 0.80, 0.50, 0.03);
    assertThat(higher.regressions(score)).hasSize(2)
        .anyMatch(l -> l.startsWith("statements F1 0.600"))
        .anyMatch(l -> l.startsWith("entity sector accuracy 0.400"));
  }
}
