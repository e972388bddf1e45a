package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trigger candidates proposed from WordNet and the CAMEO phrases, before the tune split judges them. */
class TriggerCandidatesTest {
  private static TriggerCandidates candidates;

  @BeforeAll
  static void wordnet() throws Exception {
    candidates = new TriggerCandidates(Dictionary.getDefaultResourceInstance(), Set.of("visit v"));
  }

  @Test
  void aVerbLendsItsReadingToSynonymsAndDerivedEventNouns() throws Exception {
    List<TriggerCandidates.Proposal> p = candidates.fromWordnet(
        new Trigger("attack", false, "ASSAULT", null, null, List.of()));
    assertThat(p).extracting(TriggerCandidates.Proposal::lemma, TriggerCandidates.Proposal::noun,
        TriggerCandidates.Proposal::type, TriggerCandidates.Proposal::mode)
        .contains(tuple("attack", true, "ASSAULT", null));
    assertThat(p).filteredOn(x -> x.lemma().equals("attack")).extracting(TriggerCandidates.Proposal::source)
        .allMatch(s -> s.startsWith("wordnet:attack.v.") && s.endsWith(":derived"));
    // nouns of persons are no events: "attacker" is derived from "attack" but names who attacks
    assertThat(p).extracting(TriggerCandidates.Proposal::lemma).doesNotContain("attacker");
  }

  @Test
  void cameoBareVerbsCarryTheirPloverTypeAndKnownLinesAreSkipped(@TempDir Path dir) throws Exception {
    Path tsv = Files.writeString(dir.resolve("phrases.tsv"), "# header\nThey visit\tCONSULT\t042\n"
        + "They bombard\tASSAULT\t190\nThey fire at convoy\tASSAULT\t190\nThey mull\tNONE\t---\n");
    List<TriggerCandidates.Proposal> p = new ArrayList<>(candidates.fromCameo(tsv));
    assertThat(p).extracting(TriggerCandidates.Proposal::lemma, TriggerCandidates.Proposal::type,
        TriggerCandidates.Proposal::source)
        .containsExactly(tuple("visit", "CONSULT", "cameo:042"), tuple("bombard", "ASSAULT", "cameo:190"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    candidates.print(p, new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines).hasSize(1); // "visit v" is known
    assertThat(lines.get(0)).startsWith("bombard v ASSAULT\tcameo:190\t");
  }
}
