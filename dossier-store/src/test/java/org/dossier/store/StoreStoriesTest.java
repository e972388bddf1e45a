package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.export.ExportCounts;
import org.dossier.export.Exporter;
import org.dossier.export.Format;
import org.dossier.export.StoreSource;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.story.Stories;
import org.dossier.story.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories kept by the store at ingest: attached across batches, stable, updated and emptied with articles. */
class StoreStoriesTest {
  @TempDir
  Path dir;

  static DossierRecord meeting(String id, String outlet, String day, String evidence) {
    Event e = new Event("v1", "CONSULT", null, List.of(), new Party("Rubio", null, "USAGOV"),
        new Party("Lavrov", null, "RUSGOV"), false, null, null, new Event.When(day, day, day), null, null,
        new Span(0, evidence.length(), evidence), "test");
    String quote = "We agreed to restore the work of our embassies in Washington and Moscow";
    Statement s = new Statement("s1", new Party("Lavrov", null, "RUSGOV"), "said", "direct", null,
        new Span(0, quote.length(), quote), "test");
    return new DossierRecord(id, "Talks", LocalDate.parse(day), outlet, null, "en", new Source("t/" + id, null),
        "Talks\n\n" + evidence + " " + quote, List.of(), List.of(s), List.of(e));
  }

