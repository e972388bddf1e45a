package org.dossier.export;

import java.lang.invoke.MethodHandle;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One column of an export table: its snake_case name as pandas and R see it, its type, and how to read its
 * value from a row. Immutable and thread-safe.
 *
 * @param name the column name, e.g. {@code source_country}
 * @param type what the values are; every writer maps it to its own notion (CSV text, JSON number, Parquet type)
 * @param required true when the value is never null (a primitive component of the row record)
 * @param accessor the row record's accessor for this column
 */
public record Column(String name, Type type, boolean required, MethodHandle accessor) {

  /** Value types of export columns, with the Java class a row holds for each. */
  public enum Type {
    STRING(String.class), INT(Integer.class), LONG(Long.class), DOUBLE(Double.class), BOOLEAN(Boolean.class),
    /** An ISO date; written as {@code YYYY-MM-DD} text in CSV and JSON, as a Parquet DATE. */
    DATE(LocalDate.class);

    private final Class<?> javaType;

    Type(Class<?> javaType) {
      this.javaType = javaType;
    }

    /** The type that holds values of {@code c}, a boxed or primitive Java class. */
    static Type of(Class<?> c) {
      Class<?> boxed = c == int.class ? Integer.class : c == long.class ? Long.class
          : c == double.class ? Double.class : c == boolean.class ? Boolean.class : c;
      for (Type t : values()) {
        if (t.javaType == boxed) {
          return t;
        }
      }
      throw new IllegalArgumentException("no export column type for " + c.getName());
    }
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(accessor, "accessor");
  }

  /** The value of this column in {@code row}: null, or an instance of the type's Java class. */
  public Object valueOf(Object row) {
    try {
      return accessor.invoke(row);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("cannot read column " + name, t);
    }
  }
}
