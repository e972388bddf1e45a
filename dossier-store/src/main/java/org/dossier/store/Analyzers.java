package org.dossier.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The store's analysis: English (stop words, Porter stems) for text, plain folded words for names. */
final class Analyzers {
  /** The analysis of every field; thread-safe, as Lucene analyzers are. */
  static final Analyzer STORE = forStore();

  private Analyzers() {}

  private static Analyzer forStore() {
    Analyzer names = names();
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.of(Fields.SPEAKER, names, Fields.ACTOR, names));
  }

  /**
   * Names keep every word ("Al", "of") but ignore case and accents: "Zelenskyy" = "ZELENSKYY", "Erdoğan" =
   * "Erdogan".
   */
  static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, folded);
      }

      /** Keeps a phrase from matching across two names of one document ("Sergey" + "Lavrov Jr."). */
      @Override
      public int getPositionIncrementGap(String field) {
        return 100;
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
