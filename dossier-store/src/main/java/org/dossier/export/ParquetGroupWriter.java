package org.dossier.export;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.GroupWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Builds Parquet writers of {@link Group}s like Parquet's {@code ExampleParquetWriter}, but with clean footer
 * metadata: no {@code writer.model.name: example} (the object model a reader would need is none, the file is
 * plain columns), and the key-value pairs given instead. Only the {@link ParquetConfiguration} path is used; the
 * Hadoop overload exists because the base class declares it, and is never called.
 */
final class ParquetGroupWriter extends ParquetWriter.Builder<Group, ParquetGroupWriter> {
  private final MessageType schema;
  private final Map<String, String> metadata;

  private ParquetGroupWriter(OutputFile file, MessageType schema, Map<String, String> metadata) {
    super(file);
    this.schema = schema;
    this.metadata = Map.copyOf(metadata);
  }

  /** A builder for {@code file} with this schema and these footer key-value pairs. */
  static ParquetGroupWriter builder(OutputFile file, MessageType schema, Map<String, String> metadata) {
    return new ParquetGroupWriter(file, schema, metadata);
  }

  @Override
  protected ParquetGroupWriter self() {
    return this;
  }

  @Override
  protected WriteSupport<Group> getWriteSupport(ParquetConfiguration conf) {
    return new PlainGroupWriteSupport(schema, metadata);
  }

  @Override
  protected WriteSupport<Group> getWriteSupport(Configuration conf) {
    throw new UnsupportedOperationException("Dossier writes Parquet without Hadoop");
  }

  /** Writes groups of one schema; names no object model ({@link WriteSupport#getName()} is null). */
  private static final class PlainGroupWriteSupport extends WriteSupport<Group> {
    private final MessageType schema;
    private final Map<String, String> metadata;
    private GroupWriter writer;

    PlainGroupWriteSupport(MessageType schema, Map<String, String> metadata) {
      this.schema = schema;
      this.metadata = metadata;
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, metadata);
    }

    @Override
    public WriteContext init(Configuration conf) {
      return new WriteContext(schema, metadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer consumer) {
      writer = new GroupWriter(consumer, schema);
    }

    @Override
    public void write(Group record) {
      writer.write(record);
    }
  }
}
