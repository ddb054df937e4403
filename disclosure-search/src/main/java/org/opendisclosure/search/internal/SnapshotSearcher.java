package org.opendisclosure.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} over one point-in-time snapshot, with the facet state of each dimension
 * of that snapshot built on first use (it costs a pass over the dimension's ordinals, so not every
 * refresh pays it), and the index's query cache ({@link FilterCaching}). Thread-safe.
 */
public final class SnapshotSearcher extends IndexSearcher {
  private final FacetsConfig facetsConfig;
  /** Per dimension, its state; an absent dimension maps to null once looked for. */
  private final Map<String, SortedSetDocValuesReaderState> facetStates = new HashMap<>();

  SnapshotSearcher(IndexReader reader, FacetsConfig facetsConfig, QueryCache queryCache) {
    super(reader);
    this.facetsConfig = facetsConfig;
    setQueryCache(queryCache);
  }

  /**
   * A factory for the searcher manager: every snapshot shares the index's query cache (see {@link
   * FilterCaching}; the entries are per segment, so a refresh keeps those of unchanged segments).
   */
  public static SearcherFactory factory(FacetsConfig facetsConfig, QueryCache queryCache) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new SnapshotSearcher(reader, facetsConfig, queryCache);
      }
    };
  }

  /**
   * The facet state of dimension {@code dim} (over its own index field), or null when no document
   * of this snapshot has that field.
   */
  public synchronized SortedSetDocValuesReaderState facetState(String dim) {
    if (facetStates.containsKey(dim)) {
      return facetStates.get(dim);
    }
    String field = facetsConfig.getDimConfig(dim).indexFieldName;
    SortedSetDocValuesReaderState state = null;
    FieldInfo info = FieldInfos.getMergedFieldInfos(getIndexReader()).fieldInfo(field);
    if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
      try {
        state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), field, facetsConfig);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    facetStates.put(dim, state);
    return state;
  }
}
