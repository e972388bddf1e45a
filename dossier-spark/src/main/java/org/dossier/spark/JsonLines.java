package org.dossier.spark;

import com.google.common.collect.Iterators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.dossier.read.BadInputException;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.Problem;
import org.dossier.read.Sink;
import scala.Tuple2;

/**
 * Big JSON Lines files read line by line through Hadoop's splits, so one file spreads over many tasks. Each
 * line is one item, named like {@code dossier extract} names it: the file's path, a colon and its line number
 * from 1. Hadoop gives byte offsets, not line numbers, so a first pass counts the lines of each split and a second
 * numbers them from where the earlier splits of the file ended. Each line goes through Dossier's JSON reader on
 * its own. Stateless.
 */
final class JsonLines {
  private JsonLines() {}

  /** The {@link Reads} rows of {@code files} (plain JSON Lines, see {@link Inputs#isLines}). */
  static JavaRDD<Row> rows(JavaSparkContext sc, List<String> files, Configuration base) throws IOException {
    Job job = Job.getInstance(new Configuration(base));
    // lines end at '\n' alone, as for Dossier's reader; a '\r' before it stays and is JSON whitespace
    job.getConfiguration().set("textinputformat.record.delimiter", "\n");
    FileInputFormat.setInputPaths(job, files.stream().map(Path::new).toArray(Path[]::new));
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopRDD(
        job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    Map<String, Long> firstLines = firstLines(lines);
    return lines.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit s = (FileSplit) split;
      String file = s.getPath().toString();
      long[] number = {firstLines.get(key(s))};
      return Iterators.concat(Iterators.transform(it, line -> read(file + ":" + number[0]++, line._2())));
    }, true);
  }

  /** The number of the first line of each split, by {@link #key}. */
  private static Map<String, Long> firstLines(JavaNewHadoopRDD<LongWritable, Text> lines) {
    List<Tuple2<String, long[]>> counts = lines.mapPartitionsWithInputSplit(JsonLines::count, true).collect();
    List<Tuple2<String, long[]>> ordered = new ArrayList<>(counts);
    ordered.sort(Comparator.<Tuple2<String, long[]>, String>comparing(Tuple2::_1)
        .thenComparingLong(t -> t._2()[0]));
    Map<String, Long> first = new HashMap<>();
    String file = null;
    long next = 1;
    for (Tuple2<String, long[]> c : ordered) {
      if (!c._1().equals(file)) {
        file = c._1();
        next = 1;
      }
      first.put(c._1() + "@" + c._2()[0], next);
      next += c._2()[1];
    }
    return first;
  }

  /** One split's file, start offset and line count. */
  private static Iterator<Tuple2<String, long[]>> count(InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) {
    FileSplit s = (FileSplit) split;
    long n = 0;
    for (; it.hasNext(); it.next()) {
      n++;
    }
    return List.of(new Tuple2<>(s.getPath().toString(), new long[] {s.getStart(), n})).iterator();
  }

  private static String key(FileSplit s) {
    return s.getPath().toString() + "@" + s.getStart();
  }

  /** The rows of one line: none for a blank line, else one article or one bad item named {@code item}. */
  private static Iterator<Row> read(String item, Text line) {
    // Hadoop reuses the Text; the newline is put back so the reader sees a complete line, as in the file
    byte[] bytes = Arrays.copyOf(line.getBytes(), line.getLength() + 1);
    bytes[bytes.length - 1] = '\n';
    List<Row> rows = new ArrayList<>(1);
    Sink sink = Reads.renamed(item, Reads.sink(rows::add));
    try {
      new JsonLinesReader().read(item, new ByteArrayInputStream(bytes), sink);
    } catch (BadInputException e) {
      sink.problem(e.problem());
    } catch (IOException | RuntimeException e) {
      sink.problem(new Problem(item, "unreadable: " + e)); // as Readers does: one item, never the task
    }
    return rows.iterator();
  }
}
