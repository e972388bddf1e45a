package org.dossier.export;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An export table: a name ({@code events}, {@code statements}) and its columns, taken from the components of a
 * row record in declaration order, so a column can never be missing from one format and present in another.
 * Immutable and thread-safe.
 *
 * @param <R> the row record
 */
public record Table<R extends Record>(String name, Class<R> rowType, List<Column> columns) {

  public Table {
    columns = List.copyOf(columns);
  }

  /** The table whose columns are the components of {@code rowType}, camelCase renamed to snake_case. */
  public static <R extends Record> Table<R> of(String name, Class<R> rowType) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    List<Column> columns = new ArrayList<>();
    for (RecordComponent c : rowType.getRecordComponents()) {
      try {
        columns.add(new Column(snakeCase(c.getName()), Column.Type.of(c.getType()), c.getType().isPrimitive(),
            lookup.unreflect(c.getAccessor())));
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException(rowType + " must be public to be exported", e);
      }
    }
    return new Table<>(name, rowType, columns);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
