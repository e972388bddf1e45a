package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-article deadline: work that checks it stops, work that blocks is interrupted, nothing leaks. */
class DeadlineTest {
  @Test
  void aLoopThatChecksStopsAtTheLimit() {
    AtomicLong rounds = new AtomicLong();
    assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(100), () -> {
      while (true) {
        Deadline.check();
        rounds.incrementAndGet();
      }
    })).isInstanceOf(Deadline.TimeLimitExceeded.class).hasMessageContaining("100 ms").hasMessageContaining("--time-limit");
    assertThat(rounds.get()).isPositive();
    assertThat(Thread.currentThread().isInterrupted()).as("the alarm's interrupt is cleared").isFalse();
  }

  @Test
  void blockedWorkIsInterruptedAndReportedAsTheTimeLimit() {
    assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(100), () -> {
      try {
        Thread.sleep(60_000);
        return "slept";
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted", e); // what a library does with the interrupt
      }
    })).isInstanceOf(Deadline.TimeLimitExceeded.class);
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void workWithinTheLimitIsUntouchedAndLeavesNoAlarm() throws InterruptedException {
    assertThat(Deadline.within(Duration.ofMillis(200), () -> "done")).isEqualTo("done");
    Thread.sleep(400); // past the limit: the cancelled alarm must not interrupt this thread now
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    Deadline.check(); // outside any deadline: no-op
  }

  @Test
  void anInterruptFromOutsideCancels() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(Deadline::check).isInstanceOf(Deadline.Cancelled.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new AnalysisLimits(5, 100, Duration.ofSeconds(1)))
        .hasMessageContaining("--max-sentence-tokens");
    assertThatThrownBy(() -> new AnalysisLimits(100, 50, Duration.ofSeconds(1))).hasMessageContaining("--max-tokens");
    assertThatThrownBy(() -> new AnalysisLimits(100, 500, Duration.ZERO)).hasMessageContaining("--time-limit");
  }
}
