package org.dossier.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Source;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Speaker turns of run-together transcripts, on hand-made text with sentences cut at ". ". */
class SpeakerTurnsTest {
  private static List<Attribution> turns(String text, Entity... entities) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = Pattern.compile("[^.?!]+[.?!]+").matcher(text);
    while (m.find()) {
      int start = m.start() + (text.charAt(m.start()) == ' ' ? 1 : 0);
      sentences.add(new Sentence(sentences.size(), start, m.end(), List.of(), List.of(), false));
    }
    Article a = new Article("t", "t", LocalDate.of(2022, 4, 20), null, null, "en", new Source("t", null), text,
        List.of(new Block(Block.Kind.PARAGRAPH, 0, text.length())));
    Speakers speakers = new Speakers(text, List.of(entities), ActorDictionary.builtIn(), a.published());
    List<Attribution> found = new ArrayList<>();
    new SpeakerTurns(a, new Analysis(sentences), speakers).apply(found);
    return found;
  }

  private static Entity person(String text, String name, String actor) {
    int at = text.indexOf(name);
    return new Entity("e" + at, name, "PERSON", actor, actor.substring(0, 3), null, "test",
        List.of(new Mention(at, at + name.length(), name)));
  }

  @Test
  void eachLabelOpensATurnThatRunsToTheNextOrABreak() {
    String text = "The talks were held in Sochi. President of Russia Vladimir Putin: Good afternoon. Welcome to "
        + "Sochi. President of Belarus Alexander Lukashenko: Thank you. We are glad to be here.*** The talks "
        + "continued behind closed doors.";
    List<Attribution> found = turns(text, person(text, "Vladimir Putin", "RUSGOV"),
        person(text, "Alexander Lukashenko", "BLRGOV"));
    assertThat(found).extracting(f -> f.speaker().name() + ": " + f.content().text()).containsExactly(
        "Vladimir Putin: Good afternoon. Welcome to Sochi",
        "Alexander Lukashenko: Thank you. We are glad to be here");
    assertThat(found).allMatch(f -> f.kind().equals(Attribution.DIRECT) && f.cue() == null);
  }

  @Test
  void aLongTurnIsCutAtSentenceEndsIntoParagraphSizedPieces() {
    String sentence = "This sentence of the speech is exactly as long as the others and says nothing new at all. ";
    String text = "Vladimir Putin: " + sentence.repeat(8);
    List<Attribution> found = turns(text, person(text, "Vladimir Putin", "RUSGOV"));
    assertThat(found).hasSizeGreaterThan(1);
    // whole sentences only (the final stop is trimmed, as for every statement)
    assertThat(found).allMatch(f -> f.content().length() <= SpeakerTurns.PIECE
        && f.content().text().endsWith("says nothing new at all"));
    assertThat(found.get(0).content().start()).isEqualTo("Vladimir Putin: ".length());
  }

  @Test
  void placesHeadingsAndUnknownWordsAreNoLabels() {
    String text = "GAZA: international aid is coming. Details: more later. Q: Will you run again? A: No.";
    List<Attribution> found = turns(text, new Entity("e1", "Gaza", "LOCATION", null, "PSE", null, "test",
        List.of(new Mention(0, 4, "GAZA"))));
    assertThat(found).extracting(f -> f.speaker().name() + ": " + f.content().text())
        .containsExactly("Q: Will you run again?", "A: No");
  }

  @Test
  void aLabelPrintingNameAndTitleTwiceStillOpensTheTurnOfThePersonItNames() {
    String text = "President of Russia Vladimir Putin: Welcome. We will talk now. President of Kazakhstan "
        + "Kassym-Jomart Tokayev Tokayev Kassym-JomartPresident of the Republic of Kazakhstan: Mr Putin, thank you.";
    List<Attribution> found = turns(text, person(text, "Vladimir Putin", "RUSGOV"),
        person(text, "Kassym-Jomart Tokayev", "KAZGOV"));
    assertThat(found).extracting(f -> f.speaker().name() + ": " + f.content().text()).containsExactly(
        "Vladimir Putin: Welcome. We will talk now", "Kassym-Jomart Tokayev: Mr Putin, thank you");
  }
}
