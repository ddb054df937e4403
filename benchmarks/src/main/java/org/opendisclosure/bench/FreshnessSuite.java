package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;

/**
 * Freshness: the time from a publish call returning to the item being found by search, under a
 * steady publishing load, with the store on H2 (file) and {@link IndexFollower} following its
 * change feed with its default poll interval. A publisher thread publishes {@code -Dfresh.rate}
 * items per second (default 4, each 5–6 transactions); after each publish returns, this thread
 * searches for the item's 索引号 every 2 ms until it is among the hits. {@code -Dn} items are
 * measured (default 300) after 20 unmeasured ones.
 */
public final class FreshnessSuite {
  private FreshnessSuite() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("n", 0) > 0 ? Integer.getInteger("n") : 300;
    double rate = Double.parseDouble(System.getProperty("fresh.rate", "4"));
    int warmup = 20;
    Corpus corpus = Corpus.of(Long.getLong("seed", Corpus.DEFAULT_SEED), n + warmup);
    Path folder = Corpora.dataFolder().resolve("freshness");
    Corpora.deleteTree(folder);
    Files.createDirectories(folder);
    double[] latencies = new double[n];
    try (HikariDataSource ds = Databases.h2(folder.resolve("store"), 8)) {
      Disclosures d = Disclosures.builder().dataSource(ds).build();
      Drafts.setUp(d);
      Publisher publisher = new Publisher(d);
      DisclosureIndex index = DisclosureIndex.open(folder.resolve("index"), Clock.systemUTC());
      IndexFollower follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build();
      try {
        follower.catchUp();
        follower.start();
        long interval = (long) (1e9 / rate);
        long next = System.nanoTime();
        for (int i = 0; i < n + warmup; i++) {
          Notice notice = corpus.notice(i);
          while (System.nanoTime() < next) {
            Thread.onSpinWait();
          }
          next += interval;
          ItemId id = publisher.publishReturningId(notice);
          long published = System.nanoTime();
          String number = d.working(id).item().indexNumber();
          SearchQuery query = SearchQuery.of("\"" + number + "\"");
          while (!found(index, query, id)) {
            Thread.sleep(2);
            if (System.nanoTime() - published > 30_000_000_000L) {
              throw new IllegalStateException("item " + id + " not searchable after 30 s");
            }
          }
          if (i >= warmup) {
            latencies[i - warmup] = (System.nanoTime() - published) / 1e6;
          }
        }
      } finally {
        close(follower, index);
      }
    }
    Arrays.sort(latencies);
    String md = String.format("Freshness: %d items published at %.0f/s on H2 (file), IndexFollower with its default "
        + "poll interval, searched every 2 ms after the publish call returned.%n%n"
        + "| p50 | p90 | p99 | max | target p50 / p99 |%n|---|---|---|---|---|%n"
        + "| %.0f ms | %.0f ms | %.0f ms | %.0f ms | 100 ms / 1 s |%n", n, rate, pct(latencies, 50), pct(latencies, 90),
        pct(latencies, 99), latencies[n - 1]);
    Results.publish("freshness", md);
  }

  /**
   * Closes the follower, then the index. IndexFollower.close() interrupts its thread, and when that
   * thread is inside a Lucene commit the interrupt closes the index's file channel
   * (ClosedByInterruptException) and invalidates its write lock, so closing the index then fails.
   * That is reported, not hidden; the figures were taken before.
   */
  private static void close(IndexFollower follower, DisclosureIndex index) {
    follower.close();
    try {
      index.close();
    } catch (RuntimeException e) {
      System.out.println("[freshness] closing the index after IndexFollower.close() failed: " + e);
    }
  }

  private static boolean found(DisclosureIndex index, SearchQuery query, ItemId id) {
    for (SearchHit h : index.search(query).hits()) {
      if (h.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