  @Test
  void reportsOfOneMeetingJoinOneStoryWithinABatchAndAcrossCommits() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov in Riyadh"));
      store.put(meeting("b", "TASS", "2025-02-18", "Lavrov and Rubio held talks"));
      store.commit(List.of("a", "b"));
      store.put(meeting("c", "AP", "2025-02-19", "the two ministers met"));
      store.commit(List.of("c"));
      String story = store.storyIds("a").get("v1");
      assertThat(store.storyIds("b")).containsEntry("v1", story);
      assertThat(store.storyIds("c")).containsEntry("v1", story);
      Story s = store.story(story).orElseThrow();
      assertThat(s.articles()).containsExactly("a", "b", "c");
      assertThat(s.summary().outlets()).isEqualTo(3);
      assertThat(s.summary().lastReport()).isEqualTo(LocalDate.parse("2025-02-19"));
      String quote = store.storyIds("a").get("s1");
      assertThat(quote).startsWith("qt-").isEqualTo(store.storyIds("c").get("s1"));
      assertThat(store.storyCount()).isEqualTo(2);
      assertThat(store.counts()).as("story documents are no articles, statements or events")
          .isEqualTo(new Store.Counts(3, 3, 3));
      assertThat(new Search(store).find(Filters.NONE, 1, 50).total()).isEqualTo(9);
    }
  }

  @Test
  void reIngestingChangesNothingAndAnUpdateMovesTheArticleToItsNewStory() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov"));
      store.put(meeting("b", "TASS", "2025-02-18", "Lavrov met Rubio"));
      store.commit(List.of("a", "b"));
      String story = store.storyIds("a").get("v1");
      assertThat(store.put(meeting("b", "TASS", "2025-02-18", "Lavrov met Rubio")))
          .isEqualTo(Store.Outcome.UNCHANGED);
      store.commit(List.of());
      assertThat(store.story(story).orElseThrow().articles()).containsExactly("a", "b");

      assertThat(store.put(meeting("b", "TASS", "2025-02-25", "Lavrov met Rubio again")))
          .isEqualTo(Store.Outcome.UPDATED);
      store.commit(List.of("b"));
      assertThat(store.story(story).orElseThrow().articles()).containsExactly("a");
      assertThat(store.storyIds("b").get("v1")).isNotEqualTo(story);
      assertThat(store.storyIds("a").get("v1")).isEqualTo(story);
    }
  }

  @Test
  void deletingTheFounderKeepsTheStoryIdAndDeletingTheLastMemberRemovesTheStory() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov"));
      store.put(meeting("b", "TASS", "2025-02-18", "Lavrov met Rubio"));
      store.commit(List.of("a", "b"));
      String story = store.storyIds("a").get("v1");
      assertThat(store.delete("a")).isTrue();
      assertThat(store.delete("a")).as("already gone in this batch").isFalse();
      store.commit(List.of("a"));
      assertThat(store.get("a")).isEmpty();
      assertThat(store.story(story).orElseThrow().articles()).containsExactly("b");
      assertThat(store.storyIds("b").get("v1")).isEqualTo(story);

      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov"));
      store.commit(List.of("a"));
      assertThat(store.storyIds("a").get("v1")).as("the founder comes back to its story").isEqualTo(story);

      store.delete("a");
      store.delete("b");
      store.commit(List.of("a", "b"));
      assertThat(store.story(story)).isEmpty();
      assertThat(store.storyCount()).isZero();
      assertThat(store.delete("nope")).isFalse();
    }
  }

  @Test
  void anExportHasAStoriesTableAndAStoryIdOnEveryEventAndStatement() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov"));
      store.put(meeting("b", "TASS", "2025-02-19", "Lavrov met Rubio"));
      store.commit(List.of("a", "b"));
      Path out = dir.resolve("out");
      ExportCounts counts = Exporter.export(StoreSource.of(store, Filters.NONE), Filters.NONE, Format.JSONL, out);
      assertThat(counts).isEqualTo(new ExportCounts(2, 2, 2, 2));
      List<JsonNode> stories = lines(out.resolve("stories.jsonl"));
      JsonNode event = stories.get(0);
      assertThat(event.get("kind").asText()).isEqualTo("event");
      assertThat(event.get("mentions").asInt()).isEqualTo(2);
      assertThat(event.get("outlets").asInt()).isEqualTo(2);
      assertThat(event.get("first_report").asText()).isEqualTo("2025-02-18");
      assertThat(event.get("last_report").asText()).isEqualTo("2025-02-19");
      assertThat(event.get("dates").asText()).isEqualTo("2025-02-18;2025-02-19");
      assertThat(event.get("article_ids").asText()).isEqualTo("a;b");
      assertThat(lines(out.resolve("events.jsonl"))).extracting(e -> e.get("story_id").asText())
          .containsOnly(event.get("story_id").asText());
      assertThat(lines(out.resolve("statements.jsonl"))).extracting(e -> e.get("story_id").asText())
          .containsOnly(stories.get(1).get("story_id").asText());
    }
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file)) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void aStoreWithoutStoriesGivesNoStoryIds() throws Exception {
    try (Store store = Store.open(dir, null)) {
      store.put(meeting("a", "Reuters", "2025-02-18", "Rubio met Lavrov"));
      store.commit(List.of("a"));
      assertThat(store.storyIds("a")).isEmpty();
      assertThat(store.storyCount()).isZero();
    }
  }

  @Test
  void theStoreGroupsRealRecordsAsTheInMemoryClusteringDoes() throws Exception {
    List<DossierRecord> records = new ArrayList<>();
    for (DossierRecord r : Extracted.records()) {
      records.add(r);
      records.add(SearchBench.copy(r, 1)); // another outlet a day earlier: undated events move, dated ones stay
    }
    records.sort(Comparator.comparing(DossierRecord::published).thenComparing(DossierRecord::id));
    Map<String, String> memory = Stories.defaults().clusterEvents(records);
    Map<String, String> stored = new HashMap<>();
    try (Store store = Store.open(dir)) {
      records.forEach(store::put);
      store.commit(List.of());
      for (DossierRecord r : records) {
        store.storyIds(r.id()).forEach((local, story) -> {
          if (local.startsWith("v")) {
            stored.put(r.id() + "/" + local, story);
          }
        });
      }
    }
    assertThat(stored).containsOnlyKeys(memory.keySet());
    assertThat(partition(stored)).isEqualTo(partition(memory));
    assertThat(new HashSet<>(memory.values()).size()).as("some copies joined their originals")
        .isLessThan(memory.size());
  }

  private static Set<Set<String>> partition(Map<String, String> ids) {
    Map<String, Set<String>> byStory = new HashMap<>();
    ids.forEach((key, story) -> byStory.computeIfAbsent(story, k -> new HashSet<>()).add(key));
    return new HashSet<>(byStory.values());
  }
}
