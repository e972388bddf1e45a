package org.dossier.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.export.Column;
import org.dossier.export.Table;

/**
 * Dossier's export tables ({@link org.dossier.export.EventRow#TABLE}, {@link org.dossier.export.StatementRow#TABLE})
 * as Spark schemas and rows: the same columns, names, order, types and nullability as {@code dossier export
 * --format parquet} writes, taken from the table itself, never listed again here. Dates stay
 * {@link java.time.LocalDate}s, which Spark's {@code DateType} takes. Stateless and thread-safe.
 */
final class Tables {
  private Tables() {}

  /** The struct of one row of {@code table}: a field per column, nullable unless the column is required. */
  static StructType struct(Table<?> table) {
    List<StructField> fields = table.columns().stream()
        .map(c -> DataTypes.createStructField(c.name(), type(c.type()), !c.required()))
        .toList();
    return DataTypes.createStructType(fields);
  }

  /** One export row as a Spark row of {@link #struct}. */
  static <R extends Record> Row row(Table<R> table, R row) {
    List<Column> columns = table.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).valueOf(row);
    }
    return RowFactory.create(values);
  }

  static DataType type(Column.Type type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }
}
