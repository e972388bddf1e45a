package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private static final List<String> CORPUS = List.of(
      "text/unn-2025-03-12-lavrov.txt", "text/wikinews-clock.txt", "text/wikinews-flag.txt",
      "text/wikinews-lanterns.txt", "text/wikinews-nasa.txt", "text/wikinews-iodine.txt");

  @Test
  void differentArticlesAreNotDuplicates() {
    Deduplicator dedup = new Deduplicator();
    for (String resource : CORPUS) {
      assertThat(dedup.check(Articles.resource(resource))).as(resource).isEmpty();
    }
    assertThat(dedup.size()).isEqualTo(CORPUS.size());
  }

  @Test
  void aReformattedCopyIsAnExactDuplicate() {
    Deduplicator dedup = new Deduplicator();
    Article original = Articles.resource("text/wikinews-clock.txt");
    String text = Articles.text("text/wikinews-clock.txt").replace("\n", "\n\n").replace(" ", "  ");
    dedup.check(original);

    Optional<Duplicate> duplicate = dedup.check(Articles.plain("copy.txt", text));

    assertThat(duplicate).contains(new Duplicate(Duplicate.Kind.EXACT, original.id(), original.source(), 1.0));
    assertThat(duplicate.get().toString())
        .isEqualTo("duplicate of " + original.id() + " (text/wikinews-clock.txt)");
  }

  @Test
  void oneWordChangedIsANearDuplicateInEveryArticle() {
    Deduplicator dedup = new Deduplicator();
    List<Article> originals = new ArrayList<>();
    for (String resource : CORPUS) {
      originals.add(Articles.resource(resource));
      dedup.check(originals.get(originals.size() - 1));
    }
    for (int i = 0; i < CORPUS.size(); i++) {
      String text = Articles.text(CORPUS.get(i));
      int middle = text.indexOf(' ', text.length() / 2);
      String changed = text.substring(0, middle) + " zeppelin" + text.substring(middle);
      Article copy = Articles.plain("changed-" + i + ".txt", changed);

      Optional<Duplicate> duplicate = dedup.check(copy);

      assertThat(copy.id()).isNotEqualTo(originals.get(i).id());
      assertThat(duplicate).as(CORPUS.get(i)).isPresent();
      assertThat(duplicate.get().kind()).isEqualTo(Duplicate.Kind.NEAR);
      assertThat(duplicate.get().earlierId()).isEqualTo(originals.get(i).id());
      assertThat(duplicate.get().earlierSource().path()).isEqualTo(CORPUS.get(i));
      assertThat(duplicate.get().similarity()).isGreaterThanOrEqualTo(Deduplicator.NEAR_SIMILARITY);
    }
    assertThat(dedup.size()).isEqualTo(CORPUS.size());
  }

  @Test
  void aRewrittenHalfIsNotANearDuplicate() {
    Deduplicator dedup = new Deduplicator();
    String text = Articles.text("text/wikinews-nasa.txt");
    dedup.check(Articles.plain("nasa.txt", text));
    String firstHalf = text.substring(0, text.length() / 2);

    assertThat(dedup.check(Articles.plain("half.txt", firstHalf + "\nThe rest was rewritten entirely."))).isEmpty();
  }

  @Test
  void concurrentChecksAcceptOneCopyOnly() throws Exception {
    Deduplicator dedup = new Deduplicator();
    Article article = Articles.resource("text/wikinews-iodine.txt");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<Duplicate>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> dedup.check(article)));
      }
      int accepted = 0;
      for (Future<Optional<Duplicate>> result : results) {
        accepted += result.get().isEmpty() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }
}
