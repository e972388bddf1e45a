package org.dossier.corenlp;

import java.util.Properties;

/**
 * The CoreNLP settings Dossier runs with, chosen by measurement (see README, "Speed"): the CoNLL 4-class NER
 * model alone (no SUTime, no numeric or fine-grained classifiers: together they cost more than the parse and
 * Dossier types actors with its own dictionary), the UD dependency parser, and paragraph breaks as sentence
 * breaks.
 */
public final class CoreNlpOptions {
  /** Annotators before the parse; the parse runs separately, only on the sentences a policy selects. */
  public static final String TAGGING = "tokenize,ssplit,pos,lemma,ner";

  public static final String PARSING = "depparse";

  private CoreNlpOptions() {}

  /** Properties of the tagging pipeline (and, with {@code depparse} appended, of the plain baseline). */
  public static Properties tagging() {
    Properties p = new Properties();
    p.setProperty("annotators", TAGGING);
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // keep ASCII quotes as written: the statement extractor needs to see them
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("depparse.extradependencies", "NONE");
    p.setProperty("threads", "1");
    return p;
  }

  /** Properties of the tokenizer and sentence splitter alone, the first step of {@link #tagging()}. */
  public static Properties tokenizing() {
    Properties p = tagging();
    p.setProperty("annotators", "tokenize,ssplit");
    return p;
  }

  /** Properties of the rest of {@link #tagging()}, on sentences {@link #tokenizing()} made. */
  public static Properties taggingTokens() {
    Properties p = tagging();
    p.setProperty("annotators", "pos,lemma,ner");
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  /** Properties of a pipeline that only parses sentences already tagged by {@link #tagging()}. */
  public static Properties parsing() {
    Properties p = tagging();
    p.setProperty("annotators", PARSING);
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  /** The same annotators as one plain CoreNLP pipeline that parses every sentence: the bench baseline. */
  public static Properties plain() {
    Properties p = tagging();
    p.setProperty("annotators", TAGGING + "," + PARSING);
    return p;
  }
}
