package org.dossier.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts facet values over the sorted-set doc values of matching documents: the {@code top} values by count, but
 * months in date order (the latest {@code top}). Stateless and thread-safe.
 */
final class FacetCounter {
  private FacetCounter() {}

  static List<Facet.Count> count(IndexSearcher s, Query query, Facet facet, int top) throws IOException {
    String field = Fields.facet(facet.dimension());
    FieldInfo info = FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(field);
    if (info == null) {
      return List.of(); // no document has this dimension yet
    }
    FacetsCollector hits = s.search(query, new FacetsCollectorManager());
    StringValueFacetCounts counts =
        new StringValueFacetCounts(new StringDocValuesReaderState(s.getIndexReader(), field), hits);
    // months are a time axis: in date order, the latest ones when there are more; other values by count
    boolean byDate = facet == Facet.MONTH;
    FacetResult result = byDate ? counts.getAllChildren(field) : counts.getTopChildren(Math.max(1, top), field);
    List<Facet.Count> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new Facet.Count(lv.label, lv.value.intValue()));
      }
    }
    if (byDate) {
      out.sort(Comparator.comparing(Facet.Count::value));
      return List.copyOf(out.subList(Math.max(0, out.size() - Math.max(1, top)), out.size()));
    }
    return out;
  }
}
