package org.opendisclosure.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.opendisclosure.search.Synonyms;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.Fields;
import org.opendisclosure.search.internal.ParsedText;
import org.opendisclosure.search.internal.SidewaysFacets;
import org.opendisclosure.search.internal.Snippets;
import org.opendisclosure.search.internal.TextQueries;

/**
 * The raw-Lucene peer: the same index (the folder {@code DisclosureIndex} wrote), the same analysis
 * chain and the same Lucene query for each text, with no facade. {@code minimal} does only what the
 * query kind needs (the limit: top 10, plus the facet counts ours returns, each dimension without
 * its own filter, or snippets); {@code full} makes the calls {@code DisclosureIndex.search} makes
 * for the kind (a page of 11 to know whether a next page exists). Queries are built once, up
 * front. Thread-safe.
 */
public final class RawLucene implements AutoCloseable {
  private static final List<String> DIMENSIONS = Fields.FACET_DIMENSIONS;
  private static final Sort NEWEST = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = ChineseAnalysis.text();
  /** Per dimension, the state of its own facet field (as {@code SnapshotSearcher} builds it). */
  private final Map<String, SortedSetDocValuesReaderState> facetStates = new HashMap<>();
  private final TextQueries textQueries = new TextQueries(analyzer, Synonyms.defaults());

  public RawLucene(Path index) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(index));
    this.searcher = new IndexSearcher(reader);
    FacetsConfig config = Fields.facetsConfig();
    for (String dim : DIMENSIONS) {
      facetStates.put(dim, new DefaultSortedSetDocValuesReaderState(reader, Fields.facetField(dim), config));
    }
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** The Lucene query {@code DisclosureIndex} runs for {@code text} (without filters). */
  public Query textQuery(String text) {
    return textQueries.build(ParsedText.parse(text)).query();
  }

  /** A prepared query of one kind: the text query, its filters, and what to do with it. */
  public record Prepared(QueryKind kind, Query text, List<Query> dimensionFilters, List<String> filteredDimensions) {
    Query full() {
      return combine(text, dimensionFilters);
    }
  }

  public Prepared prepare(QueryKind kind, int i) {
    int k = i % kind.texts().size();
    List<Query> filters = new ArrayList<>();
    List<String> dims = new ArrayList<>();
    if (kind == QueryKind.FACETS) {
      facetFilters(k, filters, dims);
    }
    return new Prepared(kind, textQuery(kind.texts().get(k)), filters, dims);
  }

  /** The filters of facets query {@code k} (category or organ, and year), each with its dimension. */
  static void facetFilters(int k, List<Query> filters, List<String> dims) {
    if (QueryKind.facetCategory(k) != null) {
      filters.add(anyTerm(Fields.CATEGORY, QueryKind.facetCategory(k)));
      dims.add(Fields.FACET_CATEGORY);
    }
    if (QueryKind.facetOrgan(k) != null) {
      filters.add(anyTerm(Fields.ORGAN, QueryKind.facetOrgan(k)));
      dims.add(Fields.FACET_ORGAN);
    }
    filters.add(IntPoint.newSetQuery(Fields.YEAR, QueryKind.facetYear(k)));
    dims.add(Fields.FACET_YEAR);
  }

  /** Only what the kind needs: top 10 (by score or date), stored fields, plus facets or snippets for those kinds. */
  public int minimal(Prepared p) throws IOException {
    Query q = p.full();
    TopDocs top;
    long facetTotal = 0;
    switch (p.kind()) {
      case FACETS -> {
        // The counts ours returns: each dimension without its own filter.
        SidewaysFacets.Result<TopDocs> r = sideways(p, 10);
        top = r.top();
        facetTotal = counts(p, r);
      }
      case DATE -> top = searcher.search(q, 10, NEWEST);
      default -> top = searcher.search(q, 10);
    }
    int checksum = load(top.scoreDocs) + (int) facetTotal;
    if (p.kind() == QueryKind.HIGHLIGHT) {
      checksum += snippets(p.text(), top.scoreDocs);
    }
    return checksum;
  }

  /**
   * What {@code DisclosureIndex.search} does for a query of this kind: 11 hits (to know whether
   * there is a next page), counting exactly up to 1,000; snippets for HIGHLIGHT; for FACETS the
   * page, the facet hits and the drill-sideways hits of the filtered dimensions in one pass.
   */
  public int full(Prepared p) throws IOException {
    Query q = p.full();
    TopDocs top;
    int checksum = 0;
    if (p.kind() == QueryKind.FACETS) {
      SidewaysFacets.Result<TopDocs> r = sideways(p, 11);
      top = r.top();
      checksum += (int) counts(p, r);
    } else if (p.kind() == QueryKind.DATE) {
      top = searcher.search(q, 11, NEWEST, false);
    } else {
      top = searcher.search(q, 11);
    }
    ScoreDoc[] page = top.scoreDocs.length > 10 ? java.util.Arrays.copyOf(top.scoreDocs, 10) : top.scoreDocs;
    checksum += load(page);
    if (p.kind() == QueryKind.HIGHLIGHT) {
      checksum += snippets(p.text(), page);
    }
    return checksum;
  }

  /**
   * The page, the hits and the drill-sideways hits in one pass over the text query's hits that
   * fail at most one filter (Lucene calls only; the collector is the one ours uses).
   */
  private SidewaysFacets.Result<TopDocs> sideways(Prepared p, int wanted) throws IOException {
    return searcher.search(SidewaysFacets.query(p.text(), p.dimensionFilters()), SidewaysFacets.of(
        searcher, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false), p.dimensionFilters()));
  }

  /**
   * The facet counts of every dimension, each from its own field: a filtered dimension over its
   * sideways hits (without its own filter), an unfiltered one over the hits.
   */
  private long counts(Prepared p, SidewaysFacets.Result<TopDocs> r) throws IOException {
    long sum = 0;
    for (String dim : DIMENSIONS) {
      SortedSetDocValuesReaderState state = facetStates.get(dim);
      if (state.getOrdRange(dim) == null) {
        continue;
      }
      int filtered = p.filteredDimensions().indexOf(dim);
      FacetsCollector hits = filtered < 0 ? r.hits() : r.sideways().get(filtered);
      sum += childCount(new SortedSetDocValuesFacetCounts(state, hits), dim);
    }
    return sum;
  }

  private static long childCount(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
    FacetResult r = counts.getTopChildren(200, dim);
    return r == null ? 0 : r.childCount;
  }

  /** How many documents match {@code query} and have one of {@code ids} (for the recall check). */
  public int count(Query query) throws IOException {
    return searcher.count(query);
  }

  private int load(ScoreDoc[] docs) throws IOException {
    StoredFields stored = searcher.storedFields();
    int sum = 0;
    for (ScoreDoc sd : docs) {
      Document d = stored.document(sd.doc);
      sum += d.get(Fields.TITLE).length();
    }
    return sum;
  }

  private int snippets(Query text, ScoreDoc[] docs) {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    int sum = 0;
    for (String[] s : Snippets.highlight(searcher, analyzer, text, ids)) {
      sum += s[0].length() + s[1].length();
    }
    return sum;
  }

  private static Query combine(Query text, List<Query> filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, Occur.MUST);
    filters.forEach(f -> b.add(f, Occur.FILTER));
    return b.build();
  }

  private static Query anyTerm(String field, String value) {
    return new BooleanQuery.Builder().add(new TermQuery(new Term(field, value)), Occur.SHOULD).build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
