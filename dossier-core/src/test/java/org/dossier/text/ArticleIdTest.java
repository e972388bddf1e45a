package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Readers;
import org.dossier.read.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIdTest {
  private static final String UNN = "text/unn-2025-03-12-lavrov.txt";

  @TempDir Path dir;

  @Test
  void isTheStartOfTheSha256OfLowerCasedCollapsedText() {
    // sha256("hello world") = b94d27b9934d3e08a52e52d7...
    assertThat(ArticleId.of("  Hello \n\n World ")).isEqualTo("b94d27b9934d3e08");
  }

  @Test
  void sameArticleFromPlainTextAndJsonLinesGetsTheSameId() throws Exception {
    String plain = Articles.text(UNN);
    String[] lines = plain.split("\n");
    String title = lines[0].substring(" date 2025-03-12 ".length());
    StringBuilder body = new StringBuilder();
    for (int i = 2; i < lines.length; i++) {
      body.append(lines[i]).append("\n\n"); // blank lines between paragraphs this time
    }
    String json = "{\"title\": " + quote(title) + ", \"text\": " + quote(body.toString())
        + ", \"published\": \"2025-03-12\", \"outlet\": \"UNN\"}\n";
    Files.writeString(dir.resolve("a.txt"), plain);
    Files.writeString(dir.resolve("b.jsonl"), json);

    List<Article> articles = readAll(dir);

    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).text()).isNotEqualTo(articles.get(1).text()); // one has a dateline line
    assertThat(articles.get(0).id()).isEqualTo(articles.get(1).id());
  }

  @Test
  void layoutDoesNotChangeTheIdButAWordDoes() {
    Article original = Articles.resource(UNN);
    String reformatted = Articles.text(UNN).replace("\n", "\r\n\r\n").replace(". ", ".  \u00A0")
        .replace("Kyiv • UNN", "KYIV  •  UNN");
    String oneWordChanged = Articles.text(UNN).replace("clear refusal", "firm refusal");

    assertThat(Articles.plain("r.txt", reformatted).id()).isEqualTo(original.id());
    assertThat(Articles.plain("w.txt", oneWordChanged).id()).isNotEqualTo(original.id());
  }

  private static List<Article> readAll(Path dir) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Readers.read(List.of(dir.toString()), new Sink() {
      @Override
      public void draft(Draft draft) {
        articles.add(Normaliser.normalise(draft));
      }

      @Override
      public void problem(Problem problem) {
        problems.add(problem);
      }
    });
    assertThat(problems).isEmpty();
    return articles;
  }

  private static String quote(String s) {
    return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(s),
        StandardCharsets.UTF_8).transform(q -> "\"" + q + "\"");
  }
}
