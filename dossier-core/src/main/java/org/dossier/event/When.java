package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.nlp.TimeTagger;

/**
 * When each event happened: the time expression of its sentence nearest the trigger that names a period
 * (resolved against the article date), else the article's date.
 */
final class When implements Sieve {
  @Override
  public String name() {
    return "when";
  }

  @Override
  public List<Candidate> apply(Scene scene, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate k : in) {
      out.add(k.withWhen(when(scene.article(), k, scene.times(k.sentence()))));
    }
    return out;
  }

  private static Event.When when(Article article, Candidate k, List<TimeTagger.TimeValue> times) {
    int sentenceStart = k.sentence().start();
    int at = k.trigger().start();
    TimeTagger.TimeValue best = null;
    for (TimeTagger.TimeValue v : times) {
      if ((best == null || Math.abs(sentenceStart + v.start() - at) < Math.abs(sentenceStart + best.start() - at))
          && Periods.of(v.value(), article.published()).isPresent()) {
        best = v;
      }
    }
    if (best != null) {
      Periods.Period p = Periods.of(best.value(), article.published()).get();
      return new Event.When(p.start().toString(), p.end().toString(), best.text());
    }
    LocalDate d = article.published();
    return d == null ? null : new Event.When(d.toString(), d.toString(), null);
  }
}
