package org.dossier.read;

import java.util.Objects;

/**
 * An input item that cannot become an article, with a reason meant for the analyst ("empty", "binary content,
 * not text", "no text"...). Unchecked so it can cross lambdas and pipeline stages; callers turn it into a
 * {@link Problem} with {@link #problem()} and carry on with the rest of the batch.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String item;
  private final String reason;

  public BadInputException(String item, String reason) {
    super(reason); // the message is the reason alone, so callers can quote it next to their own item name
    this.item = Objects.requireNonNull(item, "item");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public String item() {
    return item;
  }

  public String reason() {
    return reason;
  }

  /** The bad item as a problem record for a {@link Sink}. */
  public Problem problem() {
    return new Problem(item, reason);
  }
}
