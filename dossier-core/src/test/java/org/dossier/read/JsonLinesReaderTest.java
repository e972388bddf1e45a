package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static Collected read(String item, String json) {
    Collected sink = new Collected();
    Readers.read(item, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
    return sink;
  }

  @Test
  void readsOneArticlePerLine() {
    Collected sink = new Collected();
    Readers.read("articles.jsonl", new ByteArrayInputStream(Fixtures.bytes("read/articles.jsonl")), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.drafts).extracting(d -> d.source().path())
        .containsExactly("articles.jsonl:1", "articles.jsonl:2", "articles.jsonl:3");
    Draft unn = sink.drafts.get(0);
    assertThat(unn.title()).isEqualTo(Fixtures.UNN_TITLE);
    assertThat(unn.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(unn.outlet()).isEqualTo("UNN");
    assertThat(unn.dateline()).isEqualTo("Kyiv");
    assertThat(unn.language()).isEqualTo("en");
    assertThat(unn.source().url()).isEqualTo("https://unn.ua/en/news/under-no-circumstances-lavrov");
    assertThat(Fixtures.texts(unn, Block.Kind.DATELINE)).containsExactly("Kyiv • UNN");
    assertThat(Fixtures.texts(unn, Block.Kind.HEADING)).containsExactly("Details", "Remind");
    assertThat(Fixtures.texts(unn, Block.Kind.PARAGRAPH)).hasSize(7);

    Draft grain = sink.drafts.get(1);
    assertThat(grain.published()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(grain.dateline()).isNull();
    assertThat(grain.parts()).extracting(Draft.Part::text).containsExactly(
        "Ukrainian and Turkish officials met in Kyiv on Tuesday to discuss the Black Sea grain corridor.",
        "“We are ready to extend the agreement,” the deputy minister said.",
        "The talks will continue next week in Ankara.");
    assertThat(sink.drafts.get(2).published()).isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void readsASinglePrettyPrintedObject() {
    Collected sink = read("one.json", "{\n  \"title\": \"Budget passed\",\n  \"text\": \"The vote was close.\",\n"
        + "  \"published\": \"2025-01-31\"\n}\n");

    Draft draft = sink.only();
    assertThat(draft.source().path()).isEqualTo("one.json");
    assertThat(draft.title()).isEqualTo("Budget passed");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH)).containsExactly("The vote was close.");
  }

  @Test
  void readsAnArrayOfObjectsAndReportsABadElement() {
    Collected sink = read("many.json", "[{\"title\": \"One\", \"text\": \"First.\"}, 42, {\"title\": \"Two\", \"text\": \"Second.\"}]");

    assertThat(sink.titles()).containsExactly("One", "Two");
    assertThat(sink.drafts).extracting(d -> d.source().path()).containsExactly("many.json#1", "many.json#3");
    assertThat(sink.problems).containsExactly(new Problem("many.json#2", "not a JSON object"));
  }

  @Test
  void anEmptyArrayIsEmpty() {
    assertThat(read("none.json", " [ ] ").problems).containsExactly(new Problem("none.json", "empty: no JSON objects"));
  }

  @Test
  void reportsALineWithNeitherTitleNorText() {
    Collected sink = read("x.jsonl", "{\"url\": \"https://a.example/1\"}\n{\"title\": \"Kept\", \"text\": \"Body.\"}\n");

    assertThat(sink.titles()).containsExactly("Kept");
    assertThat(sink.problems).extracting(Problem::item).containsExactly("x.jsonl:1");
    assertThat(sink.problems.get(0).reason()).startsWith("no text");
  }

  @Test
  void reportsALineCutOffAtTheEnd() {
    Collected sink = read("cut.jsonl", "{\"title\": \"Kept\", \"text\": \"Body.\"}\n{\"title\": \"Lost\", \"te");

    assertThat(sink.titles()).containsExactly("Kept");
    assertThat(sink.problems).containsExactly(new Problem("cut.jsonl:2", "truncated: JSON line cut off"));
  }

  @Test
  void aLineWithGarbageAfterItsObjectIsAnErrorNamingTheLine() {
    Collected sink = read("a.jsonl", "{\"title\": \"Good\", \"text\": \"Fine text.\"}\n{\"title\": \"x\"}}\n");
    assertThat(sink.drafts).extracting(Draft::title).containsExactly("Good");
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.item()).isEqualTo("a.jsonl:2");
      assertThat(p.reason()).startsWith("malformed JSON");
    });
  }

  @Test
  void aDocumentWithGarbageAfterItsObjectIsAnError() {
    Collected sink = read("one.json", "{\"title\": \"x\"}}");
    assertThat(sink.drafts).isEmpty();
    assertThat(sink.problems).extracting(Problem::item).containsExactly("one.json:1");
  }

  @Test
  void jsonNestedBeyondTheParsersLimitIsAReasonNotACrash() {
    Collected sink = read("deep-array.json", "[".repeat(100_000));
    assertThat(sink.drafts).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.item()).isEqualTo("deep-array.json");
      assertThat(p.reason()).startsWith("malformed JSON").contains("nesting depth").doesNotContain("Exception");
    });
  }
}
