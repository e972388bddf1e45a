package org.dossier.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.corenlp.CoreNlpPipeline;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.model.Statement;
import org.dossier.pipeline.Articles;
import org.dossier.pipeline.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statement stage on real article text, through the real analysis. */
class StatementsTest {
  private static Extractor extractor;

  @BeforeAll
  static void pipeline() {
    extractor = CoreNlpPipeline.standard();
  }

  static Article article(String item, byte[] bytes) {
    List<Article> out = Articles.read(item, new ByteArrayInputStream(bytes), p -> {
      throw new AssertionError(p.toString());
    });
    return out.get(0);
  }

  static List<Statement> statements(String title, String text) {
    String json = "{\"title\": \"" + title + "\", \"published\": \"2025-03-12\", \"text\": \""
        + text.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    return extractor.extract(article("test.jsonl", json.getBytes(StandardCharsets.UTF_8))).statements();
  }

  /** One statement as a readable line: speaker (actor) cue kind [via] | content. */
  static String line(Statement s) {
    return s.speaker().name() + " (" + s.speaker().actor() + ") " + s.cue() + " " + s.kind()
        + (s.via() == null ? "" : " via " + s.via()) + " | " + s.content().text();
  }

  @Test
  void theExampleArticleGivesEachStatementWithExactContent() throws Exception {
    Path example = Path.of(System.getProperty("dossier.root", ".."), "examples", "unn-2025-03-12-lavrov.txt");
    DossierRecord rec = extractor.extract(article("unn.txt", Files.readAllBytes(example)));
    List<String> lines = rec.statements().stream().map(StatementsTest::line).toList();
    assertThat(lines).containsExactly(
        "Sergey Lavrov (RUSGOV) null direct | Under no circumstances",
        "Sergey Lavrov (RUSGOV) state indirect | Russia will not agree to the introduction of a foreign contingent "
            + "into Ukraine, as it considers the participation of countries that call the Russian Federation an "
            + "opponent unacceptable",
        "Sergey Lavrov (RUSGOV) say indirect | Russia is not going to agree to the introduction of a foreign "
            + "contingent into Ukraine",
        "Sergey Lavrov (RUSGOV) according to mixed | such a decision allegedly \"requires the consent of the "
            + "parties\", and Russia considers the participation of military contingents of countries that call "
            + "Russia an opponent unacceptable",
        "Sergey Lavrov (RUSGOV) answer direct | Under no circumstances. No one talks to us like they talk about "
            + "Ukraine without Ukraine. At the same time, everything about Russia is without Russia. By the way, "
            + "Trump, when asked about peacekeepers, said that it was too early to talk about it, but usually the "
            + "consent of the parties is required. Why should we give our consent to peacekeeping forces or a "
            + "peacekeeping group? They want forces consisting of troops from countries that have declared us "
            + "enemies. Will these troops come as peacekeepers?",
        "Donald Trump (USAGOV) say indirect via s5 | it was too early to talk about it, but usually the consent of "
            + "the parties is required",
        "Marco Rubio (USAGOV) announce indirect | Ukraine's readiness to accept the proposal for a 30-day ceasefire",
        "intelligence (null) according to indirect | between 1,000 and 3,000 North Korean soldiers were transferred "
            + "to the Kursk region from January to February");
    for (Statement s : rec.statements()) {
      assertThat(rec.text().substring(s.content().start(), s.content().end())).isEqualTo(s.content().text());
    }
  }

