package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's actor file is checked like the built-in ones before any article is read. */
class UserDictionaryTest {

  @Test
  void aTypoInAUsersActorFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("mine.actors.txt"), "ACME_NEWS_\n\t[USAMDE]\n");
    PipelineSpec spec = PipelineSpec.of(List.of(bad), List.of(), null, false, 0, false);
    assertThatThrownBy(spec::dictionary).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.actors.txt:2: code USAMDE: MDE is no sector");
  }

  @Test
  void aSoundUsersFileIsAdded(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("mine.actors.txt"), "ACME_NEWS_\n\t[USAMED]\n");
    PipelineSpec spec = PipelineSpec.of(List.of(good), List.of(), null, false, 0, false);
    assertThat(spec.dictionary().actors().exact(List.of("Acme", "News"))).hasSize(1);
  }
}
