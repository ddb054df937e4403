package org.opendisclosure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.Cursor;
import org.opendisclosure.search.internal.Fields;
import org.opendisclosure.search.internal.FacetCache;
import org.opendisclosure.search.internal.FilterCaching;
import org.opendisclosure.search.internal.ParsedText;
import org.opendisclosure.search.internal.SearchLimits;
import org.opendisclosure.search.internal.SidewaysFacets;
import org.opendisclosure.search.internal.SnapshotSearcher;
import org.opendisclosure.search.internal.Snippets;
import org.opendisclosure.search.internal.Suggestions;
import org.opendisclosure.search.internal.TextQueries;

/**
 * The search index of published disclosures: the one front door of this module. Open it on a
 * folder, feed it {@link SearchDocument}s (directly or through an {@link IndexFollower}), and
 * search it with {@link SearchQuery}. Changes become visible to search within 250 ms (a background
 * thread refreshes the searcher, off the request path) or at once after {@link #refresh()}.
 * Results are records, never Lucene documents.
 *
 * <p>Thread-safe: every method may be called from any number of threads at once.
 */
public final class DisclosureIndex implements AutoCloseable {
  /** Refresh at least this often (the staleness bound of near-real-time search). */
  static final long MAX_STALE_MILLIS = 250;
  /**
   * The staleness bound while catching up with a backlog ({@link #backlog()}). Each refresh
   * flushes a segment that is merged later, so at a fixed interval a slower catch-up (a busy
   * machine) flushes more segments per item; three seconds rather than one: the catch-up used 15 %
   * less CPU per item in an A/B (benchmarks' import, docs/BENCHMARKS.md).
   */
  static final long BACKLOG_STALE_MILLIS = 3_000;
  /** The writer's buffer during a bulk load or a backlog; otherwise Lucene's default (16 MB). */
  static final double BULK_RAM_BUFFER_MB = 64;
  /** How long an older snapshot is kept for cursors taken on it. */
  static final double SNAPSHOT_SECONDS = 300;

