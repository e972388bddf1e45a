package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  @Test
  void detectsHtmlByContentWhateverTheName() throws Exception {
    Path file = Fixtures.copy("read/page.html", dir, "saved-page.txt");
    Collected sink = Collected.read(List.of(file.toString()));

    Draft draft = sink.only();
    assertThat(draft.title()).isEqualTo("Lavrov rules out foreign peacekeepers in Ukraine");
    assertThat(draft.outlet()).isEqualTo("Example News");
    assertThat(draft.source().path()).isEqualTo(file.toString());
  }

  @Test
  void detectsJsonLinesByContentWhateverTheName() throws Exception {
    Path file = Fixtures.copy("read/articles.jsonl", dir, "export.dat");
    Collected sink = Collected.read(List.of(file.toString()));

    assertThat(sink.problems).isEmpty();
    assertThat(sink.drafts).extracting(d -> d.source().path())
        .containsExactly(file + ":1", file + ":2", file + ":3");
    assertThat(sink.drafts.get(0).title()).isEqualTo(Fixtures.UNN_TITLE);
  }

  @Test
  void detectsFeedsAndGzipByContent() throws Exception {
    Fixtures.copy("read/feed-atom.xml", dir, "news.html");
    Files.write(dir.resolve("unn.bin"), Fixtures.gzip(Fixtures.bytes(Fixtures.UNN)));
    Collected sink = Collected.read(List.of(dir.toString()));

    assertThat(sink.problems).isEmpty();
    assertThat(sink.titles()).containsExactly(
        "North Korean troops moved to Kursk region", "Ceasefire talks resume", Fixtures.UNN_TITLE);
    assertThat(Fixtures.texts(sink.drafts.get(2), Block.Kind.HEADING)).containsExactly("Details", "Remind");
  }

  @Test
  void walksFoldersInNameOrderSkippingHiddenEntries() throws Exception {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.createDirectories(dir.resolve(".cache"));
    Files.writeString(dir.resolve("b/nested/c.txt"), "Third story\nText three.");
    Files.writeString(dir.resolve("b/a.txt"), "Second story\nText two.");
    Files.writeString(dir.resolve("a.txt"), "First story\nText one.");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden story\nNot read.");
    Files.writeString(dir.resolve(".cache/d.txt"), "Cached story\nNot read.");
    Collected sink = Collected.read(List.of(dir.toString()));

    assertThat(sink.problems).isEmpty();
    assertThat(sink.titles()).containsExactly("First story", "Second story", "Third story");
  }

  @Test
  void readsStandardInputForDash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Fixtures.bytes(Fixtures.UNN)));
      Collected sink = Collected.read(List.of("-"));

      assertThat(sink.only().source().path()).isEqualTo(Readers.STDIN);
      assertThat(sink.only().outlet()).isEqualTo("UNN");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void readsLatin1PlainTextByDetection() throws Exception {
    String text = " date 2025-03-01 Café owners protest\nLyon • Le Progrès\n"
        + "Owners of cafés in Lyon protested on Saturday against the new terrace tax, which they called “unfair”.\n";
    Path file = Files.write(dir.resolve("lyon.txt"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Draft draft = Collected.read(List.of(file.toString())).only();

    assertThat(draft.title()).isEqualTo("Café owners protest");
    assertThat(draft.outlet()).isEqualTo("Le Progrès");
    assertThat(Fixtures.texts(draft, Block.Kind.PARAGRAPH).get(0)).endsWith("called “unfair”.");
  }

  @Test
  void deeplyNestedMarkupIsReadAndTheNextItemStillComes() throws Exception {
    String deep = "<b>".repeat(10_000) + "Deep text of a page that nests ten thousand bold tags." + "</b>".repeat(10_000);
    Files.writeString(dir.resolve("a-deep.html"), "<html><head><title>Deep</title></head><body><!-- x --><p>"
        + deep + "</p><!-- y --></body></html>");
    Fixtures.copy("read/page.html", dir, "b-page.html");
    Collected sink = Collected.read(List.of(dir.toString()));

    assertThat(sink.drafts).extracting(Draft::title)
        .containsExactly("Deep", "Lavrov rules out foreign peacekeepers in Ukraine");
  }

  @Test
  void aSymbolicLinkOutOfTheInputFolderIsReportedUnlessAskedToFollow() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Fixtures.copy(Fixtures.UNN, outside, "secret.txt");
    Path input = Files.createDirectories(dir.resolve("input"));
    Fixtures.copy(Fixtures.UNN, input, "inside.txt");
    Files.createSymbolicLink(input.resolve("etc"), outside);
    Files.createSymbolicLink(input.resolve("same.txt"), input.resolve("inside.txt"));

    Collected sink = Collected.read(List.of(input.toString()));
    assertThat(sink.drafts).extracting(d -> d.source().path())
        .containsExactly(input.resolve("inside.txt").toString(), input.resolve("same.txt").toString());
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.item()).isEqualTo(input.resolve("etc").toString());
      assertThat(p.reason()).contains("symbolic link out of the input folder").contains("--follow-links");
    });

    Collected followed = new Collected();
    Readers.read(List.of(input.toString()), true, followed);
    assertThat(followed.problems).isEmpty();
    assertThat(followed.drafts).hasSize(3);
  }

  @Test
  void aLoopOfLinksAndABrokenLinkAreNamedAsSuch() throws Exception {
    Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
    Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("c"), dir.resolve("gone"));
    Collected sink = Collected.read(List.of(dir.toString()));
    assertThat(sink.drafts).isEmpty();
    assertThat(sink.problems).extracting(Problem::reason).containsExactly(
        "cannot read: a loop of symbolic links", "cannot read: a loop of symbolic links",
        "broken symbolic link: its target does not exist");
  }

  @Test
  void anUnreadableFileIsPermissionDeniedNotNotFound() throws Exception {
    Path file = Fixtures.copy(Fixtures.UNN, dir, "locked.txt");
    Path folder = Files.createDirectories(dir.resolve("locked"));
    Fixtures.copy(Fixtures.UNN, folder, "inner.txt");
    Files.setPosixFilePermissions(file, java.util.Set.of());
    Files.setPosixFilePermissions(folder, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root: nothing is denied");
      Collected sink = Collected.read(List.of(file.toString(), folder.toString(), folder.resolve("inner.txt").toString()));
      assertThat(sink.problems).extracting(Problem::reason).containsOnly("cannot read: permission denied");
      assertThat(sink.problems).hasSize(3);
    } finally {
      Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void controlCharactersInNamesAreEscapedInSkipLines() {
    Problem p = new Problem("evil\u001b[31m\nname\u202e.txt", "empty");
    assertThat(p.toString()).isEqualTo("evil\\u001b[31m\\u000aname\\u202e.txt: empty");
    assertThat(p.item()).isEqualTo("evil\u001b[31m\nname\u202e.txt"); // the item itself is kept as it is
  }
}
