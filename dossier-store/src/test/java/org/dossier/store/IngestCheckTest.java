package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Source;
import org.dossier.pipeline.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's check before the analysis: unchanged articles and copies under new paths need none. */
class IngestCheckTest {
  @TempDir
  Path dir;

  static Article articleOf(DossierRecord r, Source source, String title) {
    return new Article(r.id(), title, r.published(), r.outlet(), r.dateline(), r.language(), source, r.text(),
        List.of());
  }

  static Article articleOf(DossierRecord r) {
    return articleOf(r, r.source(), r.title());
  }

  @Test
  void theInputHashLeavesOutWhereTheArticleWasReadFromButNothingElse() {
    DossierRecord r = Extracted.example();
    String hash = InputHash.of(articleOf(r), "k");
    assertThat(InputHash.of(r, "k")).as("a record hashes as the article it came from").isEqualTo(hash);
    assertThat(InputHash.of(articleOf(r, new Source("elsewhere/copy.txt", null), r.title()), "k")).isEqualTo(hash);
    assertThat(InputHash.of(articleOf(r, r.source(), r.title() + "!"), "k")).isNotEqualTo(hash);
    assertThat(InputHash.of(articleOf(r), "other pipeline")).isNotEqualTo(hash);
  }

  @Test
  void aStoredArticleIsUnchangedACopyElsewhereADuplicateAndANewPipelineAnalysesAgain() throws Exception {
    DossierRecord r = Extracted.example();
    Article article = articleOf(r);
    try (Store store = Store.open(dir)) {
      Ingest first = new Ingest(store, 10, "k1");
      assertThat(first.check(article)).as("not stored yet").isNull();
      assertThat(first.add(r)).isEqualTo(Store.Outcome.ADDED);
      assertThat(first.check(article)).as("put, not yet committed").isEqualTo(Skip.unchanged());
      first.close();
      assertThat(store.stored(r.id()).orElseThrow().inputHash()).isEqualTo(InputHash.of(r, "k1"));

      Ingest again = new Ingest(store, 10, "k1");
      assertThat(again.check(article)).isEqualTo(Skip.unchanged());
      Skip copy = again.check(articleOf(r, new Source("copies/moved.txt", null), r.title()));
      assertThat(copy.duplicate()).isTrue();
      assertThat(copy.reason()).isEqualTo("duplicate of " + r.id() + " (stored from " + r.source().path() + ")");
      assertThat(again.check(articleOf(r, r.source(), "A new title"))).as("content changed").isNull();
      assertThat(again.tally()).isEqualTo(new Ingest.Tally(0, 0, 1, 0));

      Ingest newPipeline = new Ingest(store, 10, "k2");
      assertThat(newPipeline.check(article)).isNull();
      assertThat(newPipeline.add(r)).as("the same record").isEqualTo(Store.Outcome.UNCHANGED);
      newPipeline.close();
      assertThat(newPipeline.tally().commits()).as("the new hash is kept").isEqualTo(1);
      assertThat(store.stored(r.id()).orElseThrow().inputHash()).isEqualTo(InputHash.of(r, "k2"));
      assertThat(new Ingest(store, 10, "k2").check(article)).isEqualTo(Skip.unchanged());
      assertThat(store.get(r.id()).orElseThrow().source()).as("the source did not move").isEqualTo(r.source());
    }
  }

  @Test
  void withoutAPipelineKeyEveryArticleIsAnalysed() throws Exception {
    DossierRecord r = Extracted.example();
    try (Store store = Store.open(dir)) {
      Ingest forced = new Ingest(store, 10);
      forced.add(r);
      forced.close();
      assertThat(forced.check(articleOf(r))).isNull();
      assertThat(store.stored(r.id()).orElseThrow().inputHash()).isNull();
    }
  }
}
