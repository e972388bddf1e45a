package org.dossier.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.dossier.read.Problem;
import org.dossier.read.Readers;

/**
 * Reads one file through Dossier's readers ({@link Readers#read(String, InputStream, org.dossier.read.Sink)}),
 * any format and gzipped or not, into {@link Reads} rows; the file's Hadoop path is its item name, with the
 * readers' record locators ({@code :LINE}, {@code #N}) after it. Rows are streamed, so a big WARC is never held
 * whole. A file that cannot be opened becomes one bad item; the task never fails for content. The job hands out
 * file names (listed once by {@link Inputs}) rather than using {@code binaryFiles}, whose Hadoop input format
 * takes a path list as comma-separated globs and silently drops names starting with {@code _}; each file is one
 * item either way. Thread-safe.
 */
final class WholeFiles implements FlatMapFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<HadoopConf> conf;

  WholeFiles(Broadcast<HadoopConf> conf) {
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(String file) {
    Streamed<Row> rows = new Streamed<>("dossier-read", out -> read(file, out));
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) t -> rows.close());
    }
    return rows;
  }

  private void read(String file, Consumer<Row> out) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf.value().get()).open(path)) {
      Readers.read(file, in, Reads.sink(out));
    } catch (FileNotFoundException e) {
      out.accept(Reads.problem(new Problem(file, "not found")));
    } catch (IOException e) {
      out.accept(Reads.problem(new Problem(file, "cannot read: " + Reads.reasonOf(e))));
    }
  }
}
