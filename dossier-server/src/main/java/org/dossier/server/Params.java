package org.dossier.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dossier.store.Filters;
import org.dossier.store.Search;
import org.dossier.store.Timeline.Period;

/**
 * Query parameters read into the store's types, each bad value a {@link RequestException.BadRequest} that names
 * the parameter. Lengths are bounded: the query parser's work grows with its input. Stateless.
 */
final class Params {
  /** Longer than any search a person types; a longer one is a script stuffing the parser. */
  static final int MAX_TEXT = 1000;
  /** Names, codes, ids and outlets are short. */
  static final int MAX_NAME = 200;

  private Params() {}

  /**
   * The search filters: {@code q}, {@code speaker}, {@code actor}, {@code type}, {@code from}, {@code to},
   * {@code country}, {@code kind}, {@code outlet}.
   */
  static Filters filters(Context ctx) {
    try {
      return new Filters(text(ctx, "q", MAX_TEXT), text(ctx, "speaker", MAX_NAME), text(ctx, "actor", MAX_NAME),
          text(ctx, "type", MAX_NAME), date(ctx, "from"), date(ctx, "to"), text(ctx, "country", MAX_NAME),
          kind(ctx), text(ctx, "outlet", MAX_NAME));
    } catch (IllegalArgumentException e) {
      throw new RequestException.BadRequest(e.getMessage().replace("--", "")); // "to ... is before from ..."
    }
  }

  /** A parameter's value, stripped; null when absent or blank. */
  static String text(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw new RequestException.BadRequest(name + " is longer than " + max + " characters");
    }
    return v.strip();
  }

  /** An ISO date (YYYY-MM-DD), or null. */
  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name, MAX_NAME);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new RequestException.BadRequest(name + " must be a date as YYYY-MM-DD, was " + v);
    }
  }

  /** An integer within {@code [min, max]}, or {@code fallback} when absent. */
  static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name, 20);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new RequestException.BadRequest(name + " must be " + min + " to " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new RequestException.BadRequest(name + " must be a whole number, was " + v);
    }
  }

  /** {@code true}/{@code 1}/{@code yes} or {@code false}/{@code 0}/{@code no}; false when absent. */
  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name, 10);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new RequestException.BadRequest(name + " must be true or false, was " + v);
    };
  }

  /** {@code by}: week or month (the default). */
  static Period period(Context ctx) {
    String v = text(ctx, "by", 10);
    try {
      return v == null ? Period.MONTH : Period.parse(v);
    } catch (IllegalArgumentException e) {
      throw new RequestException.BadRequest("by must be week or month, was " + v);
    }
  }

  /** {@code sort}: relevance (the default: best match first with words, else newest), newest or oldest. */
  static Search.Order order(Context ctx) {
    String v = text(ctx, "sort", 20);
    try {
      return Search.Order.of(v);
    } catch (IllegalArgumentException e) {
      throw new RequestException.BadRequest("sort must be relevance, newest or oldest, was " + v);
    }
  }

  /** A path parameter, required and bounded. */
  static String path(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (v.isBlank() || v.length() > MAX_NAME) {
      throw new RequestException.BadRequest(name + " must be 1 to " + MAX_NAME + " characters");
    }
    return v.strip();
  }

  private static Filters.Kind kind(Context ctx) {
    String v = text(ctx, "kind", 20);
    try {
      return v == null ? null : Filters.Kind.parse(v);
    } catch (IllegalArgumentException e) {
      throw new RequestException.BadRequest("kind must be statement, event or article, was " + v);
    }
  }
}
