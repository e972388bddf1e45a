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

  /** How many pages the matches fill; 0 for a page of size 0 (a count or facets only). */
  public long pages() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }
}
