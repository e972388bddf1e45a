package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @Test
  void readsTypesModesAndObjectKinds() {
    Lexicon l = Lexicon.builtIn();
    assertThat(l.verb("agree")).extracting(Trigger::type).containsExactly("AGREE");
    assertThat(l.verb("send")).extracting(Trigger::type, Trigger::object)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AID", "aid"),
            org.assertj.core.groups.Tuple.tuple("MOBILIZE", "mil"));
    assertThat(l.noun("cooperation").type()).isEqualTo("COOPERATE");
    assertThat(l.verb("pull out")).extracting(Trigger::mode).containsExactly("withdraw");
    assertThat(l.isTrigger("lift")).isTrue();
    assertThat(l.isTrigger("say")).isFalse();
    for (String type : Lexicon.TYPES) {
      assertThat(l.hasType(type)).as(type).isTrue();
    }
  }

  @Test
  void userFilesAddAndOverride(@TempDir Path dir) throws Exception {
    Path extra = Files.writeString(dir.resolve("mine.txt"), "# mine\nbombard v ASSAULT mode=heavy-weapons\n"
        + "agree v SUPPORT\n");
    Lexicon l = Lexicon.withFile(extra);
    assertThat(l.verb("bombard")).extracting(Trigger::type).containsExactly("ASSAULT");
    assertThat(l.verb("agree")).extracting(Trigger::type).containsExactly("SUPPORT");
  }

  @Test
  void aBadLineNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "attack v ATTACK\n");
    assertThatThrownBy(() -> Lexicon.withFile(bad)).hasMessageContaining("bad.txt:1");
  }

  @Test
  void impliedAgentsAndObjectKindsAreValidatedWhenLoaded(@TempDir Path dir) throws Exception {
    assertThat(Lexicon.builtIn().verb("arrest")).extracting(Trigger::agent).containsExactly("COP");
    Path agent = Files.writeString(dir.resolve("agent.txt"), "# ok\nflog v ASSAULT agent=COP\n"
        + "ban v SANCTION agent=XYZ\n");
    assertThatThrownBy(() -> Lexicon.withFile(agent)).hasMessageContaining("agent.txt:3")
        .hasMessageContaining("agent=XYZ");
    Path object = Files.writeString(dir.resolve("object.txt"), "ship v AID object=boats\n");
    assertThatThrownBy(() -> Lexicon.withFile(object)).hasMessageContaining("object.txt:1")
        .hasMessageContaining("object=boats");
  }
}
