package org.dossier.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.AnalysisLimits;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.ParsePolicy;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.pipeline.Articles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter on the real example article. */
class CoreNlpAnalyzerTest {
  private static CoreNlpAnalyzer analyzer;
  private static Article article;

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer();
    article = read(Path.of(System.getProperty("dossier.root", ".."), "examples", "unn-2025-03-12-lavrov.txt"));
  }

  static Article read(Path path) {
    List<Article> out = Articles.read(List.of(path.toString()), p -> {
      throw new AssertionError(p.toString());
    });
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void tokensAndSentencesPointIntoTheArticleText() {
    Analysis a = analyzer.analyze(article);
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens()).isNotEmpty();
      assertThat(s.end()).isGreaterThan(s.start());
      for (Token t : s.tokens()) {
        assertThat(t.end()).isGreaterThan(t.start());
        assertThat(article.text().substring(t.start(), t.end())).isEqualTo(t.text());
        assertThat(t.pos()).isNotBlank();
        assertThat(t.lemma()).isNotBlank();
      }
    }
    assertThat(a.sentences().get(0).tokens().get(0).text()).isEqualTo("\"");
  }

  @Test
  void headingsAndDatelinesMakeNoSentencesAndParagraphBreaksSplit() {
    Analysis a = analyzer.analyze(article);
    List<Block> structure = article.blocks().stream().filter(b -> !b.hasSentences()).toList();
    assertThat(structure).extracting(b -> article.slice(b.start(), b.end()))
        .containsExactly("Kyiv • UNN", "Details", "Remind");
    for (Sentence s : a.sentences()) {
      for (Block b : article.blocks()) {
        boolean inside = s.start() >= b.start() && s.end() <= b.end();
        boolean outside = s.end() <= b.start() || s.start() >= b.end();
        assertThat(inside || outside).as("sentence %s crosses block %s", s.index(), b).isTrue();
        assertThat(inside && !b.hasSentences()).isFalse();
      }
    }
    // "Under no circumstances." opens its own paragraph after the cue sentence
    assertThat(a.sentences()).anySatisfy(s ->
        assertThat(article.slice(s.start(), s.end())).isEqualTo("Under no circumstances."));
  }

  @Test
  void namesAreTaggedAndSentencesParsed() {
    Analysis a = analyzer.analyze(article);
    List<String> persons = a.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.ner().equals("PERSON")).map(Token::text).toList();
    assertThat(persons).contains("Lavrov", "Rubio", "Trump");
    Sentence first = a.sentences().get(1);
    assertThat(first.parsed()).isTrue();
    int stated = first.tokens().stream().filter(t -> t.text().equals("stated")).findFirst().orElseThrow().index();
    assertThat(first.children(stated)).anySatisfy(d -> {
      assertThat(d.relation()).isEqualTo("nsubj");
      assertThat(first.token(d.dependent()).text()).isEqualTo("Lavrov");
    });
    assertThat(first.root()).contains(stated);
    assertThat(first.dependencies()).extracting(Dependency::base).contains("ccomp");
  }

  @Test
  void onlySentencesThePolicySelectsAreParsed() {
    Analysis a = analyzer.analyze(article, s -> s.tokens().stream().anyMatch(t -> t.text().equals("Rubio")));
    assertThat(a.parsedCount()).isEqualTo(1);
    assertThat(a.sentences().stream().filter(Sentence::parsed).findFirst().orElseThrow().tokens())
        .extracting(Token::text).contains("Rubio", "announced");
    assertThat(a.sentences()).filteredOn(s -> !s.parsed()).allSatisfy(s -> assertThat(s.dependencies()).isEmpty());
  }

  @Test
  void overLongSentencesAreCutAndNotParsedAndLongArticlesStopAtTheTokenLimit() {
    String sentence = "Lavrov said that " + "talks and ".repeat(150) + "more talks.";
    Article a = articleOf(" date 2025-03-12 Talks\nKyiv \u2022 UNN\n" + sentence + "\nRubio said he agreed.\n"
        + "x".repeat(SentenceText.MAX_WORD_CHARS + 1) + " Trump said nothing.\n");
    Analysis analysis = analyzer.analyze(a, ParsePolicy.ALL, new AnalysisLimits(100, 100_000, Duration.ofMinutes(1)));
    List<Sentence> pieces = analysis.sentences().stream().filter(s -> s.tokens().size() == 100).toList();
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> assertThat(s.parsed()).isFalse());
    assertThat(analysis.sentences()).anySatisfy(s -> {
      assertThat(a.slice(s.start(), s.end())).isEqualTo("Rubio said he agreed.");
      assertThat(s.parsed()).isTrue();
    });
    assertThat(analysis.sentences()).flatExtracting(Sentence::tokens).extracting(Token::text)
        .doesNotContain("x".repeat(SentenceText.MAX_WORD_CHARS + 1)).contains("Trump");
    assertThat(analysis.notes()).containsExactly(
        "1 run of over 500 characters without a space not analysed",
        "1 sentence over 100 tokens cut into pieces and not parsed (--max-sentence-tokens)");

    Analysis cut = analyzer.analyze(a, ParsePolicy.ALL, new AnalysisLimits(100, 200, Duration.ofMinutes(1)));
    assertThat(cut.tokenCount()).isLessThanOrEqualTo(200);
    assertThat(cut.sentences()).noneSatisfy(s -> assertThat(a.slice(s.start(), s.end())).contains("Rubio"));
    assertThat(cut.notes()).last().asString().startsWith("only the first").contains("--max-tokens 200");
  }

  @Test
  void aLongArticleIsTokenisedInPartsWithOffsetsIntoTheWholeText() {
    String paragraph = "Lavrov said the talks in Riyadh would go on next week.\n";
    int partChars = 1_000;
    int copies = partChars / paragraph.length() * 3 + 2;
    Article a = articleOf(" date 2025-03-12 Talks\nKyiv \u2022 UNN\n" + paragraph.repeat(copies));
    Analysis analysis = new CoreNlpAnalyzer(partChars).analyze(a, s -> false, AnalysisLimits.DEFAULTS);
    assertThat(analysis.sentences()).hasSize(copies + 1);
    for (Sentence s : analysis.sentences().subList(1, analysis.sentences().size())) {
      assertThat(a.slice(s.start(), s.end())).isEqualTo(paragraph.strip());
    }
    assertThat(analysis.notes()).isEmpty();
  }

  private static Article articleOf(String text) {
    List<Article> out = Articles.read("limits.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        p -> {
          throw new AssertionError(p.toString());
        });
    assertThat(out).hasSize(1);
    return out.get(0);
  }
}
