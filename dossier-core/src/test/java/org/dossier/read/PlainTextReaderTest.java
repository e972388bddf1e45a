package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dossier.model.Block;
import org.dossier.read.Draft.Part;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  @Test
  void readsTheUnnExampleWithDatelineAndHeadings() {
    Draft draft = PlainTextReader.parse("unn.txt", Fixtures.text(Fixtures.UNN));

    assertThat(draft.title()).isEqualTo(Fixtures.UNN_TITLE);
    assertThat(draft.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(draft.outlet()).isEqualTo("UNN");
    assertThat(draft.dateline()).isEqualTo("Kyiv");
    assertThat(draft.source().path()).isEqualTo("unn.txt");
    assertThat(draft.parts()).extracting(Part::kind).containsExactly(
        Block.Kind.DATELINE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    assertThat(draft.parts().get(0).text()).isEqualTo("Kyiv • UNN");
    assertThat(Fixtures.texts(draft, Block.Kind.HEADING)).containsExactly("Details", "Remind");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH).get(0))
        .startsWith("Sergei Lavrov stated that Russia will not agree")
        .endsWith("requires the consent of the parties.");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH).get(4))
        .startsWith("Under no circumstances. No one talks to us");
  }

  @Test
  void readsWikinewsWithOutletLineAndDateLine() {
    Draft draft = PlainTextReader.parse("afghan.txt", Fixtures.text("read/wikinews-afghan.txt"));

    assertThat(draft.title()).startsWith("After visa snags, all-girl Afghan team honored");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2017, 7, 18));
    assertThat(draft.outlet()).isEqualTo("Wikinews");
    assertThat(draft.dateline()).isNull();
    assertThat(Fixtures.texts(draft, Block.Kind.DATELINE)).containsExactly("Wikinews", "Friday, July 21, 2017");
    assertThat(Fixtures.texts(draft, Block.Kind.HEADING)).isEmpty();
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH)).hasSize(11)
        .first().asString().startsWith("A group of Afghan teenagers was awarded a silver medal");
  }

  @Test
  void findsSectionHeadingsButNotShortCaptionsOrTheLastLine() {
    Draft draft = PlainTextReader.parse("warhol.txt", Fixtures.text("read/wikinews-warhol.txt"));

    assertThat(Fixtures.texts(draft, Block.Kind.HEADING))
        .containsExactly("University exhibits", "Superstars", "Warhol's photographic legacy", "USI exhibit");
    Draft expo = PlainTextReader.parse("expo.txt", Fixtures.text("read/wikinews-expo.txt"));
    assertThat(Fixtures.texts(expo, Block.Kind.HEADING)).containsExactly("Disney", "Superheroes", "Anime");
    assertThat(Fixtures.texts(expo, Block.Kind.PARAGRAPH)).contains("Belle Image: Nick Moreau.");
  }

  @Test
  void toleratesHeaderWithoutLeadingSpace() {
    Draft draft = PlainTextReader.parse("a.txt", "date 2024-02-29 Leap day vote\nRiga • LSM\nThe vote passed.\n");

    assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(draft.title()).isEqualTo("Leap day vote");
    assertThat(draft.dateline()).isEqualTo("Riga");
    assertThat(draft.outlet()).isEqualTo("LSM");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH)).containsExactly("The vote passed.");
  }

  @Test
  void aUrlLineGivesTheSourceUrlAndIsNoPartOfTheText() {
    Draft after = PlainTextReader.parse("a.txt", " date 2024-02-29 Leap day vote\nurl: https://lsm.lv/a/1?x=2\n"
        + "Riga • LSM\nThe vote passed.\n");
    Draft first = PlainTextReader.parse("b.txt", "URL: http://example.org/b\n\n date 2024-02-29 Leap day vote\n"
        + "Riga • LSM\nThe vote passed.\n");

    for (Draft d : java.util.List.of(after, first)) {
      assertThat(d.title()).isEqualTo("Leap day vote");
      assertThat(d.dateline()).isEqualTo("Riga");
      assertThat(d.outlet()).isEqualTo("LSM");
      assertThat(Fixtures.texts(d, Block.Kind.PARAGRAPH)).containsExactly("The vote passed.");
    }
    assertThat(after.source().url()).isEqualTo("https://lsm.lv/a/1?x=2");
    assertThat(first.source().url()).isEqualTo("http://example.org/b");
    assertThat(first.source().path()).isEqualTo("b.txt");
  }

  @Test
  void aUrlLineLaterOnOrWithoutAnAddressIsText() {
    Draft d = PlainTextReader.parse("c.txt", " date 2024-02-29 Leap day vote\nRiga • LSM\n"
        + "url: https://lsm.lv/a/1\nurl: none\n");

    assertThat(d.source().url()).isNull();
    assertThat(Fixtures.texts(d, Block.Kind.PARAGRAPH)).contains("url: none");
  }

  @Test
  void withoutHeaderTheFirstLineIsTheTitle() {
    Draft draft = PlainTextReader.parse("b.txt", "Parliament approves budget\nThe vote was 240 to 101.\nIt takes effect in May.");

    assertThat(draft.title()).isEqualTo("Parliament approves budget");
    assertThat(draft.published()).isNull();
    assertThat(draft.outlet()).isNull();
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH))
        .containsExactly("The vote was 240 to 101.", "It takes effect in May.");
  }

  @Test
  void joinsHardWrappedParagraphsBetweenBlankLines() {
    String text = "Storm hits coast\n\nThe storm reached the coast on Monday night\nand cut power to thousands.\n\n"
        + "Aftermath\nRepairs began on Tuesday and are\nexpected to last a week.\n";
    Draft draft = PlainTextReader.parse("c.txt", text);

    assertThat(draft.parts()).containsExactly(
        new Part(Block.Kind.PARAGRAPH, "The storm reached the coast on Monday night and cut power to thousands."),
        new Part(Block.Kind.HEADING, "Aftermath"),
        new Part(Block.Kind.PARAGRAPH, "Repairs began on Tuesday and are expected to last a week."));
  }

  @Test
  void blankTextIsEmpty() {
    assertThatThrownBy(() -> PlainTextReader.parse("d.txt", " \n\n \t\n"))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem())
            .isEqualTo(new Problem("d.txt", "empty")));
  }
}
