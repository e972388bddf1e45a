package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  @Test
  void readsTheStoryWithoutPageFurniture() {
    Draft draft = reader.read("page.html", Fixtures.bytes("read/page.html"), null, null);

    assertThat(draft.title()).isEqualTo("Lavrov rules out foreign peacekeepers in Ukraine");
    // the date as the outlet wrote it (23:40 in Kyiv), not the UTC day, and before JSON-LD's
    assertThat(draft.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(draft.outlet()).isEqualTo("Example News");
    assertThat(draft.source().url()).isEqualTo("https://news.example.com/world/lavrov-peacekeepers");
    assertThat(draft.language()).isEqualTo("en");
    assertThat(Fixtures.texts(draft, Block.Kind.HEADING)).containsExactly("Background", "What comes next");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH)).containsExactly(
        "By Jane Doe, 12 March 2025",
        "Russian Foreign Minister Sergey Lavrov said on Wednesday that Moscow would “under no circumstances”"
            + " accept a foreign contingent in Ukraine.",
        "He made the remarks in an interview with American bloggers, according to a transcript published by the"
            + " ministry in Moscow.",
        "US Secretary of State Marco Rubio announced Ukraine’s readiness to accept a 30-day ceasefire.",
        "The US is resuming intelligence sharing with Kyiv.",
        "Security assistance to Ukraine will restart this week.",
        "Talks between the delegations are expected to continue in Jeddah.");
  }

  @Test
  void fallsBackToThePageTitleAndTheDensestTextBlock() {
    String html = "<html><head><title>Dam breaks in the north – Daily Post</title>"
        + "<meta name=\"date\" content=\"2024-11-05\"><meta property=\"og:site_name\" content=\"Daily Post\"></head>"
        + "<body><div class=\"menu\"><p>Home News Sport Weather and a lot of other sections to choose from</p></div>"
        + "<div id=\"content\"><div class=\"text\"><p>A dam broke early on Tuesday, flooding three villages.</p>"
        + "<p>Rescue teams evacuated more than 400 residents by boat.</p></div></div>"
        + "<div class=\"box\"><p>Short teaser.</p></div></body></html>";
    Draft draft = HtmlReader.parse("dam.html", html, "https://post.example/dam");

    assertThat(draft.title()).isEqualTo("Dam breaks in the north");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(draft.source().url()).isEqualTo("https://post.example/dam");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH)).containsExactly(
        "A dam broke early on Tuesday, flooding three villages.",
        "Rescue teams evacuated more than 400 residents by boat.");
  }

  @Test
  void usesTheMetaCharset() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<title>Caf\u00e9 opens</title></head><body><article><p>The caf\u00e9 \u201cLa Ni\u00f1a\u201d opened"
        + " in Kraków’s old town.</p></article></body></html>";
    Draft draft = reader.read("cafe.html", html.getBytes(Charset.forName("windows-1252")), null, null);

    assertThat(draft.title()).isEqualTo("Café opens");
    // ó and ’ do not exist in windows-1252 as such ('?'), é and “ ” do
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH).get(0)).startsWith("The café “La Niña” opened");
  }

  @Test
  void theHttpCharsetWinsOverNothing() {
    byte[] bytes = "<p>Zürich votes on the new stadium plan this Sunday.</p>".getBytes(Charset.forName("ISO-8859-1"));
    Draft draft = reader.read("z.html", bytes, "iso-8859-1", "https://z.example/");

    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH))
        .containsExactly("Zürich votes on the new stadium plan this Sunday.");
  }

  @Test
  void aPageWithoutTextIsAProblem() {
    assertThatThrownBy(() -> reader.read("empty.html", Fixtures.bytes("read/page-no-article.html"), null, null))
        .isInstanceOfSatisfying(BadInputException.class,
            e -> assertThat(e.problem()).isEqualTo(new Problem("empty.html", "no article text found")));
  }

  @Test
  void aPageOfScriptsOnlyIsNoArticle() {
    String html = "<html><head><title>App</title><script>/* <!-- */ var a = 1; /* --> */</script></head>"
        + "<body><script>window.x = 2; /* boot */</script><noscript></noscript><p>*/</p></body></html>";
    Collected sink = new Collected();
    Readers.read("app.html", new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sink);
    assertThat(sink.drafts).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.item()).isEqualTo("app.html");
      assertThat(p.reason()).startsWith("no article text found");
    });
  }
}
