package org.dossier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.json.Json;
import org.dossier.model.Article;
import org.dossier.model.Source;
import org.dossier.read.Draft;
import org.dossier.read.Problem;
import org.dossier.read.Sink;
import org.dossier.text.Normaliser;

/**
 * What reading produces, one row per item: a normalised article (as JSON, so it crosses the shuffle with any
 * Spark serializer) or a bad item with its reason. Stateless and thread-safe.
 */
final class Reads {
  /** {@code item, article_id, article, reason}: the last is null for articles, the middle two for bad items. */
  static final StructType SCHEMA = new StructType()
      .add("item", DataTypes.StringType, false)
      .add("article_id", DataTypes.StringType, true)
      .add("article", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  private Reads() {}

  static Row article(Article a) {
    try {
      return RowFactory.create(itemOf(a.source()), a.id(), Json.MAPPER.writeValueAsString(a), null);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Row problem(Problem p) {
    return RowFactory.create(p.item(), null, null, p.reason());
  }

  static String item(Row r) {
    return r.getString(0);
  }

  /** The article of a row, or null for a bad item. */
  static Article articleOf(Row r) {
    String json = r.getString(2);
    if (json == null) {
      return null;
    }
    try {
      return Json.MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String reason(Row r) {
    return r.getString(3);
  }

  /**
   * A sink that normalises each draft (as {@code dossier extract} does) and passes a row per article or bad
   * item to {@code out}, from the reader's thread.
   */
  static Sink sink(Consumer<Row> out) {
    return new Sink() {
      @Override
      public void draft(Draft d) {
        Article a;
        try {
          a = Normaliser.normalise(d);
        } catch (RuntimeException e) {
          // BadInputException says why ("no text"); anything else is a normaliser bug on this one item
          out.accept(Reads.problem(new Problem(itemOf(d.source()), reasonOf(e))));
          return;
        }
        out.accept(article(a));
      }

      @Override
      public void problem(Problem p) {
        out.accept(Reads.problem(p));
      }
    };
  }

  /**
   * A sink that reports everything under {@code item}: a line of a JSON Lines file is read on its own, and the
   * reader's name for it (its line 1) must become the line's place in the file.
   */
  static Sink renamed(String item, Sink sink) {
    return new Sink() {
      @Override
      public void draft(Draft d) {
        String url = d.source() == null ? null : d.source().url();
        sink.draft(new Draft(d.title(), d.published(), d.outlet(), d.dateline(), d.language(),
            new Source(item, url), d.parts()));
      }

      @Override
      public void problem(Problem p) {
        sink.problem(new Problem(item, p.reason()));
      }
    };
  }

  /** The name an article is reported under: its path (with record locator), else its URL. */
  static String itemOf(Source s) {
    if (s == null) {
      return "-";
    }
    return s.path() != null ? s.path() : String.valueOf(s.url());
  }

  static String reasonOf(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
