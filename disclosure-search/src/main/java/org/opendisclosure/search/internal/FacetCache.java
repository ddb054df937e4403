package org.opendisclosure.search.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchResults.FacetCount;

/**
 * The facet counts and exact total of recent faceted searches, per index snapshot, so that a
 * search that comes back on the same snapshot (a portal's category page, a bulletin-board screen,
 * the next page of a result) counts nothing again and only collects its page. Elasticsearch's
 * shard request cache keeps aggregations the same way, and Solr's filter cache keeps the document
 * sets a faceted query counts from.
 *
 * <p>An entry is keyed by the snapshot's reader (its cache key: a refresh that changes anything
 * opens a new reader, so no entry outlives what it counted), the text query with the filters that
 * are not facet dimensions, and the dimension filters in order; never by page, sort or cursor,
 * which do not change the counts. Entries of older snapshots go first as the least recently used.
 * Bounded by entries and by an estimate of their bytes. Thread-safe.
 */
public final class FacetCache {
  /** The system property that sets how many searches the cache keeps; 0 turns it off. */
  public static final String ENTRIES_PROPERTY = "opendisclosure.search.facetCacheEntries";
  /** Searches kept at most, unless {@link #ENTRIES_PROPERTY} says otherwise. */
  public static final int DEFAULT_ENTRIES = 256;
  /** Estimated bytes the entries hold at most: 4 MB, or 1/32 of the heap on a small one. */
  public static final long MAX_BYTES = Math.min(4L << 20, Runtime.getRuntime().maxMemory() / 32);

  /** What a faceted search counted: its exact total and the counts per dimension. */
  public record Counts(long total, Map<String, List<FacetCount>> facets) {
    public Counts {
      facets = Map.copyOf(facets);
    }

    /** A rough size on the heap: the map and, per value, the record and its label. */
    long bytes() {
      long bytes = 128;
      for (List<FacetCount> values : facets.values()) {
        bytes += 64;
        for (FacetCount c : values) {
          bytes += 64 + 2L * c.value().length();
        }
      }
      return bytes;
    }
  }

  private record Key(Object reader, Query base, List<Query> dimensionFilters) {}

  private record Entry(Counts counts, long bytes) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  /** A cache of at most {@code maxEntries} searches (0: none) and about {@code maxBytes}. */
  public FacetCache(int maxEntries, long maxBytes) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must be at least 0: " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * The cache sized by {@link #ENTRIES_PROPERTY} ({@link #DEFAULT_ENTRIES} when unset).
   *
   * @throws IllegalArgumentException naming the property when it is not a whole number from 0 to 100,000
   */
  public static FacetCache fromSystemProperty() {
    String value = System.getProperty(ENTRIES_PROPERTY);
    if (value == null || value.isBlank()) {
      return new FacetCache(DEFAULT_ENTRIES, MAX_BYTES);
    }
    int entries;
    try {
      entries = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      entries = -1;
    }
    if (entries < 0 || entries > 100_000) {
      throw new IllegalArgumentException(
          ENTRIES_PROPERTY + " must be a whole number from 0 (no cache) to 100000, not \"" + value + "\"");
    }
    return new FacetCache(entries, MAX_BYTES);
  }

  /** The counts of the search of {@code base} with {@code dimensionFilters} on {@code reader}, or null. */
  public Counts get(IndexReader reader, Query base, List<Query> dimensionFilters) {
    Key key = key(reader, base, dimensionFilters);
    if (key == null) {
      return null;
    }
    synchronized (this) {
      Entry e = entries.get(key);
      if (e == null) {
        misses++;
        return null;
      }
      hits++;
      return e.counts();
    }
  }

  /** Keeps what the search of {@code base} with {@code dimensionFilters} on {@code reader} counted. */
  public void put(IndexReader reader, Query base, List<Query> dimensionFilters, Counts counts) {
    Key key = key(reader, base, dimensionFilters);
    if (key == null) {
      return;
    }
    long size = counts.bytes();
    if (size > maxBytes) {
      return;
    }
    synchronized (this) {
      Entry old = entries.put(key, new Entry(counts, size));
      bytes += size - (old == null ? 0 : old.bytes());
      Iterator<Entry> eldest = entries.values().iterator();
      while (entries.size() > maxEntries || bytes > maxBytes) {
        bytes -= eldest.next().bytes();
        eldest.remove();
      }
    }
  }

  private Key key(IndexReader reader, Query base, List<Query> dimensionFilters) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (maxEntries == 0 || helper == null) {
      return null;
    }
    return new Key(helper.getKey(), base, List.copyOf(dimensionFilters));
  }

  /** Lookups answered so far, those not answered (none while the cache is off), and entries held now. */
  public synchronized DisclosureIndex.CacheStats stats() {
    return new DisclosureIndex.CacheStats(hits, misses, entries.size());
  }
}
