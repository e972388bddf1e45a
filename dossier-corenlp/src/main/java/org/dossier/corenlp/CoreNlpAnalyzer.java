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
import org.dossier.nlp.Analysis;
import org.dossier.nlp.AnalysisLimits;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.Deadline;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.ParsePolicy;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Dossier's only door to CoreNLP. Tokenises the article in parts, tags it in chunks of sentences, then parses
 * only the sentences the {@link ParsePolicy} selects, within the {@link AnalysisLimits}; between chunks it checks
 * the {@link Deadline}, so CoreNLP never holds more than a chunk's work when the time is up. Thread-safe: one
 * instance (and one copy of the models, which CoreNLP pools per JVM) serves all threads.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  /** Tokens tagged or parsed in one CoreNLP call: a few sentences' work between two deadline checks. */
  static final int CHUNK_TOKENS = 2_000;

  private final StanfordCoreNLP tokenizer;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final int partChars;

  public CoreNlpAnalyzer() {
    this(SentenceText.PART_CHARS);
  }

  /** An analyzer that tokenises {@code partChars} characters at a time (tests). */
  CoreNlpAnalyzer(int partChars) {
    this.partChars = partChars;
    this.tokenizer = new StanfordCoreNLP(CoreNlpOptions.tokenizing());
    this.tagger = new StanfordCoreNLP(CoreNlpOptions.taggingTokens());
    this.parser = new StanfordCoreNLP(CoreNlpOptions.parsing());
  }

  @Override
  public Analysis analyze(Article article, ParsePolicy policy, AnalysisLimits limits) {
    SentenceText text = SentenceText.of(article);
    Tokens tokens = new Tokens(limits);
    for (int from = 0; from < text.text().length() && !tokens.full(); ) {
      Deadline.check();
      int to = text.partEnd(from, partChars);
      Annotation part = new Annotation(text.text().substring(from, to));
      tokenizer.annotate(part);
      tokens.add(part.get(CoreAnnotations.SentencesAnnotation.class), from);
      from = to;
    }
    List<CoreMap> sentences = tokens.sentences();
    String date = article.published() == null ? null
        : article.published().format(DateTimeFormatter.ISO_LOCAL_DATE);
    for (List<CoreMap> chunk : chunks(sentences)) {
      Deadline.check();
      tagger.annotate(annotation(text.text(), chunk, date));
    }
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!tokens.isPiece(sentences.get(i)) && policy.shouldParse(convert(i, sentences.get(i), article.text(), null))) {
        toParse.add(sentences.get(i));
      }
    }
    for (List<CoreMap> chunk : chunks(toParse)) {
      Deadline.check();
      Annotation subset = new Annotation(text.text());
      subset.set(CoreAnnotations.SentencesAnnotation.class, chunk);
      parser.annotate(subset);
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      SemanticGraph graph = sentences.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      out.add(convert(i, sentences.get(i), article.text(), graph));
    }
    List<String> notes = new ArrayList<>(text.notes());
    notes.addAll(tokens.notes());
    return new Analysis(out, notes);
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
    return SentenceText.of(article).text();
  }

  /** Groups of whole sentences of about {@link #CHUNK_TOKENS} tokens, in order. */
  private static List<List<CoreMap>> chunks(List<CoreMap> sentences) {
    List<List<CoreMap>> out = new ArrayList<>();
    List<CoreMap> chunk = new ArrayList<>();
    int size = 0;
    for (CoreMap s : sentences) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (!chunk.isEmpty() && size + n > CHUNK_TOKENS) {
        out.add(chunk);
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(s);
      size += n;
    }
    if (!chunk.isEmpty()) {
      out.add(chunk);
    }
    return out;
  }

  private static Annotation annotation(String text, List<CoreMap> sentences, String date) {
    Annotation doc = new Annotation(text);
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap s : sentences) {
      all.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    doc.set(CoreAnnotations.TokensAnnotation.class, all);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return doc;
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
