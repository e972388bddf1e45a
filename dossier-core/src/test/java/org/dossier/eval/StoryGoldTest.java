package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.eval.StoryGold.Kind;
import org.dossier.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the gold story clusters strictly. */
class StoryGoldTest {
  private static final String ONE = "{\"clusters\": [{\"id\": \"x\", \"split\": \"tune\", \"kind\": \"event\", "
      + "\"type\": \"PROTEST\", \"note\": null, \"mentions\": [{\"file\": \"a.txt\", \"evidence\": \"they marched\"},"
      + " {\"file\": \"b.txt\", \"evidence\": \"a march\"}]}, {\"id\": \"q\", \"split\": \"test\", \"kind\": "
      + "\"statement\", \"type\": null, \"mentions\": [{\"file\": \"c.txt\", \"evidence\": \"no\"}]}]}";

  private static Path write(Path dir, String json) throws IOException {
    return Files.writeString(dir.resolve("clusters.json"), json);
  }

  @Test
  void readsClustersBySplitAndKind(@TempDir Path dir) throws IOException {
    StoryGold gold = StoryGold.read(write(dir, ONE));
    assertThat(gold.of("tune", Kind.event)).singleElement().satisfies(c -> assertThat(c.mentions()).hasSize(2));
    assertThat(gold.of("tune", Kind.statement)).isEmpty();
    assertThat(gold.files("tune")).containsExactly("a.txt", "b.txt");
    assertThat(gold.files(null)).containsExactly("a.txt", "b.txt", "c.txt");
  }

  @Test
  void anUnknownKeyIsAnError(@TempDir Path dir) throws IOException {
    Path f = write(dir, ONE.replace("\"note\": null", "\"notes\": null"));
    assertThatThrownBy(() -> StoryGold.read(f)).isInstanceOf(IOException.class).hasMessageContaining("notes");
  }

  @Test
  void aBadSplitNamesTheCluster(@TempDir Path dir) throws IOException {
    Path f = write(dir, ONE.replace("\"split\": \"tune\"", "\"split\": \"train\""));
    assertThatThrownBy(() -> StoryGold.read(f)).hasMessageContaining("cluster x").hasMessageContaining("train");
  }

  @Test
  void theRepositoryGoldReads() throws IOException {
    StoryGold gold = StoryGold.read(Path.of("..").resolve(StoryGold.FILE));
    assertThat(gold.files("tune")).doesNotContainAnyElementsOf(gold.files("test"));
    assertThat(gold.files(null)).hasSizeGreaterThanOrEqualTo(40);
    assertThat(gold.of(null, Kind.event).stream().filter(c -> c.mentions().size() > 1)).hasSizeGreaterThan(12);
    for (StoryGold.Cluster c : gold.clusters()) {
      for (StoryGold.Mention m : c.mentions()) {
        String raw = Files.readString(Path.of("..").resolve(m.file()));
        String text = m.file().endsWith(".jsonl") ? Json.MAPPER.readTree(raw).path("title").asText() + "\n"
            + Json.MAPPER.readTree(raw).path("text").asText() : raw;
        assertThat(text).as(c.id() + " in " + m.file()).contains(m.evidence());
      }
    }
  }
}
