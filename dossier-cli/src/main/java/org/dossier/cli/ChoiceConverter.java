package org.dossier.cli;

import java.util.function.Function;
import picocli.CommandLine;

/** Converts an option value with a parse function, naming the accepted choices when it fails. */
abstract class ChoiceConverter<T> implements CommandLine.ITypeConverter<T> {
  private final Function<String, T> parse;
  private final String choices;

  ChoiceConverter(Function<String, T> parse, String choices) {
    this.parse = parse;
    this.choices = choices;
  }

  @Override
  public T convert(String value) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("must be " + choices + ", was " + value);
    }
  }
}
