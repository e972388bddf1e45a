package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DossierRecord;
import org.dossier.server.ServerConfig;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier serve}: options become a checked config, and the server runs until told to stop. */
class ServeCommandTest {
  static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  record Started(ServeCommand command, CommandLine cmd, StringWriter err) {}

  static Started parse(String... args) {
    ServeCommand command = new ServeCommand();
    CommandLine cmd = new CommandLine(command);
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    cmd.parseArgs(args);
    return new Started(command, cmd, err);
  }

  @Test
  void defaultsAreTheServersSafeOnes() {
    ServerConfig c = parse().command().config();
    assertThat(c).isEqualTo(ServerConfig.DEFAULTS);
  }

  @Test
  void optionsReachTheConfig() {
    ServerConfig c = parse("--host", "localhost", "--port", "9090", "--max-body", "65536", "--queue", "3",
        "--threads", "1").command().config();
    assertThat(c.host()).isEqualTo("localhost");
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.maxBodyBytes()).isEqualTo(65536);
    assertThat(c.queue()).isEqualTo(3);
    assertThat(c.threads()).isEqualTo(1);
  }

  @Test
  void badValuesAreUsageErrorsNamingTheOption(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
        .execute("--store", tmp.toString(), "--port", "70000");
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("--port must be 0 to 65535, was 70000");
  }

  @Test
  void servesTheStoreUntilStopped(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("store");
    try (Store s = Store.open(dir)) {
      s.commit(List.of());
    }
    AtomicInteger analysed = new AtomicInteger();
    ServeCommand command = new ServeCommand();
    command.pipeline = () -> article -> {
      analysed.incrementAndGet();
      return DossierRecord.of(article, List.of(), List.of(), List.of());
    };
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(command).setErr(new PrintWriter(err, true));
    int[] exit = {-1};
    Thread serving = new Thread(() -> exit[0] = cmd.execute("--store", dir.toString(), "--port", "0"));
    serving.start();
    String address = null;
    for (int i = 0; i < 200 && address == null; i++) {
      Matcher m = ADDRESS.matcher(err.toString());
      address = m.find() ? m.group(1) : null;
      Thread.sleep(50);
    }
    assertThat(address).as(err.toString()).isNotNull();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> stats = client.send(HttpRequest.newBuilder(URI.create(address + "api/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(stats.body()).contains("\"articles\":0");
    HttpResponse<String> extracted = client.send(HttpRequest.newBuilder(URI.create(address + "api/extract"))
        .POST(HttpRequest.BodyPublishers.ofString("Title\nSome text to analyse.")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(extracted.statusCode()).as(extracted.body()).isEqualTo(200);
    assertThat(analysed.get()).isEqualTo(1);
    command.stop.countDown();
    serving.join(10_000);
    assertThat(exit[0]).isEqualTo(Main.OK);
    assertThat(err.toString()).contains("dossier: serving " + dir + " (0 articles, 0 statements, 0 events)")
        .endsWith("dossier: stopped" + System.lineSeparator());
  }
}
