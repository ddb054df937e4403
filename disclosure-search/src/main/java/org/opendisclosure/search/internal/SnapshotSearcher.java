package org.opendisclosure.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} over one point-in-time snapshot, with the facet state of that snapshot
 * built on first use (it costs a pass over the facet ordinals, so not every refresh pays it).
 * Thread-safe.
 */
public final class SnapshotSearcher extends IndexSearcher {
  private final FacetsConfig facetsConfig;
  private SortedSetDocValuesReaderState facetState;
  private boolean facetStateBuilt;

  SnapshotSearcher(IndexReader reader, FacetsConfig facetsConfig) {
    super(reader);
    this.facetsConfig = facetsConfig;
  }

  /** A factory for the searcher manager. */
  public static SearcherFactory factory(FacetsConfig facetsConfig) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new SnapshotSearcher(reader, facetsConfig);
      }
    };
  }

  /** The facet state, or null when no document of this snapshot has facets. */
  public synchronized SortedSetDocValuesReaderState facetState() {
    if (!facetStateBuilt) {
      facetStateBuilt = true;
      FieldInfo info = FieldInfos.getMergedFieldInfos(getIndexReader())
          .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info != null) {
        try {
          facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), facetsConfig);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return facetState;
  }
}
