package org.dossier.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.export.EventRow;
import org.dossier.export.Rows;
import org.dossier.export.StatementRow;
import org.dossier.json.Json;
import org.dossier.model.Article;
import org.dossier.model.DossierRecord;
import org.dossier.pipeline.Extractor;
import org.dossier.pipeline.PipelineSpec;
import org.dossier.text.Deduplicator;
import org.dossier.text.Duplicate;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The extraction of one partition: each {@link Reads} row becomes one outcome row, a record or a reject, in the
 * partition's order and lazily, with the executor's one pipeline ({@link ExecutorPipeline}). Duplicates are
 * found by one {@link Deduplicator} per partition; partitions are hashed by article id, so exact duplicates
 * meet whichever files they came from, near ones only when they share a partition. A failed analysis rejects its
 * article and the task goes on. Thread-safe: each call has its own state.
 */
final class Extraction implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * {@code item, article_id, record, reason, events, statements}: a record (schema-v1 JSON) with its export rows,
   * or a reject with its reason; the rows are empty unless asked for.
   */
  static final StructType SCHEMA = new StructType()
      .add("item", DataTypes.StringType, false)
      .add("article_id", DataTypes.StringType, true)
      .add("record", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("events", DataTypes.createArrayType(Tables.struct(EventRow.TABLE), false), false)
      .add("statements", DataTypes.createArrayType(Tables.struct(StatementRow.TABLE), false), false);

  private final Counters counters;
  private final boolean dedup;
  private final boolean tables;
  private final PipelineSpec pipeline;

  /**
   * @param dedup whether to skip duplicates
   * @param tables whether to add the events and statements rows (for Parquet)
   * @param pipeline what the executor's pipeline is built from
   */
  Extraction(Counters counters, boolean dedup, boolean tables, PipelineSpec pipeline) {
    this.counters = counters;
    this.dedup = dedup;
    this.tables = tables;
    this.pipeline = pipeline;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Extractor extractor = ExecutorPipeline.extractor(pipeline);
    Deduplicator seen = dedup ? new Deduplicator() : null;
    return Iterators.transform(rows, r -> outcome(extractor, seen, r));
  }

  private Row outcome(Extractor extractor, Deduplicator seen, Row in) {
    String item = Reads.item(in);
    Article article = Reads.articleOf(in);
    if (article == null) {
      return reject(item, Reads.reason(in));
    }
    counters.articles.add(1);
    Optional<Duplicate> dup = seen == null ? Optional.empty() : seen.check(article);
    if (dup.isPresent()) {
      counters.duplicates.add(1);
      return reject(item, dup.get().toString());
    }
    DossierRecord record;
    try {
      record = extractor.extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      return reject(item, "analysis failed: " + Reads.reasonOf(e));
    }
    counters.records.add(1);
    counters.statements.add(record.statements().size());
    counters.events.add(record.events().size());
    List<Row> events = List.of();
    List<Row> statements = List.of();
    if (tables) {
      Rows rows = Rows.of(record);
      events = rows.events().stream().map(e -> Tables.row(EventRow.TABLE, e)).toList();
      statements = rows.statements().stream().map(s -> Tables.row(StatementRow.TABLE, s)).toList();
    }
    return RowFactory.create(item, record.id(), Json.write(record, false), null, seq(events), seq(statements));
  }

  private Row reject(String item, String reason) {
    counters.rejects.add(1);
    return RowFactory.create(item, null, null, reason, seq(List.of()), seq(List.of()));
  }

  /** An array column's value: Spark's row encoder takes Scala sequences, not Java lists. */
  private static Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows).toSeq();
  }
}
