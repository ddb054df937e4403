package org.opendisclosure.rest.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;

/**
 * The server's search index and the follower that keeps it in step with the store's change feed
 * (published views only, so the index never holds a draft). Thread-safe; close it to stop the
 * follower and close the index.
 */
public final class SearchService implements AutoCloseable {
  private final Disclosures disclosures;
  private final DisclosureIndex index;
  private final IndexFollower follower;

  private SearchService(Disclosures disclosures, DisclosureIndex index, IndexFollower follower) {
    this.disclosures = disclosures;
    this.index = index;
    this.follower = follower;
  }

  /** Opens (or creates) the index in {@code dir}; {@code progress} hears of every committed batch. */
  public static SearchService open(Disclosures disclosures, Path dir, Consumer<IndexFollower.Progress> progress) {
    DisclosureIndex index = DisclosureIndex.open(dir, disclosures.clock());
    try {
      IndexFollower follower = IndexFollower.builder(index, disclosures::changesAfter, PublishedDocuments.of(disclosures))
          .progress(progress).build();
      return new SearchService(disclosures, index, follower);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Follows the change feed on a background thread from now on. */
  public SearchService start() {
    follower.start();
    return this;
  }

  /** Applies every change available now (the CLI's reindex, and tests). */
  public long catchUp() {
    return follower.catchUp();
  }

  public DisclosureIndex index() {
    return index;
  }

  /** How many change-feed rows the index is behind the store. */
  public long lag() {
    return Math.max(0, disclosures.lastChangeSequence() - follower.appliedSequence());
  }

  public void bindMetrics(MeterRegistry registry) {
    Gauge.builder("od.index.lag", this, SearchService::lag)
        .description("Change-feed rows the search index has not applied yet").register(registry);
    Gauge.builder("od.index.documents", index, DisclosureIndex::documentCount)
        .description("Published items the search index holds").register(registry);
    FunctionCounter.builder("od.search.facet.cache.hits", index, i -> i.facetCacheStats().hits())
        .description("Faceted searches whose counts came from the facet cache").register(registry);
    FunctionCounter.builder("od.search.facet.cache.misses", index, i -> i.facetCacheStats().misses())
        .description("Faceted searches that counted their hits (not in the facet cache)").register(registry);
    Gauge.builder("od.search.facet.cache.entries", index, i -> i.facetCacheStats().entries())
        .description("Searches the facet cache holds").register(registry);
  }

  @Override
  public void close() {
    follower.close();
    index.close();
  }
}
