package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Source;
import org.dossier.read.BadInputException;
import org.dossier.read.Draft;
import org.dossier.read.Draft.Part;
import org.dossier.read.Problem;
import org.junit.jupiter.api.Test;

class NormaliserTest {
  private static Draft draft(String title, Part... parts) {
    return new Draft(title, null, null, null, null, new Source("x.txt", null), List.of(parts));
  }

  @Test
  void laysOutTitleDatelineAndBlocksWithExactOffsets() {
    Article article = Articles.resource("text/unn-2025-03-12-lavrov.txt");

    assertThat(article.text()).startsWith("\"Under no circumstances\": Lavrov opposes the possible introduction"
        + " of a foreign contingent into Ukraine\n\nKyiv • UNN\n\nSergei Lavrov stated that Russia");
    assertThat(article.blocks()).extracting(Block::kind).containsExactly(
        Block.Kind.TITLE, Block.Kind.DATELINE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    assertThat(article.slice(article.blocks().get(1).start(), article.blocks().get(1).end())).isEqualTo("Kyiv • UNN");
    assertThat(article.slice(article.blocks().get(5).start(), article.blocks().get(5).end())).isEqualTo("Details");
    assertThat(article.slice(article.blocks().get(8).start(), article.blocks().get(8).end())).isEqualTo("Remind");
    for (int i = 1; i < article.blocks().size(); i++) {
      assertThat(article.slice(article.blocks().get(i - 1).end(), article.blocks().get(i).start())).isEqualTo("\n\n");
    }
    Block last = article.blocks().get(article.blocks().size() - 1);
    assertThat(last.end()).isEqualTo(article.text().length());
    assertThat(article.slice(last.start(), last.end())).startsWith("Military cooperation between North Korea");
    assertThat(article.title()).startsWith("\"Under no circumstances\"");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(article.outlet()).isEqualTo("UNN");
    assertThat(article.dateline()).isEqualTo("Kyiv");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.id()).matches("[0-9a-f]{16}");
    assertThat(article.source()).isEqualTo(new Source("text/unn-2025-03-12-lavrov.txt", null));
  }

  @Test
  void composesCollapsesWhitespaceAndKeepsTypography() {
    Article article = Normaliser.normalise(draft("  Cafe\u0301 \u00A0talks ",
        new Part(Block.Kind.PARAGRAPH, " «Non», a dit le ministre\u200B —\tpuis:\n\u201CNo\u00ADthing\u2019s  changed.\u201D ")));

    assertThat(article.title()).isEqualTo("Café talks");
    assertThat(article.title()).hasSize(10); // é composed into one char
    assertThat(article.text()).isEqualTo("Café talks\n\n«Non», a dit le ministre — puis: “Nothing’s changed.”");
  }

  @Test
  void putsDatelinesFirstAndDropsARepeatedHeadline() {
    Article article = Normaliser.normalise(draft("Dam breaks",
        new Part(Block.Kind.HEADING, "Dam  breaks"),
        new Part(Block.Kind.PARAGRAPH, "Water reached the villages."),
        new Part(Block.Kind.DATELINE, "Lviv • Wire")));

    assertThat(article.text()).isEqualTo("Dam breaks\n\nLviv • Wire\n\nWater reached the villages.");
    assertThat(article.blocks()).containsExactly(
        new Block(Block.Kind.TITLE, 0, 10), new Block(Block.Kind.DATELINE, 12, 23),
        new Block(Block.Kind.PARAGRAPH, 25, 52));
  }

  @Test
  void withoutTitleTheTextStartsWithTheFirstBlock() {
    Article article = Normaliser.normalise(draft(null, new Part(Block.Kind.PARAGRAPH, "Only a paragraph.")));

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Only a paragraph.");
    assertThat(article.blocks()).containsExactly(new Block(Block.Kind.PARAGRAPH, 0, 17));
  }

  @Test
  void keepsThePrimaryLanguageSubtag() {
    Draft british = new Draft("T", null, null, null, "en-GB", null, List.of(new Part(Block.Kind.PARAGRAPH, "x")));
    Draft ukrainian = new Draft("T", null, null, null, "UK", null, List.of(new Part(Block.Kind.PARAGRAPH, "y")));

    assertThat(Normaliser.normalise(british).language()).isEqualTo("en");
    assertThat(Normaliser.normalise(ukrainian).language()).isEqualTo("uk");
  }

  @Test
  void nothingButWhitespaceIsNoText() {
    Draft blank = draft(" \u200B ", new Part(Block.Kind.PARAGRAPH, "\t\n"), new Part(Block.Kind.HEADING, ""));

    assertThatThrownBy(() -> Normaliser.normalise(blank))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.problem()).isEqualTo(new Problem("x.txt", "no text"));
          assertThat(e.getMessage()).isEqualTo("no text");
        });
  }

  @Test
  void aTitleWithNoMainTextIsNoArticle() {
    Draft headline = draft("Talks resume in Geneva", new Part(Block.Kind.DATELINE, "GENEVA"), new Part(Block.Kind.PARAGRAPH, " "));

    assertThatThrownBy(() -> Normaliser.normalise(headline))
        .isInstanceOfSatisfying(BadInputException.class,
            e -> assertThat(e.problem()).isEqualTo(new Problem("x.txt", "no text: a title but no main text")));
  }
}
