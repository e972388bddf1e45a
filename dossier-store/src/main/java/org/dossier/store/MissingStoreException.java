package org.dossier.store;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** There is no Dossier store in the folder a read-only open was pointed at. */
public final class MissingStoreException extends NoSuchFileException {
  private static final long serialVersionUID = 1L;

  public MissingStoreException(Path dir) {
    super(dir.toString(), null, "no Dossier store here (run dossier ingest first)");
  }
}
