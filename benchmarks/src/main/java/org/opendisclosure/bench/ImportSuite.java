package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ArchivedItem;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;

/**
 * Archive migration: the corpus imported with {@link Disclosures#importPublished} in batches of
 * 500 (each notice with its own 索引号, one thread), into an H2 file store and into embedded
 * PostgreSQL with durable commits, three ways per store:
 *
 * <ul>
 *   <li><b>store only</b>: the import alone into an empty store;
 *   <li><b>index only</b>: an {@link IndexFollower} catching a fresh on-disk {@link
 *       DisclosureIndex} up from that store (the rebuild from the store);
 *   <li><b>end to end</b>: the import into another empty store while a follower (polling every
 *       50 ms) indexes it, timed until the index holds every item.
 * </ul>
 *
 * The archived items are made from the corpus before the clock starts. Default size 50,000
 * ({@code -Dn} overrides); a notice the corpus dates after now is dated now.
 */
public final class ImportSuite {
  static final int BATCH = 500;
  /**
   * Items of the unmeasured end-to-end import each store gets first ({@code -Dimport.warmup}): in a
   * fresh JVM the first 10,000 items cost several times the CPU of the rest while the JIT compiles
   * the import, the store's driver and the indexing, which a county's archive of 10⁵–10⁶ items
   * does not see.
   */
  static final int WARMUP_ITEMS = Integer.getInteger("import.warmup", 5_000);

  private ImportSuite() {}

  /** Items per second of the three runs on one store. */
  record Run(String store, double storeOnly, double indexOnly, double endToEnd) {}

  /** Opens a fresh, empty store's data source under {@code folder}; {@code name} tells runs apart. */
  interface Stores {
    HikariDataSource fresh(String name) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(50_000);
    long made = System.nanoTime();
    List<ArchivedItem> items = archived(corpus, Instant.now());
    System.out.printf("[import] %,d archived items made in %.1f s (not timed below)%n", items.size(),
        (System.nanoTime() - made) / 1e9);
    Path folder = Corpora.dataFolder().resolve("import");
    Corpora.deleteTree(folder);
    Files.createDirectories(folder);
    List<Run> runs = new ArrayList<>();
    runs.add(run("H2 2.5 file", items, folder, name -> Databases.h2(folder.resolve("h2-" + name), 4)));
    try (EmbeddedPostgres pg = Databases.postgres(folder.resolve("pg"))) {
      runs.add(run("PostgreSQL 14, fsync + synchronous_commit on", items, folder, name -> database(pg, name)));
    }
    Results.publish("import", table(items.size(), runs));
  }

  /** Every notice as an archived item with its original index number, dated no later than {@code now}. */
  static List<ArchivedItem> archived(Corpus corpus, Instant now) {
    ArchivedItem[] out = new ArchivedItem[corpus.size()];
    Corpora.inParallel(corpus.size(), i -> out[i] = archived(corpus.notice(i), now));
    return List.of(out);
  }

  static ArchivedItem archived(Notice n, Instant now) {
    Instant at = n.publishedAt().isAfter(now) ? now : n.publishedAt();
    Content c = Drafts.content(n);
    LocalDate publishedOn = LocalDate.ofInstant(at, Disclosures.ZONE);
    if (c.formedOn() != null && c.formedOn().isAfter(publishedOn)) {
      c = new Content(c.title(), publishedOn, c.payload(), c.bodyHtml());
    }
    return ArchivedItem.of(n.organ().code(), n.category().code(), c, at).withIndexNumber(n.indexNumber())
        .withSourceReference("bench-corpus:" + n.index());
  }

