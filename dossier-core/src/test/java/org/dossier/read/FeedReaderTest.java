package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static Collected read(String resource, String item) {
    Collected sink = new Collected();
    Readers.read(item, new ByteArrayInputStream(Fixtures.bytes(resource)), sink);
    return sink;
  }

  @Test
  void readsRssItemsPreferringFullContent() {
    Collected sink = read("read/feed-rss.xml", "world.rss");

    assertThat(sink.titles()).containsExactly(
        "Lavrov rejects foreign contingent in Ukraine", "Rubio: Ukraine ready for 30-day ceasefire");
    Draft first = sink.drafts.get(0);
    assertThat(first.source().path()).isEqualTo("world.rss#1");
    assertThat(first.source().url()).isEqualTo("https://wire.example.org/world/lavrov-contingent");
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(first.outlet()).isEqualTo("Example Wire – World");
    assertThat(first.language()).isEqualTo("en-us");
    assertThat(Fixtures.texts(first, Block.Kind.HEADING)).containsExactly("Reaction");
    assertThat(Fixtures.texts(first, Block.Kind.PARAGRAPH)).containsExactly(
        "Russian Foreign Minister Sergey Lavrov said Russia would not accept a foreign contingent in Ukraine.",
        "Kyiv said the decision was not Moscow’s to make.");

    Draft second = sink.drafts.get(1);
    assertThat(second.published()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(Fixtures.texts(second, Block.Kind.PARAGRAPH)).containsExactly(
        "US Secretary of State Marco Rubio announced Ukraine’s readiness to accept a ceasefire.",
        "The US will resume intelligence sharing.");
    assertThat(sink.problems).containsExactly(new Problem("world.rss#3", "no text"));
  }

  @Test
  void readsAtomEntries() {
    Collected sink = read("read/feed-atom.xml", "news.atom");

    assertThat(sink.problems).isEmpty();
    assertThat(sink.titles()).containsExactly("North Korean troops moved to Kursk region", "Ceasefire talks resume");
    Draft kursk = sink.drafts.get(0);
    assertThat(kursk.outlet()).isEqualTo("Example Atom News");
    assertThat(kursk.source()).isEqualTo(new org.dossier.model.Source("news.atom#1", "https://atom.example.net/2025/03/kursk"));
    assertThat(kursk.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(Fixtures.texts(kursk, Block.Kind.PARAGRAPH)).containsExactly(
        "Between 1,000 and 3,000 North Korean soldiers were transferred to the Kursk region, according to intelligence.",
        "The transfer continued through March.");
    Draft talks = sink.drafts.get(1);
    assertThat(talks.published()).isEqualTo(LocalDate.of(2025, 3, 10)); // only <updated>
    assertThat(Fixtures.texts(talks, Block.Kind.PARAGRAPH))
        .containsExactly("Delegations met again in Jeddah on Monday.", "They agreed to meet next week.");
  }

  @Test
  void aFeedWithNoEntriesIsReported() {
    Collected sink = new Collected();
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<link>https://example.org/</link><description>d</description></channel></rss>";
    Readers.read("empty.rss", new ByteArrayInputStream(rss.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sink);
    assertThat(sink.drafts).isEmpty();
    assertThat(sink.problems).containsExactly(new Problem("empty.rss", "a feed with no entries"));
  }
}
