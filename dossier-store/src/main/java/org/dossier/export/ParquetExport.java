package org.dossier.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.dossier.model.DossierRecord;

/**
 * Tables as Parquet files ({@code pandas.read_parquet}, R's {@code arrow::read_parquet}): one flat column per
 * table column, strings as UTF-8 {@code BINARY (STRING)}, INT32, INT64, DOUBLE, BOOLEAN, dates as
 * {@code INT32 (DATE)}; nullable columns {@code OPTIONAL} (null is absent), primitive ones {@code REQUIRED}.
 * Pages are Snappy-compressed; the footer names the table and the record schema version, and no object model.
 * Written through Parquet's {@link LocalOutputFile} and a plain configuration, so no Hadoop class is loaded.
 * Thread-safe; each sink is not.
 */
public final class ParquetExport {
  public static final String EXTENSION = ".parquet";

  /** Footer key naming the table ({@code events}, {@code statements}, {@code articles}). */
  public static final String TABLE_KEY = "dossier.table";
  /** Footer key holding the Dossier record schema version the rows were flattened from. */
  public static final String SCHEMA_KEY = "dossier.schema";

  private ParquetExport() {}

  /** {@code TABLE.parquet} in {@code dir} (which must exist), replacing any file of that name. */
  public static <R extends Record> RowSink<R> open(Table<R> table, Path dir) throws IOException {
    return open(table, dir, CompressionCodecName.SNAPPY);
  }

  static <R extends Record> RowSink<R> open(Table<R> table, Path dir, CompressionCodecName codec)
      throws IOException {
    MessageType schema = schema(table);
    Path file = dir.resolve(table.name() + EXTENSION);
    Map<String, String> metadata = Map.of(TABLE_KEY, table.name(),
        SCHEMA_KEY, String.valueOf(DossierRecord.SCHEMA_VERSION));
    ParquetWriter<Group> writer = ParquetGroupWriter.builder(new LocalOutputFile(file), schema, metadata)
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new SnappyCodecFactory())
        .withCompressionCodec(codec)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    List<Column> columns = table.columns();
    return new RowSink<>() {
      @Override
      public void write(R row) throws IOException {
        Group g = groups.newGroup();
        for (int i = 0; i < columns.size(); i++) {
          add(g, i, columns.get(i).valueOf(row));
        }
        writer.write(g);
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }

  /** The Parquet schema of a table; the message is named after the table. */
  public static MessageType schema(Table<?> table) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (Column c : table.columns()) {
      Repetition repetition = c.required() ? Repetition.REQUIRED : Repetition.OPTIONAL;
      switch (c.type()) {
        case STRING -> message.primitive(PrimitiveTypeName.BINARY, repetition)
            .as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> message.primitive(PrimitiveTypeName.INT32, repetition).named(c.name());
        case LONG -> message.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
        case DOUBLE -> message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(c.name());
        case BOOLEAN -> message.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(c.name());
        case DATE -> message.primitive(PrimitiveTypeName.INT32, repetition)
            .as(LogicalTypeAnnotation.dateType()).named(c.name());
      }
    }
    return message.named(table.name());
  }

  /** Adds a value; a null is left out, which an OPTIONAL field reads back as null. */
  private static void add(Group g, int field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      g.add(field, s);
    } else if (value instanceof Integer i) {
      g.add(field, i);
    } else if (value instanceof Long l) {
      g.add(field, l);
    } else if (value instanceof Double d) {
      g.add(field, d);
    } else if (value instanceof Boolean b) {
      g.add(field, b);
    } else if (value instanceof LocalDate d) {
      g.add(field, Math.toIntExact(d.toEpochDay()));
    } else {
      throw new IllegalArgumentException("no Parquet value for " + value.getClass().getName());
    }
  }
}
