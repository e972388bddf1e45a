package org.dossier.store;

import java.util.List;

/**
 * One page of search results. Immutable.
 *
 * @param total how many documents match in all
 * @param page the page number, from 1
 * @param size the most hits per page
 * @param hits this page's hits, best first (or newest first without a query)
 */
public record Page(long total, int page, int size, List<Hit> hits) {
  public Page {
    hits = List.copyOf(hits);
  }

  /** How many pages the matches fill. */
  public long pages() {
    return (total + size - 1) / size;
  }
}
