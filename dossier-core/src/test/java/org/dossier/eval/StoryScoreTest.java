package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.eval.StoryGold.Cluster;
import org.dossier.eval.StoryGold.Kind;
import org.dossier.eval.StoryGold.Mention;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.junit.jupiter.api.Test;

/** {@link StoryScore} on hand-built records, gold clusters and clusterings. */
class StoryScoreTest {
  private static final String A = "Troops attacked Abqaiq at dawn. Drones hit Khurais later.";
  private static final String B = "A drone attack hit Abqaiq. Khurais burned after a second attack.";
  private static final String C = "Abqaiq was attacked on Saturday.";

  /** A record "id" whose events e1, e2 … cover the given phrases of {@code text}. */
  private static DossierRecord record(String id, String text, String... phrases) {
    List<Event> events = new ArrayList<>();
    for (String p : phrases) {
      int i = text.indexOf(p);
      events.add(new Event("e" + (events.size() + 1), "ASSAULT", null, List.of(), new Party("x", null, "YEM"),
          new Party("y", null, "SAU"), false, "asserted", null, null, null, null, Span.of(text, i, i + p.length()),
          "test"));
    }
    return new DossierRecord(id, "t", LocalDate.of(2019, 9, 14), "o", null, "en", null, text, List.of(),
        List.of(), events);
  }

