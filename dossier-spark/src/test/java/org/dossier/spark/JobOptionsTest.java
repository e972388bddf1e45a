package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.dossier.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit command line and the choice of how each input file is read; no Spark needed. */
class JobOptionsTest {
  @Test
  void parsesTheSparkSubmitArguments() {
    JobOptions.Parsed p = JobOptions.parse("--input", "s3a://news/2025/*.warc.gz", "hdfs:///feeds", "--output",
        "s3a://out/day1", "--format", "parquet", "--partitions", "400", "--no-dedup", "--master", "local[2]");
    assertThat(p.master()).isEqualTo("local[2]");
    assertThat(p.options()).isEqualTo(new JobOptions(List.of("s3a://news/2025/*.warc.gz", "hdfs:///feeds"),
        "s3a://out/day1", EnumSet.of(OutputFormat.PARQUET), 400, false, false));
    assertThat(JobOptions.parse("--input", "a", "--output", "o").options())
        .isEqualTo(JobOptions.of(List.of("a"), "o"));
  }

  @Test
  void theUsersDictionariesAndLexiconTravelWithTheJob(@TempDir Path dir) throws Exception {
    Path actors = Files.writeString(dir.resolve("mine.actors.txt"), "ACME_WIDGETS_\n\t[USABUS]\n");
    Path events = Files.writeString(dir.resolve("mine.events.txt"), "befriend v SUPPORT\n");
    PipelineSpec spec = JobOptions.parse("--input", "a", "--output", "o", "--actors", actors.toString(),
        "--events", events.toString(), "--parse", "all", "--min-confidence", "0.4").options().pipeline();
    assertThat(spec.parseAll()).isTrue();
    assertThat(spec.minConfidence()).isEqualTo(0.4);
    assertThat(spec.actors()).extracting(PipelineSpec.Text::content).containsExactly("ACME_WIDGETS_\n\t[USABUS]\n");
    assertThat(spec.lexicon().verb("befriend")).extracting(t -> t.type()).containsExactly("SUPPORT");
    assertThat(spec.dictionary().actors().exact(List.of("Acme", "Widgets"))).isNotEmpty();
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--actors", dir.resolve("none").toString()))
        .hasMessageContaining("none");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--min-confidence", "2"))
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void refusesUsageErrors() {
    assertThatThrownBy(() -> JobOptions.parse("--output", "o")).hasMessageContaining("no --input");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageContaining("no --output");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--format", "csv"))
        .hasMessageContaining("unknown format 'csv'");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--inputs", "a")).hasMessageContaining("unknown argument");
  }

  @Test
  void splitsOnlyPlainJsonLinesIntoLinesAndSkipsHiddenEntries() {
    assertThat(Inputs.isLines("s3a://b/day/news.jsonl")).isTrue();
    assertThat(Inputs.isLines("file:/in/News.NDJSON")).isTrue();
    assertThat(Inputs.isLines("file:/in/news.jsonl.gz")).isFalse();
    assertThat(Inputs.isLines("file:/in/_news.jsonl")).isFalse();
    assertThat(Inputs.isLines("file:/in/a,b.jsonl")).isFalse();
    assertThat(Inputs.isLines("file:/in/news[1].jsonl")).isFalse();
    assertThat(Inputs.isLines("file:/in/crawl.warc")).isFalse();
    assertThat(Inputs.isHidden("/2025/_SUCCESS")).isTrue();
    assertThat(Inputs.isHidden("/.git/config")).isTrue();
    assertThat(Inputs.isHidden("/2025/a.txt")).isFalse();
  }
}