  @Test
  void directQuotesInAnyMarksWithTheSpeakerAfterBeforeOrInside() {
    List<String> lines = statements("Talks stall",
        "“We will not accept any deal that rewards aggression,” Ukrainian President Volodymyr Zelensky said on "
            + "Tuesday. “Ukraine wants peace,” he added, “but not at any price.”\n\n"
            + "Kremlin spokesman Dmitry Peskov told reporters: «The ball is in Washington's court.»")
        .stream().map(StatementsTest::line).toList();
    assertThat(lines).containsExactly(
        "Volodymyr Zelensky (UKRGOV) say direct | We will not accept any deal that rewards aggression",
        "Volodymyr Zelensky (UKRGOV) add direct | Ukraine wants peace",
        "Volodymyr Zelensky (UKRGOV) add direct | but not at any price",
        "Dmitry Peskov (RUSGOV) tell direct | The ball is in Washington's court");
  }

  @Test
  void reportedSpeechInvertedAccordingToNominalAndMixed() {
    List<String> lines = statements("Talks stall",
        "The proposal will fail, said Hungarian Prime Minister Viktor Orban.\n\n"
            + "According to the Pentagon, about 500 troops will be deployed to Poland.\n\n"
            + "Observers were surprised by Zelensky's statement that the border would stay closed.\n\n"
            + "Zelensky later said that Russia was \"not serious\" about a ceasefire.")
        .stream().map(StatementsTest::line).toList();
    assertThat(lines).containsExactly(
        "Viktor Orban (HUNGOV) say indirect | The proposal will fail",
        "Pentagon (USAMIL) according to indirect | about 500 troops will be deployed to Poland",
        "Volodymyr Zelensky (UKRGOV) statement indirect | the border would stay closed",
        "Volodymyr Zelensky (UKRGOV) say mixed | Russia was \"not serious\" about a ceasefire");
  }

  @Test
  void unnamedSourcesKeepTheirPhraseAndNegatedCuesSayNothing() {
    List<String> lines = statements("Talks stall",
        "A senior European official, who spoke on condition of anonymity, said the talks could resume next week. "
            + "Officials have not said why the meeting was cancelled.")
        .stream().map(StatementsTest::line).toList();
    assertThat(lines).containsExactly(
        "A senior European official (null) say indirect | the talks could resume next week");
  }

  @Test
  void aQuoteOnlyParagraphContinuesThePreviousSpeaker() {
    List<Statement> found = statements("Robotics team honoured",
        "\"Seventeen years ago, this would not have been possible at all,\" said Ambassador Hamdullah Mohib.\n\n"
            + "\"They represent our aspirations and resilience despite having been brought up in a perpetual "
            + "conflict.\"");
    assertThat(found).extracting(StatementsTest::line).containsExactly(
        "Hamdullah Mohib (---GOV) say direct | Seventeen years ago, this would not have been possible at all",
        "Hamdullah Mohib (---GOV) null direct | They represent our aspirations and resilience despite having been "
            + "brought up in a perpetual conflict");
    assertThat(found.get(1).rule()).isEqualTo("quote:continuation");
  }

  @Test
  void pronounsFollowTheSubjectAndAgreeInGender() {
    assertThat(statements("Talks", "Donald Trump met Volodymyr Zelensky in Washington. He said that the talks "
        + "were productive.")).extracting(StatementsTest::line)
        .containsExactly("Donald Trump (USAGOV) say indirect | the talks were productive");
    assertThat(statements("Talks", "John Smith praised Mrs Ann Jones for the report. She said that the project "
        + "had ended.")).extracting(s -> s.speaker().name()).containsExactly("Ann Jones");
  }

  @Test
  void passiveCuesAndPlacesThatSpeakForTheirCountry() {
    assertThat(statements("Talks", "It was announced by the Kremlin that the talks would resume.\n\n"
        + "Moscow said the talks would resume in May.")).extracting(StatementsTest::line).containsExactly(
        "Kremlin (RUSGOV) announce indirect | the talks would resume",
        "Moscow (RUS) say indirect | the talks would resume in May");
  }

  @Test
  void quotedTitlesAreNotStatements() {
    assertThat(statements("Browser news",
        "Microsoft launched a website called \"The Internet Explorer 6 Countdown\" on Friday.")).isEmpty();
  }
}