  private static Cluster cluster(String id, String... fileEvidence) {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < fileEvidence.length; i += 2) {
      ms.add(new Mention(fileEvidence[i], fileEvidence[i + 1]));
    }
    return new Cluster(id, "tune", Kind.event, "ASSAULT", null, ms);
  }

  private static final List<Cluster> GOLD = List.of(
      cluster("abqaiq", "a", "attacked Abqaiq", "b", "A drone attack hit Abqaiq", "c", "Abqaiq was attacked"),
      cluster("khurais", "a", "Drones hit Khurais", "b", "Khurais burned after a second attack"));

  private static final Map<String, DossierRecord> RECORDS = Map.of(
      "a", record("A", A, "Troops attacked Abqaiq", "Drones hit Khurais"),
      "b", record("B", B, "A drone attack hit Abqaiq", "a second attack"),
      "c", record("C", C, "Abqaiq was attacked on Saturday"));

  private static Map<String, String> stories(String... keyStory) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < keyStory.length; i += 2) {
      m.put(keyStory[i], keyStory[i + 1]);
    }
    return m;
  }

  @Test
  void theGoldClusteringScoresOne() {
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, RECORDS,
        stories("A/e1", "S1", "B/e1", "S1", "C/e1", "S1", "A/e2", "S2", "B/e2", "S2"));
    assertThat(r.matched()).isEqualTo(5);
    // abqaiq: 3 cross-article pairs, khurais: 1
    assertThat(r.pairwise()).isEqualTo(new StoryScore.Pairwise(4, 4, 4));
    assertThat(r.bcubed().f1()).isEqualTo(1.0);
  }

  @Test
  void mergingTwoPlacesCostsPrecisionNotRecall() {
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, RECORDS,
        stories("A/e1", "S", "B/e1", "S", "C/e1", "S", "A/e2", "S", "B/e2", "S"));
    // 10 pairs of 5 mentions, minus the 2 same-article pairs (A/e1-A/e2, B/e1-B/e2): 8 predicted, 4 right
    assertThat(r.pairwise()).isEqualTo(new StoryScore.Pairwise(4, 8, 4));
    assertThat(r.pairwise().precision()).isEqualTo(0.5);
    assertThat(r.pairwise().recall()).isEqualTo(1.0);
    assertThat(r.bcubed().recall()).isEqualTo(1.0);
    // abqaiq mentions: 3/5 each, khurais: 2/5 each
    assertThat(r.bcubed().precision()).isCloseTo((3 * 0.6 + 2 * 0.4) / 5, within(1e-9));
  }

  @Test
  void singletonsEverywhereCostRecallNotPrecision() {
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, RECORDS, Map.of());
    assertThat(r.pairwise()).isEqualTo(new StoryScore.Pairwise(0, 0, 4));
    assertThat(r.pairwise().recall()).isZero();
    assertThat(r.bcubed().precision()).isEqualTo(1.0);
    assertThat(r.bcubed().recall()).isCloseTo((3 * (1 / 3.0) + 2 * 0.5) / 5, within(1e-9));
  }

  @Test
  void aMentionWithoutOverlappingEventIsReportedNotScored() {
    Map<String, DossierRecord> records = new HashMap<>(RECORDS);
    records.put("c", record("C", C)); // no events at all
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, records,
        stories("A/e1", "S1", "B/e1", "S1", "A/e2", "S2", "B/e2", "S2"));
    assertThat(r.matched()).isEqualTo(4);
    assertThat(r.outcomes()).filteredOn(o -> !o.matched()).singleElement()
        .satisfies(o -> assertThat(o.why()).isEqualTo("no predicted event overlaps the evidence"));
    assertThat(r.pairwise()).isEqualTo(new StoryScore.Pairwise(2, 2, 2));
  }

  @Test
  void evidenceMissingFromTheTextIsNamed() {
    List<Cluster> gold = List.of(cluster("x", "a", "words that are not there"), cluster("y", "z", "Abqaiq"));
    StoryScore.Result r = StoryScore.score(Kind.event, gold, RECORDS, Map.of());
    assertThat(r.outcomes()).extracting(StoryScore.Outcome::why)
        .containsExactly("evidence not in the analysed text", "article not analysed");
  }

  @Test
  void theMostOverlappingEventWinsAndEachEventMatchesOnce() {
    // two events overlap the Abqaiq evidence of A; the longer overlap wins, the other may take Khurais only
    // if it overlaps it: it does not, so Khurais of A is unmatched
    Map<String, DossierRecord> records = new HashMap<>(RECORDS);
    records.put("a", record("A", A, "Troops attacked", "attacked Abqaiq at dawn"));
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, records, Map.of());
    assertThat(r.outcomes().get(0).key()).isEqualTo("A/e2");
    assertThat(r.outcomes()).filteredOn(o -> o.mention().file().equals("a") && o.cluster().equals("khurais"))
        .singleElement().satisfies(o -> assertThat(o.matched()).isFalse());
  }

  @Test
  void oneEventOverlappingTwoMentionsMatchesOnlyTheCloserOne() {
    Map<String, DossierRecord> records = new HashMap<>(RECORDS);
    records.put("a", record("A", A, "attacked Abqaiq at dawn. Drones"));
    StoryScore.Result r = StoryScore.score(Kind.event, GOLD, records, Map.of());
    assertThat(r.outcomes()).filteredOn(o -> o.mention().file().equals("a")).extracting(StoryScore.Outcome::matched)
        .containsExactly(true, false);
  }

  @Test
  void statementsMatchByTheirContent() {
    String text = "\"We will fight on,\" she said. He said nothing.";
    Statement s = new Statement("s1", new Party("she", null, "HKG"), "say", "direct", null,
        Span.of(text, 1, 17), "test");
    DossierRecord rec = new DossierRecord("R", "t", LocalDate.of(2019, 9, 4), "o", null, "en", null, text,
        List.of(), List.of(s), List.of());
    DossierRecord other = new DossierRecord("Q", "t", LocalDate.of(2019, 9, 5), "o", null, "en", null,
        "She said \"We will fight on.\"", List.of(), List.of(new Statement("s1", new Party("she", null, "HKG"),
        "say", "direct", null, new Span(10, 26, "We will fight on"), "test")), List.of());
    Cluster quote = new Cluster("fight-on", "tune", Kind.statement, null, null,
        List.of(new Mention("r", "We will fight on,"), new Mention("q", "We will fight on.")));
    StoryScore.Result r = StoryScore.score(Kind.statement, List.of(quote), Map.of("r", rec, "q", other),
        stories("R/s1", "Q1", "Q/s1", "Q1"));
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.pairwise().f1()).isEqualTo(1.0);
    // events of the same records are not statements
    assertThat(StoryScore.score(Kind.event, List.of(quote), Map.of("r", rec, "q", other), Map.of()).matched())
        .isZero();
  }
}
