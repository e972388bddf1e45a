package org.dossier.export;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Tables as Parquet files ({@code pandas.read_parquet}, R's {@code arrow::read_parquet}): one flat column per
 * table column, strings as UTF-8 {@code BINARY (STRING)}, INT32, INT64, DOUBLE, BOOLEAN, dates as
 * {@code INT32 (DATE)}; nullable columns {@code OPTIONAL} (null is absent), primitive ones {@code REQUIRED}.
 * Pages are Snappy-compressed. Written through Parquet's {@link LocalOutputFile} and a plain configuration, so
 * no Hadoop class is loaded. Thread-safe; each sink is not.
 */
public final class ParquetExport {
  public static final String EXTENSION = ".parquet";

  private static final MethodHandle WITH_CONF = withConfHandle();

  private ParquetExport() {}

  private static MethodHandle withConfHandle() {
    try {
      return MethodHandles.publicLookup().findVirtual(ParquetWriter.Builder.class, "withConf",
          MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** {@code TABLE.parquet} in {@code dir} (which must exist), replacing any file of that name. */
  public static <R extends Record> RowSink<R> open(Table<R> table, Path dir) throws IOException {
    return open(table, dir, CompressionCodecName.SNAPPY);
  }

  static <R extends Record> RowSink<R> open(Table<R> table, Path dir, CompressionCodecName codec)
      throws IOException {
    MessageType schema = schema(table);
    Path file = dir.resolve(table.name() + EXTENSION);
    ParquetWriter<Group> writer = withPlainConf(ExampleParquetWriter.builder().withFile(new LocalOutputFile(file)))
        .withType(schema)
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

  /**
   * Sets a Hadoop-free configuration. Without one the builder makes a Hadoop {@code Configuration}; and a direct
   * call of {@code withConf} needs Hadoop to compile (javac must see both overloads; the same holds for {@code
   * builder(OutputFile)}, hence {@code withFile}), so it is called by its exact signature.
   */
  private static ExampleParquetWriter.Builder withPlainConf(ExampleParquetWriter.Builder builder) {
    try {
      return (ExampleParquetWriter.Builder) WITH_CONF.invoke(builder, new PlainParquetConfiguration());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
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
