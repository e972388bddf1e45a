package org.dossier.read;

/** Input formats told apart by content, see {@link Sniffer}. */
enum Format {
  PLAIN,
  JSON,
  HTML,
  FEED,
  WARC
}
