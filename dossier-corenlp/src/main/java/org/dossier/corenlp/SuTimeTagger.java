package org.dossier.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.nlp.TimeTagger;

/**
 * Time expressions with CoreNLP's SUTime, run only on the sentences that hold an event (SUTime inside NER
 * would cost every sentence of every article). Thread-safe: SUTime's annotator is shared by all threads.
 */
public final class SuTimeTagger implements TimeTagger {
  private final AnnotationPipeline pipeline = new AnnotationPipeline();

  public SuTimeTagger() {
    pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
    pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
    Properties p = new Properties();
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("sutime.includeRange", "true");
    pipeline.addAnnotator(new TimeAnnotator("sutime", p));
  }

  @Override
  public List<TimeValue> tag(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(doc);
    List<TimeValue> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap t : timexes) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      int start = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null) {
        continue;
      }
      // a range ("from January to February") comes as a duration whose range holds the two ends
      Timex.Range range = timex.range();
      String value = range != null && range.begin != null && range.end != null
          && (timex.value() == null || timex.value().startsWith("P"))
          ? range.begin + "/" + range.end : timex.value();
      if (value != null) {
        out.add(new TimeValue(start, end, text.substring(start, end), value));
      }
    }
    return out;
  }
}
