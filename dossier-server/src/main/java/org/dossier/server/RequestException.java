package org.dossier.server;

/**
 * A request the server refuses, with a message meant for the client. The subclasses say why; {@link ErrorMapper}
 * alone turns them into statuses, so handlers never pick status codes. Unchecked: handlers throw and Javalin
 * routes the exception to the mapper.
 */
public abstract class RequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private RequestException(String message) {
    super(message, null, false, false); // no stack trace: these are answers, not bugs
  }

  /** A parameter or body the API cannot use: a bad date, an unknown kind, an unreadable article. */
  public static final class BadRequest extends RequestException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(message);
    }
  }

  /** No such article, or a path the API does not have. */
  public static final class NotFound extends RequestException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }
  }

  /** A body over {@link ServerConfig#maxBodyBytes}, or holding more articles than one request may. */
  public static final class TooLarge extends RequestException {
    private static final long serialVersionUID = 1L;

    public TooLarge(String message) {
      super(message);
    }
  }

  /** Every analysis thread is busy and the queue is full: try again shortly. */
  public static final class Busy extends RequestException {
    private static final long serialVersionUID = 1L;

    public Busy(int queue) {
      super("the analysis queue is full (" + queue + " waiting); retry in a few seconds");
    }

    public Busy(String message) {
      super(message);
    }
  }

  /** A body that arrived too slowly or stalled: its reads timed out. */
  public static final class TooSlow extends RequestException {
    private static final long serialVersionUID = 1L;

    public TooSlow(String message) {
      super(message);
    }
  }

  /** A request from another site or for another host name (cross-site posts, DNS rebinding). */
  public static final class Forbidden extends RequestException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
      super(message);
    }
  }
}
