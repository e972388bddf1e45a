package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryBenchTest {
  @TempDir
  Path dir;

  @Test
  void syntheticArticlesAreDeterministicAndTheirActsRecurSoStoriesHaveSeveralMembers() throws Exception {
    assertThat(StoryBench.article(7)).isEqualTo(StoryBench.article(7));
    assertThat(StoryBench.article(7).events()).hasSize(StoryBench.EVENTS);
    StoryBench.Ingested[] both = StoryBench.ingestBoth(dir.resolve("plain"), dir.resolve("stories"), 0, 800);
    assertThat(both[0].events()).isEqualTo(3200).isEqualTo(both[1].events());
    try (Store plain = Store.open(dir.resolve("plain"), null); Store stories = Store.open(dir.resolve("stories"))) {
      assertThat(plain.counts()).isEqualTo(stories.counts());
      assertThat(plain.stories().count()).isZero();
      long n = stories.stories().count();
      // two days of 300 acts each, and the 200 speakers' quotes: far fewer stories than mentions
      assertThat(n).isLessThan(3200 / 3).isGreaterThan(600);
      assertThat(StoryBench.storyById(stories, 800, 50, 1).withHits()).isEqualTo(50);
    }
  }
}
