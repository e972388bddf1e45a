package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dossier.server.Analyser;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier serve}: the REST API and the web page over a store until interrupted (Ctrl-C). The store is
 * read-only and refreshed, so {@code dossier ingest} can add to it meanwhile; the language models for
 * {@code POST /api/extract} load in the background once, so searching works from the first second.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store: a web page to search it, read articles with their statements and events "
        + "highlighted, follow actors over time and see who acts on whom, and a JSON API (described at "
        + "/openapi.json) that also analyses posted text without storing it. Listens on 127.0.0.1 only unless "
        + "--host says otherwise; there is no authentication. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", paramLabel = "H",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the API to the network).")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "P", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--queue", paramLabel = "N",
      description = "Analyses that may wait for a thread; more get 429 (default: ${DEFAULT-VALUE}).")
  int queue = ServerConfig.DEFAULT_QUEUE;

  @Mixin
  StoreOptions store;

  @Mixin
  PipelineOptions options;

  @Spec
  CommandSpec spec;

  /** Counted down to stop the server: by the shutdown hook on Ctrl-C, or by a test. */
  final CountDownLatch stop = new CountDownLatch(1);
  /** Counted down once the server and store are closed, which the shutdown hook waits for. */
  private final CountDownLatch closed = new CountDownLatch(1);

  /** What analyses posted text; the real pipeline unless a test puts a fake here. */
  Supplier<Analyser> pipeline = () -> options.extractor()::extract;

  @Override
  public Integer call() throws Exception {
    ServerConfig config = config();
    PrintWriter err = spec.commandLine().getErr();
    if (!config.loopbackOnly()) {
      err.println("dossier: listening on " + config.host() + ": whoever can reach it can read the store and run "
          + "analyses (there is no authentication)");
    }
    Thread hook = stopOnShutdown();
    try (Store s = store.openForReading()) {
      CompletableFuture<Analyser> models = CompletableFuture.supplyAsync(pipeline, runnable -> {
        Thread t = new Thread(runnable, "dossier-load-models");
        t.setDaemon(true); // Ctrl-C during loading must not wait for it
        t.start();
      });
      models.whenComplete((ready, failure) -> {
        if (failure != null) { // the server goes on searching; each analysis will answer 500
          err.println("dossier: cannot load the pipeline for /api/extract: " + failure.getCause().getMessage());
          err.flush();
        }
      });
      Analyser analyser = article -> models.join().extract(article);
      try (DossierServer server = DossierServer.start(s, analyser, config)) {
        Store.Counts counts = s.counts();
        err.printf(Locale.ROOT, "dossier: serving %s (%d articles, %d statements, %d events) at %s%n", store.dir,
            counts.articles(), counts.statements(), counts.events(), server.uri());
        err.println("dossier: loading the language models for /api/extract in the background; Ctrl-C stops");
        err.flush();
        stop.await();
      }
    } finally {
      closed.countDown();
      removeHook(hook);
    }
    err.println("dossier: stopped");
    err.flush();
    return Main.OK;
  }

  /** The server's config from the options, checked; a bad value is a usage error naming the option. */
  ServerConfig config() {
    // the pipeline's --threads defaults to all cores (right for ingest); a server keeps cores for searches
    boolean threadsGiven = spec.commandLine().getParseResult().hasMatchedOption("--threads");
    int threads = threadsGiven ? options.threads : ServerConfig.DEFAULT_THREADS;
    try {
      return new ServerConfig(host, port, maxBody, queue, threads, ServerConfig.DEFAULT_MAX_PAGE_SIZE,
          ServerConfig.DEFAULT_REFRESH_INTERVAL, ServerConfig.DEFAULT_ANALYSIS_TIMEOUT);
    } catch (ServerConfig.InvalidConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** A shutdown hook that stops the server on Ctrl-C and gives it a few seconds to close the store. */
  private Thread stopOnShutdown() {
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        closed.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dossier-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running, which is why we stopped
    }
  }
}
