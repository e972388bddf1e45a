package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dossier.corenlp.CoreNlpPipeline;
import org.dossier.model.DossierRecord;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Party;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.model.Statement;
import org.dossier.pipeline.Batch;
import org.dossier.pipeline.Extractor;
import org.dossier.store.Ingest;
import org.dossier.store.Store;

/**
 * Records for server tests: the bundled articles through the real pipeline (once per test JVM), and small
 * hand-made records whose offsets are computed from their text.
 */
final class Fixtures {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));
  /** The example article's id (examples/unn-2025-03-12-lavrov.txt). */
  static final String EXAMPLE_ID = "06461717b0e1568c";

  private static Extractor extractor;
  private static List<DossierRecord> records;

  private Fixtures() {}

  /** The real pipeline, built once: its models load once per test JVM. */
  static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = CoreNlpPipeline.standard();
    }
    return extractor;
  }

  /** The example article first, then the 16 Wikinews articles. */
  static synchronized List<DossierRecord> records() {
    if (records == null) {
      List<DossierRecord> out = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      new Batch(extractor(), 2).run(List.of(ROOT.resolve("examples").toString(),
          ROOT.resolve("eval/wikinews").toString()), out::add, p -> problems.add(p.toString()));
      if (!problems.isEmpty() || out.size() != 17 || !out.get(0).id().equals(EXAMPLE_ID)) {
        throw new IllegalStateException("expected the 17 bundled articles, got " + out.size() + "; " + problems);
      }
      records = List.copyOf(out);
    }
    return records;
  }

  /** Writes {@code records} into a new store in {@code dir}, committed, and closes the writer. */
  static Path store(Path dir, Collection<DossierRecord> records) throws IOException {
    try (Store store = Store.open(dir); Ingest ingest = new Ingest(store, 100)) {
      records.forEach(ingest::add);
    }
    return dir;
  }

  /**
   * A record of {@code text} in which {@code speaker} (an entity with {@code code}) says {@code quote} and does
   * {@code evidence} to Ukraine; each phrase must occur in the text.
   */
  static DossierRecord made(String id, LocalDate published, String title, String text, String speaker, String code,
      String quote, String evidence) {
    Span name = span(text, speaker);
    Entity person = new Entity("e1", speaker, "PERSON", code, code.substring(0, 3), null, "test",
        List.of(new Mention(name.start(), name.end(), name.text())));
    Party party = new Party(speaker, "e1", code);
    Statement said = new Statement("s1", party, "say", "direct", null, span(text, quote), "test");
    Event did = new Event("v1", "CONSULT", null, List.of(), party, new Party("Ukraine", null, "UKR"), false,
        "asserted", null, null, null, null, span(text, evidence), "test");
    return new DossierRecord(id, title, published, "Test Wire", null, "en", new Source("test/" + id, null), text,
        List.of(person), List.of(said), List.of(did));
  }

  static Span span(String text, String phrase) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in the text");
    }
    return Span.of(text, at, at + phrase.length());
  }
}
