package org.dossier.store;

import java.io.IOException;
import java.util.ArrayList;
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

/** Counts facet values over the sorted-set doc values of matching documents. Stateless and thread-safe. */
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
    FacetResult result = counts.getTopChildren(Math.max(1, top), field);
    List<Facet.Count> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new Facet.Count(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }
}
