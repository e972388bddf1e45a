package org.dossier.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.json.Json;
import org.dossier.model.DossierRecord;

/**
 * The child process of {@link CrashTest}: ingests records from a JSON Lines file into a store and waits to be
 * killed. Arguments: store folder, records file, batch size, then either {@code hang N} (write N records,
 * flush the open batch's segments to disk without committing, print {@code HALF-WRITTEN} and sleep) or
 * {@code loop} (write renamed copies forever, printing {@code COMMITTED n} after each commit).
 */
public final class IngestThenHang {
  private IngestThenHang() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<DossierRecord> records = Files.readAllLines(Path.of(args[1])).stream().map(Json::read).toList();
    int batchSize = Integer.parseInt(args[2]);
    Store store = Store.open(dir);
    Ingest ingest = new Ingest(store, batchSize);
    if (args[3].equals("hang")) {
      int n = Integer.parseInt(args[4]);
      records.subList(0, n).forEach(ingest::add);
      store.flush();
      System.out.println("HALF-WRITTEN " + ingest.uncommitted());
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
    for (int copy = 0; ; copy++) {
      for (DossierRecord r : records) {
        int commits = ingest.tally().commits();
        ingest.add(CrashTest.copy(r, copy));
        if (ingest.tally().commits() > commits) {
          System.out.println("COMMITTED " + ingest.tally().commits());
          System.out.flush();
        }
      }
    }
  }
}
