package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.dossier.json.Json;
import org.dossier.store.Store;

/**
 * {@code dossier serve}: the REST API (JSON, described at {@code /openapi.json}) and the analyst's web page over
 * one store, on Javalin. The store is only read (open it with {@link Store#openReadOnly}); it is refreshed every
 * {@link ServerConfig#refreshInterval} so a concurrent ingest shows up. {@code POST /api/extract} analyses text
 * on a bounded {@link AnalysisQueue} and stores nothing. Every failure is answered by {@link ErrorMapper} as a
 * JSON error without a stack trace.
 *
 * <p>Thread-safe; {@link #close} stops the server, the analysis pool and the refresher, but not the store, which
 * belongs to the caller.
 */
public final class DossierServer implements AutoCloseable {
  /** The classpath folder of the web page (index.html, style.css, and app.js bundled by esbuild). */
  static final String WEB = "/org/dossier/server/web";
  /** The OpenAPI 3.0 description of the API, served at {@code /openapi.json}. */
  static final String OPENAPI = "/org/dossier/server/openapi.json";

  /** One endpoint: method and path as Javalin writes them ({@code /api/articles/{id}}). */
  public record Route(HandlerType method, String path) {}

  private final Javalin app;
  private final ServerConfig config;
  private final AnalysisQueue queue;
  private final StoreRefresher refresher;
  private final List<Route> routes;

  private DossierServer(Javalin app, ServerConfig config, AnalysisQueue queue, StoreRefresher refresher,
      List<Route> routes) {
    this.app = app;
    this.config = config;
    this.queue = queue;
    this.refresher = refresher;
    this.routes = List.copyOf(routes);
  }

  /**
   * Starts serving {@code store} on {@code config}'s host and port.
   *
   * @param analyser what {@code POST /api/extract} runs; called from the analysis threads
   * @throws RuntimeException when the port cannot be bound
   */
  public static DossierServer start(Store store, Analyser analyser, ServerConfig config) {
    AnalysisQueue queue = new AnalysisQueue(analyser, config.threads(), config.queue());
    StoreRefresher refresher = new StoreRefresher(store, config);
    try {
      StoreApi read = new StoreApi(store, config, queue);
      ExportApi export = new ExportApi(store);
      ExtractApi extract = new ExtractApi(queue, config);
      RequestGuard guard = new RequestGuard(config);
      Javalin app = Javalin.create(c -> {
        c.showJavalinBanner = false;
        c.startupWatcherEnabled = false;
        c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        c.http.maxRequestSize = config.maxBodyBytes();
        c.jetty.defaultHost = config.host();
        c.jetty.defaultPort = config.port();
        c.router.ignoreTrailingSlashes = true;
        HttpLimits.apply(c);
        c.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = WEB;
          files.location = Location.CLASSPATH;
        });
      });
      app.before(guard::check);
      List<Route> routes = new ArrayList<>();
      add(app, routes, HandlerType.GET, "/openapi.json", DossierServer::openApi);
      add(app, routes, HandlerType.GET, "/api/stats", read::stats);
      add(app, routes, HandlerType.GET, "/api/search", read::search);
      add(app, routes, HandlerType.GET, "/api/types", read::types);
      add(app, routes, HandlerType.GET, "/api/articles/{id}", read::article);
      add(app, routes, HandlerType.GET, "/api/stories/{id}", read::story);
      add(app, routes, HandlerType.GET, "/api/actors/{actor}", read::actor);
      add(app, routes, HandlerType.GET, "/api/timeline", read::timeline);
      add(app, routes, HandlerType.GET, "/api/network", read::network);
      add(app, routes, HandlerType.GET, "/api/export", export::export);
      add(app, routes, HandlerType.POST, "/api/extract", extract::extract);
      app.exception(Exception.class, (e, ctx) -> respond(ctx, ErrorMapper.map(e)));
      // Javalin's own 404 and 405 for paths and methods without a route (plain text), as JSON like every other error
      for (int status : new int[] {404, 405}) {
        app.error(status, ctx -> {
          String type = ctx.res().getContentType();
          if (type == null || !type.startsWith("application/json")) {
            respond(ctx, ErrorMapper.ApiError.of(status, status == 404
                ? "no such path: " + ctx.path() : ctx.method() + " is not allowed on " + ctx.path()));
          }
        });
      }
      app.start();
      return new DossierServer(app, config, queue, refresher, routes);
    } catch (RuntimeException e) {
      queue.close();
      refresher.close();
      throw e;
    }
  }

  /** The port the server listens on (the one picked when the config said 0). */
  public int port() {
    return app.port();
  }

  /** The address of the web page, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = config.host();
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Every API route, in the order registered; the OpenAPI description must list each one. */
  public List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      queue.close();
      refresher.close();
    }
  }

  private static void add(Javalin app, List<Route> routes, HandlerType method, String path, Handler handler) {
    app.addHttpHandler(method, path, handler);
    routes.add(new Route(method, path));
  }

  private static void openApi(Context ctx) {
    InputStream in = DossierServer.class.getResourceAsStream(OPENAPI);
    if (in == null) {
      throw new IllegalStateException(OPENAPI + " is missing from the jar");
    }
    ctx.contentType("application/json").result(in);
  }

  private static void respond(Context ctx, ErrorMapper.ApiError error) {
    String retry = ErrorMapper.retryAfter(error);
    if (retry != null) {
      ctx.header("Retry-After", retry);
    }
    ctx.status(error.status()).json(error);
  }
}
