package org.dossier.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs before every request. Adds the headers that make the page safe to show untrusted article text in (a
 * content security policy that allows only the server's own scripts and no inline code, no sniffing, no
 * framing), and refuses two kinds of requests from other sites: any request whose {@code Host} is not this
 * machine while the server listens on loopback (DNS rebinding), and a {@code POST} sent by a page of another
 * origin (cross-site request forgery of analyses). Thread-safe.
 */
final class RequestGuard {
  /** Scripts and styles from the server only; no inline script or event handler attribute can run. */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";
  /** Sent with every answer, errors of Jetty's own included ({@link JsonErrorHandler}). */
  static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", POLICY,
      "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** Decided once: for a host name, deciding looks the name up. */
  private final boolean loopbackOnly;

  RequestGuard(ServerConfig config) {
    this.loopbackOnly = config.loopbackOnly();
  }

  void check(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    String host = ctx.header("Host");
    if (loopbackOnly && !isLoopback(host)) {
      throw new RequestException.Forbidden("this server answers requests for localhost only");
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      String origin = ctx.header("Origin");
      if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
        throw new RequestException.Forbidden("posts from another site (" + origin + ") are refused");
      }
      if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
        throw new RequestException.Forbidden("posts from another site are refused");
      }
    }
  }

  /** Whether a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost") names this machine. */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > 0 && colon > h.lastIndexOf(']')) {
      h = h.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(h);
  }
}
