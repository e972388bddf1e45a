package org.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dossier.store.Filters.Kind;

/**
 * {@link Filters} as Lucene queries: the free text parsed with the classic query parser over the full-text fields
 * and the names of speakers and actors (words are ANDed; quotes, OR, NOT, -word and word* work; input the parser
 * refuses is searched as plain words), each filter a non-scoring clause. Stateless and thread-safe.
 */
public final class Queries {
  /** Words may also name who speaks or acts: "Lavrov peacekeepers" finds what Lavrov said about peacekeepers. */
  private static final String[] TEXT_FIELDS = {Fields.TEXT, Fields.TITLE, Fields.CONTEXT, Fields.ACTOR};
  /** The title says what an article is about; the sentence around a statement only hints at it. */
  private static final Map<String, Float> BOOSTS =
      Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f, Fields.CONTEXT, 0.4f, Fields.ACTOR, 1f);
  /** Field prefixes and regular expressions are parser syntax nobody means in a news search ("Lavrov: no"). */
  private static final Pattern NOT_SYNTAX = Pattern.compile("[:/]");
  /** An actor code, or the start of one: RUS, RUSGOV, IGOUNO. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{3,12}");

  private Queries() {}

  /** Text and filters together; matches everything when {@code filters} is {@link Filters#NONE}. */
  public static Query of(Filters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query text = text(f.query());
    b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
    b.add(StoryIndex.kindQuery(), Occur.MUST_NOT); // story documents are found by story id, never by search
    if (f.kind() != null) {
      b.add(kind(f.kind()), Occur.FILTER);
    }
    if (blank(f.speaker()) != null) {
      b.add(kind(Kind.STATEMENT), Occur.FILTER);
      b.add(party(Fields.SPEAKER, Fields.SPEAKER_CODE, f.speaker()), Occur.FILTER);
    }
    if (blank(f.actor()) != null) {
      b.add(party(Fields.ACTOR, Fields.ACTOR_CODE, f.actor()), Occur.FILTER);
    }
    if (blank(f.type()) != null) {
      b.add(new TermQuery(new Term(Fields.TYPE, Documents.code(f.type()))), Occur.FILTER);
    }
    if (f.from() != null || f.to() != null) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
    }
    if (blank(f.country()) != null) {
      b.add(new TermQuery(new Term(Fields.COUNTRY, Documents.code(f.country()))), Occur.FILTER);
    }
    if (blank(f.outlet()) != null) {
      b.add(new TermQuery(new Term(Fields.OUTLET, f.outlet().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    return b.build();
  }

  /** The free text as a scoring query over the full-text fields, or null when there is none. */
  public static Query text(String query) {
    String q = blank(query);
    if (q == null) {
      return null;
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, Analyzers.STORE, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    String cleaned = NOT_SYNTAX.matcher(q).replaceAll(" ");
    try {
      return parser.parse(cleaned);
    } catch (ParseException | IllegalArgumentException unbalanced) {
      try {
        return parser.parse(QueryParser.escape(cleaned));
      } catch (ParseException e) {
        // nothing a word search can match (only operators): match nothing rather than fail
        return new MatchNoDocsQuery("unparseable: " + q);
      }
    }
  }

  static Query kind(Kind kind) {
    return Store.kindQuery(kind);
  }

  /**
   * A party by name or code: the words as a phrase among the names ("Lavrov" finds "Sergey Lavrov"), or an actor
   * code and the codes it starts ("RUS" finds RUS, RUSGOV, RUSMIL).
   */
  static Query party(String nameField, String codeField, String value) {
    String v = value.strip();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> words = words(nameField, v);
    if (words.size() == 1) {
      b.add(new TermQuery(new Term(nameField, words.get(0))), Occur.SHOULD);
    } else if (words.size() > 1) {
      b.add(new PhraseQuery(nameField, words.toArray(String[]::new)), Occur.SHOULD);
    }
    if (CODE.matcher(v).matches()) {
      b.add(new PrefixQuery(new Term(codeField, v.toUpperCase(Locale.ROOT))), Occur.SHOULD);
    }
    return b.build();
  }

  private static List<String> words(String field, String text) {
    List<String> words = new ArrayList<>();
    Analyzer names = Analyzers.STORE;
    try (TokenStream ts = names.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
