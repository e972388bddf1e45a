package org.dossier.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.nlp.Analysis;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.ParsePolicy;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Dossier's only door to CoreNLP. Tags the whole article, then parses only the sentences the
 * {@link ParsePolicy} selects. Thread-safe: one instance (and one copy of the models, which CoreNLP pools per
 * JVM) serves all threads.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  public CoreNlpAnalyzer() {
    this.tagger = new StanfordCoreNLP(CoreNlpOptions.tagging());
    this.parser = new StanfordCoreNLP(CoreNlpOptions.parsing());
  }

  @Override
  public Analysis analyze(Article article, ParsePolicy policy) {
    Annotation doc = new Annotation(sentenceText(article));
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    tagger.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> tagged = new ArrayList<>(coreSentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      Sentence s = convert(i, coreSentences.get(i), article.text(), null);
      tagged.add(s);
      if (policy.shouldParse(s)) {
        toParse.add(coreSentences.get(i));
      }
    }
    if (!toParse.isEmpty()) {
      Annotation subset = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
      subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(subset);
    }
    List<Sentence> out = new ArrayList<>(tagged.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      SemanticGraph graph = coreSentences.get(i).get(
          SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      out.add(graph == null ? tagged.get(i) : convert(i, coreSentences.get(i), article.text(), graph));
    }
    return new Analysis(out);
  }

  @Override
  public String describe() {
    return CoreNlpOptions.TAGGING + " + " + CoreNlpOptions.PARSING + " on selected sentences"
        + " (NER: CoNLL 4-class, no SUTime/numeric/fine-grained)";
  }

  /**
   * The text CoreNLP sees: the article text with datelines and headings blanked out, so they make no
   * sentences while every offset stays that of the article text.
   */
  static String sentenceText(Article article) {
    char[] chars = article.text().toCharArray();
    for (Block b : article.blocks()) {
      if (!b.hasSentences()) {
        for (int i = b.start(); i < b.end(); i++) {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  private static Sentence convert(int index, CoreMap sentence, String text, SemanticGraph graph) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.beginPosition(), l.endPosition(), text.substring(l.beginPosition(), l.endPosition()),
          l.tag(), l.lemma(), ner));
    }
    List<Dependency> deps = new ArrayList<>();
    if (graph != null) {
      for (var root : graph.getRoots()) {
        deps.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, deps, graph != null);
  }
}
