package org.dossier.export;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a Parquet file back with the Parquet library alone (its file reader and example record converter), as
 * a test oracle independent of the writer.
 */
final class ParquetFiles {
  record Content(MessageType schema, List<Group> rows, Map<String, String> metadata) {}

  /**
   * {@code ParquetFileReader.open(InputFile, ParquetReadOptions)} by its exact signature: a direct call needs
   * Hadoop to compile, since javac must rule out the overload {@code open(Configuration, Path)}.
   */
  private static final MethodHandle OPEN;

  static {
    try {
      OPEN = MethodHandles.publicLookup().findStatic(ParquetFileReader.class, "open",
          MethodType.methodType(ParquetFileReader.class, InputFile.class, ParquetReadOptions.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ParquetFiles() {}

  private static ParquetFileReader open(Path file, ParquetReadOptions options) throws IOException {
    try {
      return (ParquetFileReader) OPEN.invoke((InputFile) new LocalInputFile(file), options);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  static Content read(Path file) throws IOException {
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withCodecFactory(new SnappyCodecFactory())
        .build();
    try (ParquetFileReader reader = open(file, options)) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
      List<Group> rows = new ArrayList<>();
      PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
            .getRecordReader(rowGroup, new GroupRecordConverter(schema));
        for (long i = 0; i < rowGroup.getRowCount(); i++) {
          rows.add(records.read());
        }
      }
      return new Content(schema, rows, metadata);
    }
  }
}
