package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.event.Scene;
import org.dossier.event.TypeModel;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Sentence;

/**
 * Training sentences for the event-type model: each sentence of a gold article that names an actor (the ones
 * the model reads at run time), labelled with the types of the gold events whose evidence lies in it, or NONE;
 * and the PLOVER gold-standard sentences with their types.
 */
public final class TypeExamples {
  /** A sentence and its event types (empty: no event), and its weight in training. */
  public record Labelled(String text, List<String> types, double weight) {
    public Labelled(String text, List<String> types) {
      this(text, types, 1);
    }
  }

  private TypeExamples() {}

  public static List<Labelled> fromGold(Gold gold, Article article, Analysis analysis, List<Entity> entities) {
    Scene scene = new Scene(article, analysis, entities, List.of(), null, null);
    List<Labelled> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      String text = article.text().substring(s.start(), s.end());
      if (text.strip().endsWith("?") || scene.actorsIn(s).isEmpty()) {
        continue;
      }
      String norm = norm(text);
      List<String> types = new ArrayList<>();
      for (JsonNode e : gold.events()) {
        String ev = norm(e.path("evidence").asText());
        String head = ev.substring(0, Math.min(40, ev.length()));
        if (!head.isEmpty() && (norm.contains(head) || norm.length() > 20 && ev.contains(norm))) {
          String type = e.path("type").path(0).asText();
          if (!types.contains(type)) {
            types.add(type);
          }
        }
      }
      out.add(new Labelled(text, types));
    }
    return out;
  }

  public static List<Labelled> fromPlover(Path file) throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (Map.Entry<String, List<PloverGold>> e : PloverGold.read(file).entrySet()) {
      List<String> types = e.getValue().stream().map(PloverGold::type).distinct().toList();
      out.add(new Labelled(e.getKey(), types));
    }
    return out;
  }

  /**
   * Phrases of an event dictionary ({@code eval/cameo/cameo-phrases.tsv}: phrase, PLOVER type or NONE, code; '#'
   * comments), each of weight {@code weight}.
   *
   * @throws IllegalArgumentException naming file and line of a row that is not three fields or names no type
   */
  public static List<Labelled> fromPhrases(Path file, double weight, List<String> types) throws IOException {
    List<Labelled> out = new ArrayList<>();
    int n = 0;
    for (String line : java.nio.file.Files.readAllLines(file)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[1].equals(TypeModel.NONE) || types.contains(f[1]))) {
        throw new IllegalArgumentException(file + ":" + n + ": expected 'phrase<TAB>TYPE|NONE<TAB>code', got: " + line);
      }
      out.add(new Labelled(f[0], f[1].equals(TypeModel.NONE) ? List.of() : List.of(f[1]), weight));
    }
    return out;
  }

  /** The labels a model has: NONE and the types, in a fixed order. */
  public static List<String> labels(List<String> types) {
    List<String> out = new ArrayList<>();
    out.add(TypeModel.NONE);
    types.stream().sorted().forEach(out::add);
    return out;
  }

  /** The target distribution of a sentence over {@code labels}: its types shared equally, or all on NONE. */
  public static double[] target(Labelled l, List<String> labels) {
    double[] t = new double[labels.size()];
    List<String> types = l.types().stream().filter(labels::contains).toList();
    if (types.isEmpty()) {
      t[labels.indexOf(TypeModel.NONE)] = 1;
    } else {
      types.forEach(type -> t[labels.indexOf(type)] = 1.0 / types.size());
    }
    return t;
  }

  /** How many sentences hold each type, for the training report. */
  public static Map<String, Integer> counts(List<Labelled> all) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Labelled l : all) {
      if (l.types().isEmpty()) {
        out.merge(TypeModel.NONE, 1, Integer::sum);
      }
      l.types().forEach(t -> out.merge(t, 1, Integer::sum));
    }
    return out;
  }

  private static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