  static Run run(String store, List<ArchivedItem> items, Path folder, Stores stores) throws Exception {
    if (WARMUP_ITEMS > 0) {
      endToEnd(store + ", warm-up (not measured)", items.subList(0, Math.min(WARMUP_ITEMS, items.size())), folder,
          stores, "warmup");
    }
    double storeOnly;
    double indexOnly;
    try (HikariDataSource ds = stores.fresh("store")) {
      Disclosures d = Disclosures.builder().dataSource(ds).build();
      Drafts.setUp(d);
      long start = System.nanoTime();
      importAll(d, items);
      storeOnly = rate(items.size(), start, store + ", store only");
      Path index = folder.resolve("index-" + store.hashCode());
      Corpora.deleteTree(index);
      try (DisclosureIndex idx = DisclosureIndex.open(index, Clock.systemUTC());
          IndexFollower follower = IndexFollower.builder(idx, d::changesAfter, PublishedDocuments.of(d)).build()) {
        start = System.nanoTime();
        follower.catchUp();
        indexOnly = rate(items.size(), start, store + ", index only (rebuild from the store)");
        check(idx, items.size());
      }
      Corpora.deleteTree(index);
    }
    double endToEnd = endToEnd(store + ", end to end", items, folder, stores, "e2e");
    return new Run(store, storeOnly, indexOnly, endToEnd);
  }

  /** Imports {@code items} into a fresh store {@code name} with a follower indexing it; items/s until indexed. */
  private static double endToEnd(String what, List<ArchivedItem> items, Path folder, Stores stores, String name)
      throws Exception {
    double endToEnd;
    try (HikariDataSource ds = stores.fresh(name)) {
      Disclosures d = Disclosures.builder().dataSource(ds).build();
      Drafts.setUp(d);
      Path index = folder.resolve("index-" + name + "-" + what.hashCode());
      Corpora.deleteTree(index);
      try (DisclosureIndex idx = DisclosureIndex.open(index, Clock.systemUTC());
          IndexFollower follower = IndexFollower.builder(idx, d::changesAfter, PublishedDocuments.of(d))
              .pollInterval(Duration.ofMillis(50)).build()) {
        follower.start();
        long start = System.nanoTime();
        importAll(d, items);
        long last = d.lastChangeSequence();
        while (follower.appliedSequence() < last) {
          Thread.sleep(10);
        }
        endToEnd = rate(items.size(), start, what);
        check(idx, items.size());
      }
      Corpora.deleteTree(index);
    }
    return endToEnd;
  }

  private static void importAll(Disclosures d, List<ArchivedItem> items) {
    for (int from = 0; from < items.size(); from += BATCH) {
      d.importPublished(items.subList(from, Math.min(items.size(), from + BATCH)), Drafts.APPROVER);
    }
  }

  private static double rate(int n, long startNanos, String what) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("[import] %s: %,.0f items/s (%.1f s)%n", what, n / seconds, seconds);
    return n / seconds;
  }

  private static void check(DisclosureIndex index, int n) {
    index.refresh();
    if (index.documentCount() != n) {
      throw new IllegalStateException("the index holds " + index.documentCount() + " items, not " + n);
    }
  }

  /** A pooled data source on a new database {@code name} of the server. */
  private static HikariDataSource database(EmbeddedPostgres pg, String name) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", name));
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  static String table(int n, List<Run> runs) {
    StringBuilder md = new StringBuilder(String.format("Archive import of %,d items with Disclosures.importPublished "
        + "in batches of %d on one thread (items made beforehand); index: IndexFollower into a fresh on-disk "
        + "DisclosureIndex; each store first gets an unmeasured end-to-end import of %,d items (JIT warm-up).%n%n",
        n, BATCH, WARMUP_ITEMS));
    md.append("| store | store only | index only (rebuild from the store) | end to end (import + follower until "
        + "indexed) | target end to end | ratio to target |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      md.append(String.format("| %s | %,.0f items/s | %,.0f items/s | %,.0f items/s | 1,500 items/s | %.2f× |%n",
          r.store(), r.storeOnly(), r.indexOnly(), r.endToEnd(), r.endToEnd() / 1500));
    }
    return md.toString();
  }
}
