package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {
  @Test
  void defaultsAreSafe() {
    ServerConfig c = ServerConfig.DEFAULTS;
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.loopbackOnly()).isTrue();
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.maxBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(c.queue()).isEqualTo(8);
    assertThat(c.threads()).isBetween(1, 2);
    assertThat(c.maxPageSize()).isEqualTo(100);
  }

  @ParameterizedTest
  @CsvSource({"localhost, true", "127.0.0.1, true", "::1, true", "[::1], true", "0.0.0.0, false",
      "192.0.2.10, false"})
  void knowsWhenOnlyThisMachineCanConnect(String host, boolean loopback) {
    assertThat(ServerConfig.DEFAULTS.withHost(host).loopbackOnly()).isEqualTo(loopback);
  }

  @Test
  void badValuesAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withPort(70_000))
        .isInstanceOf(ServerConfig.InvalidConfigException.class).hasMessage("--port must be 0 to 65535, was 70000");
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withMaxBodyBytes(10))
        .hasMessage("--max-body must be at least 1024 bytes, was 10");
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withAnalysis(-1, 2)).hasMessage("--queue must be 0 or more, was -1");
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withAnalysis(2, 0))
        .hasMessage("--threads must be at least 1, was 0");
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withHost(" ")).hasMessageStartingWith("--host must name");
    assertThatThrownBy(() -> ServerConfig.DEFAULTS.withRefreshInterval(Duration.ZERO))
        .hasMessage("the refresh interval must be positive");
  }
}