  /** The stored fields a hit shows (not the body, which only the highlighter reads). */
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.REVISION, Fields.TITLE, Fields.PUBLISHED,
      Fields.INDEX_NUMBER, Fields.DOCUMENT_NUMBER, Fields.ORGAN_CODE, Fields.ORGAN_NAME, Fields.CATEGORY_CODE,
      Fields.CATEGORY_NAME, Fields.YEAR, Fields.AMOUNT_TEXT, Fields.WINDOW_START, Fields.WINDOW_END);
  private static final Set<String> TITLE_FIELD = Set.of(Fields.TITLE);
  private static final Sort NEWEST = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true));
  /** Candidate titles a suggestion looks at, at most (a bound for prefixes most titles nearly hold). */
  private static final int MAX_SUGGESTION_CANDIDATES = 2_000;
  private static final String SEQUENCE_KEY = "opendisclosure.changeSequence";
  /** The index layout ({@link Fields#LAYOUT_VERSION}) in the commit user data, with every commit. */
  private static final String LAYOUT_KEY = "opendisclosure.layoutVersion";
  private static final System.Logger LOG = System.getLogger(DisclosureIndex.class.getName());
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Directory directory;
  private final boolean ownsDirectory;
  private final Clock clock;
  private final Analyzer textAnalyzer = ChineseAnalysis.text();
  private final FacetsConfig facetsConfig = Fields.facetsConfig();
  private final FilterCaching queryCache = new FilterCaching();
  private final FacetCache facetCache = FacetCache.fromSystemProperty();
  private final TextQueries textQueries;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();
  private final Thread refresher;
  private final AtomicInteger bulkLoads = new AtomicInteger();
  private final AtomicInteger backlogs = new AtomicInteger();
  private volatile long lastRefreshNanos = System.nanoTime();
  private final AtomicBoolean closed = new AtomicBoolean();

  private DisclosureIndex(Directory directory, boolean ownsDirectory, Clock clock, Synonyms synonyms)
      throws IOException {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.clock = clock;
    this.textQueries = new TextQueries(textAnalyzer, synonyms);
    IndexWriterConfig config = new IndexWriterConfig(textAnalyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    try {
      upgradeLayout();
    } catch (IOException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    this.searchers = new SearcherManager(writer, SnapshotSearcher.factory(facetsConfig, queryCache.cache()));
    this.searchers.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) throws IOException {
        lastRefreshNanos = System.nanoTime();
        if (didRefresh) {
          snapshots.prune(new SearcherLifetimeManager.PruneByAge(SNAPSHOT_SECONDS));
        }
      }
    });
    this.refresher = new Thread(this::refreshLoop, "disclosure-index-refresh");
    refresher.setDaemon(true);
    refresher.start();
  }

  /**
   * Makes the writer's commits carry the current layout. An index written in another layout (by
   * an older version: its facets are where this version does not read them) loses every document
   * in a commit without a change-feed sequence, so {@link IndexFollower} rebuilds it from the store
   * as it rebuilds an empty index; an empty one only gets the layout with its next commit.
   */
  private void upgradeLayout() throws IOException {
    Map<String, String> data = new LinkedHashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    String layout = Integer.toString(Fields.LAYOUT_VERSION);
    if (layout.equals(data.get(LAYOUT_KEY))) {
      return;
    }
    if (writer.getDocStats().numDocs > 0) {
      LOG.log(System.Logger.Level.WARNING, "the search index in {0} has layout {1} but this version reads layout "
          + "{2} (a facet field per dimension): deleting its {3} documents so that the index follower rebuilds it "
          + "from the store; search finds nothing until the rebuild ends",
          directory, data.getOrDefault(LAYOUT_KEY, "1 (no layout key, facets in one shared field)"), layout,
          writer.getDocStats().numDocs);
      writer.deleteAll();
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, layout).entrySet());
      writer.commit();
    } else {
      data.put(LAYOUT_KEY, layout);
      writer.setLiveCommitData(data.entrySet());
    }
  }

  /**
   * Makes changes visible at least every {@link #MAX_STALE_MILLIS} ({@link #BACKLOG_STALE_MILLIS}
   * during a backlog), except during a bulk load. Never interrupted: an interrupt inside Lucene's
   * I/O closes the index's file channels.
   */
  private void refreshLoop() {
    while (!closed.get()) {
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(MAX_STALE_MILLIS));
      if (closed.get() || bulkLoads.get() > 0) {
        continue;
      }
      if (backlogs.get() > 0
          && System.nanoTime() - lastRefreshNanos < TimeUnit.MILLISECONDS.toNanos(BACKLOG_STALE_MILLIS)) {
        continue;
      }
      try {
        searchers.maybeRefreshBlocking();
      } catch (IOException | RuntimeException e) {
        if (closed.get()) {
          return;
        }
        LOG.log(System.Logger.Level.WARNING, "refreshing the search index failed; retrying", e);
      }
    }
  }

  /** Opens (or creates) the index in folder {@code dir} with the default synonyms. */
  public static DisclosureIndex open(Path dir, Clock clock) {
    return open(dir, clock, Synonyms.defaults());
  }

  /** Opens (or creates) the index in folder {@code dir}. */
  public static DisclosureIndex open(Path dir, Clock clock, Synonyms synonyms) {
    Objects.requireNonNull(dir, "dir");
    try {
      return open(FSDirectory.open(dir), true, clock, synonyms);
    } catch (IOException e) {
      throw new SearchException("cannot open the search index", e);
    }
  }

  /** Opens (or creates) the index in {@code directory}, which the caller keeps and closes. */
  public static DisclosureIndex open(Directory directory, Clock clock) {
    return open(directory, clock, Synonyms.defaults());
  }

  /** Opens (or creates) the index in {@code directory}, which the caller keeps and closes. */
  public static DisclosureIndex open(Directory directory, Clock clock, Synonyms synonyms) {
    return open(directory, false, clock, synonyms);
  }

  private static DisclosureIndex open(Directory directory, boolean owns, Clock clock, Synonyms synonyms) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(synonyms, "synonyms");
    try {
      return new DisclosureIndex(directory, owns, clock, synonyms);
    } catch (IOException e) {
      throw new SearchException("cannot open the search index", e);
    }
  }

  /** Adds the document, or replaces the one with the same id. */
  public void upsert(SearchDocument document) {
    Objects.requireNonNull(document, "document");
    run(() -> writer.updateDocument(idTerm(document.id()), facetsConfig.build(Fields.toDocument(document))));
  }

  /** Removes the item's document, if any. */
  public void delete(ItemId id) {
    Objects.requireNonNull(id, "id");
    run(() -> writer.deleteDocuments(idTerm(id)));
  }

  /** Makes every change so far visible to search now (the background refresh does it anyway). */
  public void refresh() {
    run(searchers::maybeRefreshBlocking);
  }

  /**
   * Starts a bulk load (a rebuild, an import): until every handle returned is closed, the
   * background refresh pauses and the writer buffers up to {@value #BULK_RAM_BUFFER_MB} MB, so the
   * load writes a few large segments instead of a small one per refresh; search keeps serving the
   * snapshot from before. Closing the last handle restores the defaults and refreshes once.
   * Handles may overlap (several threads loading); closing one twice has no further effect.
   */
  public BulkLoad bulkLoad() {
    return hold(bulkLoads, this::refresh)::run;
  }

  /**
   * Starts catching up with a backlog (an import, a restart after downtime) while search keeps
   * serving new items: until every handle returned is closed, the background refresh makes changes
   * visible every {@value #BACKLOG_STALE_MILLIS} ms instead of every {@value #MAX_STALE_MILLIS} and
   * the writer buffers up to {@value #BULK_RAM_BUFFER_MB} MB, so the catch-up writes fewer, larger
   * segments (and merges less) and the indexing threads never wait for a refresh. Closing the
   * last handle restores the defaults; handles may overlap, and closing one twice has no further
   * effect.
   */
  public Backlog backlog() {
    return hold(backlogs, () -> {})::run;
  }

  /** A backlog being caught up with; see {@link #backlog()}. Close it when the follower has caught up. */
  public interface Backlog extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Counts one more holder of a bulk load or a backlog and sizes the writer's buffer; the returned
   * release counts it off once (later calls do nothing), resizes the buffer and runs {@code
   * whenLast} when it was the last holder and the index is still open.
   */
  private Runnable hold(AtomicInteger holders, Runnable whenLast) {
    ensureOpen();
    holders.incrementAndGet();
    sizeBuffer();
    AtomicBoolean done = new AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true) && holders.decrementAndGet() == 0 && !closed.get()) {
        sizeBuffer();
        whenLast.run();
      }
    };
  }

  /** The writer's buffer: large during a bulk load or a backlog, Lucene's default otherwise. */
  private synchronized void sizeBuffer() {
    writer.getConfig().setRAMBufferSizeMB(bulkLoads.get() > 0 || backlogs.get() > 0 ? BULK_RAM_BUFFER_MB
        : IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
  }

  /** Whether a backlog is being caught up with now (for tests). */
  boolean inBacklog() {
    return backlogs.get() > 0;
  }

  /** A bulk load in progress; see {@link #bulkLoad()}. Close it when the load ends. */
  public interface BulkLoad extends AutoCloseable {
    @Override
    void close();
  }

  /** Makes every change so far durable on disk. */
  public void commit() {
    run(writer::commit);
  }

  /** The dimension filters' cache, for tests: how often it served a filter, and how much it holds. */
  LRUQueryCache filterCache() {
    return queryCache.filters();
  }

  /**
   * How the facet cache has done since the index was opened: faceted searches answered from it,
   * those it could not answer, and the searches it holds now (all zero when it is off).
   */
  public CacheStats facetCacheStats() {
    return facetCache.stats();
  }

  /**
   * A cache's counters. Immutable and thread-safe.
   *
   * @param hits lookups answered from the cache
   * @param misses lookups the cache could not answer
   * @param entries entries held now
   */
  public record CacheStats(long hits, long misses, int entries) {}

  /** How many documents search sees now. */
  public int documentCount() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** One page of hits for {@code query}, with facet counts and the cursor of the next page. */
  public SearchResults search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    ensureOpen();
    int queryHash = queryHash(query);
    Cursor cursor = query.cursor() == null ? null : Cursor.decode(query.cursor(), queryHash);
    TextQueries.TextQuery text = textQueries.build(ParsedText.parse(query.text()));
    SearchSort sort = text.scored() ? query.sort() : SearchSort.DATE;
    if (cursor != null && cursor.sort() != sort) {
      throw ValidationException.of("cursor", "belongs to another query; start again without a cursor");
    }
    Map<String, Query> dimensionFilters = dimensionFilters(query);
    List<Query> otherFilters = otherFilters(query);
    IndexSearcher searcher = cursor == null ? null : snapshots.acquire(cursor.snapshot());
    boolean pinned = searcher != null;
    if (!pinned) {
      searcher = acquire();
    }
    try {
      long snapshot = snapshots.record(searcher);
      if (searcher.getIndexReader().maxDoc() == 0) {
        return new SearchResults(List.of(), 0, true, Map.of(), null);
      }
      Query full = combine(text.query(), dimensionFilters.values(), otherFilters);
      return execute(
          (SnapshotSearcher) searcher, query, text, sort, cursor, pinned, full, dimensionFilters, otherFilters,
          snapshot, queryHash);
    } catch (IndexSearcher.TooManyClauses e) {
      throw ValidationException.of("text", "is too complex; use fewer words");
    } catch (IOException e) {
      throw new SearchException("search failed", e);
    } finally {
      release(searcher, pinned);
    }
  }

  /**
   * Up to {@code limit} titles that contain a word starting with {@code prefix} (as a citizen
   * types), newest first. Blank prefixes suggest nothing.
   */
  public List<String> suggest(String prefix, int limit) {
    if (prefix == null) {
      throw ValidationException.of("prefix", "is required");
    }
    if (prefix.length() > SearchLimits.MAX_PREFIX_LENGTH) {
      throw ValidationException.of("prefix", "must be at most " + SearchLimits.MAX_PREFIX_LENGTH + " characters");
    }
    if (limit < 1 || limit > SearchLimits.MAX_SUGGESTIONS) {
      throw ValidationException.of("limit", "must be between 1 and " + SearchLimits.MAX_SUGGESTIONS);
    }
    String clean = prefix.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
    if (clean.isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> {
      if (searcher.getIndexReader().maxDoc() == 0) {
        return List.of();
      }
      // The titles holding every term of the prefix, newest first, are checked one by one until
      // enough have it at a word start (or MAX_SUGGESTION_CANDIDATES were looked at).
      String folded = Suggestions.fold(clean);
      Query candidates = Suggestions.candidates(textAnalyzer, folded);
      if (candidates == null) {
        return List.of();
      }
      StoredFields stored = searcher.storedFields();
      Set<String> titles = new LinkedHashSet<>();
      FieldDoc after = null;
      int looked = 0;
      while (titles.size() < limit && looked < MAX_SUGGESTION_CANDIDATES) {
        int batch = Math.min(Math.max(4 * limit, 32), MAX_SUGGESTION_CANDIDATES - looked);
        TopDocs page = searcher.search(candidates, new TopFieldCollectorManager(NEWEST, batch, after, batch, false));
        for (ScoreDoc hit : page.scoreDocs) {
          String title = stored.document(hit.doc, TITLE_FIELD).get(Fields.TITLE);
          if (Suggestions.startsAWord(Suggestions.fold(title), folded)) {
            titles.add(title);
            if (titles.size() == limit) {
              break;
            }
          }
        }
        looked += page.scoreDocs.length;
        if (page.scoreDocs.length < batch) {
          break;
        }
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
      return List.copyOf(titles);
    });
  }

  /** Stops the refresh thread, commits and closes. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      LockSupport.unpark(refresher);
      try {
        refresher.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      snapshots.close();
      searchers.close();
      writer.close();
      if (ownsDirectory) {
        directory.close();
      }
    } catch (IOException e) {
      throw new SearchException("closing the search index failed", e);
    }
  }

  // --- for IndexFollower -----------------------------------------------------------------------

  /** The change-feed sequence stored with the last commit (or last recorded); 0 when none. */
  long recordedSequence() {
    ensureOpen();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live == null) {
      return 0;
    }
    for (Map.Entry<String, String> e : live) {
      if (SEQUENCE_KEY.equals(e.getKey())) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /**
   * Commits every change so far together with the change-feed {@code sequence} they reach (and
   * the layout, which every commit carries: later commits without a sequence of their own, by
   * {@link #commit()} or {@link #close()}, keep both).
   */
  synchronized void commitSequence(long sequence) {
    run(() -> {
      writer.setLiveCommitData(Map.of(
          SEQUENCE_KEY, Long.toString(sequence), LAYOUT_KEY, Integer.toString(Fields.LAYOUT_VERSION)).entrySet());
      writer.commit();
    });
  }

  // --- search internals ------------------------------------------------------------------------

  private SearchResults execute(
      SnapshotSearcher searcher,
      SearchQuery query,
      TextQueries.TextQuery text,
      SearchSort sort,
      Cursor cursor,
      boolean pinned,
      Query full,
      Map<String, Query> dimensionFilters,
      List<Query> otherFilters,
      long snapshot,
      int queryHash)
      throws IOException {
    boolean relevance = sort == SearchSort.RELEVANCE;
    // Within one snapshot, ties break by Lucene's doc number, so relevance order can use block-max
    // WAND and a cursor can resume from (value, doc). A cursor whose snapshot is gone resumes from
    // its sort values, with the item id as the tie-breaker (slower: it scores every hit).
    boolean byId = cursor != null && !pinned;
    Sort luceneSort;
    if (relevance) {
      luceneSort = byId ? new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID_SORT, SortField.Type.STRING)) : null;
    } else {
      SortField newest = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
      luceneSort = byId ? new Sort(newest, new SortField(Fields.ID_SORT, SortField.Type.STRING)) : new Sort(newest);
    }
    ScoreDoc after = cursor == null ? null
        : byId ? cursor.toFieldDoc(searcher.getIndexReader().maxDoc()) : cursor.toScoreDoc();
    int wanted = query.pageSize() + 1;
    TopDocs top;
    long total;
    boolean exact;
    Map<String, List<SearchResults.FacetCount>> facets = Map.of();
    if (query.facets()) {
      List<Query> filtered = new ArrayList<>(dimensionFilters.values());
      Query base = combine(text.query(), List.of(), otherFilters);
      FacetCache.Counts counted = facetCache.get(searcher.getIndexReader(), base, filtered);
      if (counted != null) {
        // Counted on this snapshot before: only the page is collected, and nothing past it counted.
        top = searcher.search(full, topManager(luceneSort, wanted, after, wanted));
      } else {
        // Facets visit every hit anyway: the page, the facet hits and the sideways counts of the
        // filtered dimensions come from one pass.
        SidewaysFacets.Result<? extends TopDocs> facetHits = searcher.search(SidewaysFacets.query(base, filtered),
            SidewaysFacets.of(searcher, topManager(luceneSort, wanted, after, Integer.MAX_VALUE), filtered));
        top = facetHits.top();
        counted = new FacetCache.Counts(facetHits.totalHits(), count(searcher, facetHits, dimensionFilters.keySet()));
        facetCache.put(searcher.getIndexReader(), base, filtered, counted);
      }
      total = counted.total();
      exact = true;
      facets = counted.facets();
    } else {
      // Count exactly only up to a threshold, so the search can skip what cannot reach the page.
      top = searcher.search(full, topManager(luceneSort, wanted, after, SearchQuery.EXACT_COUNT_UP_TO));
      exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      total = top.totalHits.value;
      if (!exact && query.exactTotal()) {
        total = searcher.count(full);
        exact = true;
      }
    }
    int count = Math.min(top.scoreDocs.length, query.pageSize());
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    String[][] snippets = query.snippets()
        ? Snippets.highlight(searcher, textAnalyzer, text.query(), docIds)
        : new String[count][2];
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      float score = !relevance ? 0f : sd instanceof FieldDoc fd ? (Float) fd.fields[0] : sd.score;
      hits.add(toHit(stored.document(sd.doc, HIT_FIELDS), snippets[i], score));
    }
    String next = null;
    if (top.scoreDocs.length > query.pageSize()) {
      SearchHit last = hits.get(count - 1);
      long value = relevance ? Float.floatToIntBits(last.score()) : last.publishedAt().toEpochMilli();
      next = new Cursor(snapshot, sort, value, last.id().value(), top.scoreDocs[count - 1].doc, queryHash).encode();
    }
    return new SearchResults(hits, total, exact, facets, next);
  }

  /**
   * The counts per dimension: each dimension has a field of its own, so a count reads only that
   * dimension's ordinals; an unfiltered dimension is counted over the hits, a filtered one over its
   * sideways hits (the hits and the documents only its filter drops).
   */
  private static Map<String, List<SearchResults.FacetCount>> count(
      SnapshotSearcher searcher, SidewaysFacets.Result<?> facetHits, Collection<String> filteredDimensions)
      throws IOException {
    List<String> filtered = new ArrayList<>(filteredDimensions);
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : Fields.FACET_DIMENSIONS) {
      SortedSetDocValuesReaderState state = searcher.facetState(dim);
      if (state == null || state.getOrdRange(dim) == null) {
        facets.put(dim, List.of());
      } else {
        int sideways = filtered.indexOf(dim);
        FacetsCollector counted = sideways >= 0 ? facetHits.sideways().get(sideways) : facetHits.hits();
        facets.put(dim, top(new SortedSetDocValuesFacetCounts(state, counted), dim));
      }
    }
    return facets;
  }

  /** The top hits by {@code sort}, or by score (ties by doc number) when {@code sort} is null. */
  private static CollectorManager<?, ? extends TopDocs> topManager(Sort sort, int wanted, ScoreDoc after, int exactUpTo) {
    return sort == null
        ? new TopScoreDocCollectorManager(wanted, after, exactUpTo, false)
        : new TopFieldCollectorManager(sort, wanted, (FieldDoc) after, exactUpTo, false);
  }

  private static List<SearchResults.FacetCount> top(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    FacetResult result = counts.getTopChildren(SearchLimits.MAX_FACET_VALUES, dim);
    if (result == null) {
      return List.of();
    }
    List<SearchResults.FacetCount> out = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      out.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
    }
    return List.copyOf(out);
  }

  private static SearchHit toHit(Document d, String[] snippets, float score) {
    String documentNumber = d.get(Fields.DOCUMENT_NUMBER);
    String amount = d.get(Fields.AMOUNT_TEXT);
    Number windowStart = d.getField(Fields.WINDOW_START) == null ? null : d.getField(Fields.WINDOW_START).numericValue();
    Number windowEnd = d.getField(Fields.WINDOW_END) == null ? null : d.getField(Fields.WINDOW_END).numericValue();
    return new SearchHit(
        new ItemId(d.get(Fields.ID)),
        d.getField(Fields.REVISION).numericValue().intValue(),
        d.get(Fields.TITLE),
        snippets[0],
        snippets[1],
        score,
        java.time.Instant.ofEpochMilli(d.getField(Fields.PUBLISHED).numericValue().longValue()),
        d.get(Fields.INDEX_NUMBER),
        documentNumber,
        d.get(Fields.ORGAN_CODE),
        d.get(Fields.ORGAN_NAME),
        d.get(Fields.CATEGORY_CODE),
        d.get(Fields.CATEGORY_NAME),
        d.getField(Fields.YEAR).numericValue().intValue(),
        amount == null ? null : new BigDecimal(amount),
        windowStart == null ? null : LocalDate.ofEpochDay(windowStart.longValue()),
        windowEnd == null ? null : LocalDate.ofEpochDay(windowEnd.longValue()));
  }

  /** Filters that are also facet dimensions, by dimension. */
  private static Map<String, Query> dimensionFilters(SearchQuery query) {
    Map<String, Query> filters = new LinkedHashMap<>();
    if (!query.categories().isEmpty()) {
      filters.put(Fields.FACET_CATEGORY, anyTerm(Fields.CATEGORY, query.categories()));
    }
    if (!query.organs().isEmpty()) {
      filters.put(Fields.FACET_ORGAN, anyTerm(Fields.ORGAN, query.organs()));
    }
    if (!query.years().isEmpty()) {
      filters.put(Fields.FACET_YEAR, IntPoint.newSetQuery(Fields.YEAR, query.years().stream().mapToInt(Integer::intValue).toArray()));
    }
    return filters;
  }

  private List<Query> otherFilters(SearchQuery query) {
    List<Query> filters = new ArrayList<>();
    if (query.publishedFrom() != null || query.publishedTo() != null) {
      long from = query.publishedFrom() == null ? Long.MIN_VALUE
          : query.publishedFrom().atStartOfDay(ZONE).toInstant().toEpochMilli();
      long to = query.publishedTo() == null ? Long.MAX_VALUE
          : query.publishedTo().plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli() - 1;
      filters.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to));
    }
    if (query.amountMin() != null || query.amountMax() != null) {
      long min = query.amountMin() == null ? Long.MIN_VALUE : Fields.toFen(query.amountMin(), RoundingMode.CEILING);
      long max = query.amountMax() == null ? Long.MAX_VALUE : Fields.toFen(query.amountMax(), RoundingMode.FLOOR);
      filters.add(LongPoint.newRangeQuery(Fields.AMOUNT, min, max));
    }
    if (query.windowOpen()) {
      long today = LocalDate.now(clock.withZone(ZONE)).toEpochDay();
      filters.add(LongPoint.newRangeQuery(Fields.WINDOW_START, Long.MIN_VALUE, today));
      filters.add(LongPoint.newRangeQuery(Fields.WINDOW_END, today, Long.MAX_VALUE));
    }
    return filters;
  }

  /** The text query with every filter. */
  private static Query combine(Query text, Collection<Query> dimensionFilters, List<Query> others) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, Occur.MUST);
    dimensionFilters.forEach(q -> b.add(q, Occur.FILTER));
    others.forEach(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  private static Query anyTerm(String field, Set<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : new TreeSet<>(values)) {
      any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    return any.build();
  }

  /** Identifies the query apart from its page, so a cursor only serves the query it came from. */
  private static int queryHash(SearchQuery q) {
    return Objects.hash(
        q.text(), new TreeSet<>(q.categories()), new TreeSet<>(q.organs()), new TreeSet<>(q.years()),
        q.publishedFrom(), q.publishedTo(), plain(q.amountMin()), plain(q.amountMax()), q.windowOpen(),
        q.sort().name());
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }

  private static Term idTerm(ItemId id) {
    return new Term(Fields.ID, id.value());
  }

  // --- plumbing --------------------------------------------------------------------------------

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private void run(IoAction action) {
    ensureOpen();
    try {
      action.run();
    } catch (AlreadyClosedException e) {
      throw new SearchException("the search index is closed", e);
    } catch (IOException | UncheckedIOException e) {
      throw new SearchException("search index operation failed", e);
    }
  }

  private <T> T withSearcher(IoFunction<T> function) {
    IndexSearcher searcher = acquire();
    try {
      return function.apply(searcher);
    } catch (IOException | UncheckedIOException e) {
      throw new SearchException("search index operation failed", e);
    } finally {
      release(searcher, false);
    }
  }

  private IndexSearcher acquire() {
    ensureOpen();
    try {
      return searchers.acquire();
    } catch (AlreadyClosedException e) {
      throw new SearchException("the search index is closed", e);
    } catch (IOException e) {
      throw new SearchException("search index operation failed", e);
    }
  }

  private void release(IndexSearcher searcher, boolean pinned) {
    try {
      if (pinned) {
        snapshots.release(searcher);
      } else {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new SearchException("releasing a searcher failed", e);
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new SearchException("the search index is closed");
    }
  }
}
