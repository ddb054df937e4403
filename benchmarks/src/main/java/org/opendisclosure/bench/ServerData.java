package org.opendisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ArchivedItem;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.search.SearchService;

/**
 * A data folder the REST server can serve as it is: the corpus published in its default store (an
 * H2 file), the search index complete and in step with the change feed, the log key and token
 * pepper in place. Written through the server's own {@link ServerContext} and {@link
 * ServerConfig#forDataDir}, so the server finds exactly what it expects. Reused while its
 * {@code complete} marker exists and names this version's index layout, like {@link
 * Corpora#builtIndex}.
 *
 * <p>The items go in through the archive import ({@link Disclosures#importPublished}, batches of
 * 500, each notice with its original 索引号), as a county migrating its archive would load them.
 */
public final class ServerData {
  private ServerData() {}

  /** The folder for {@code corpus} under the suites' data folder, prepared unless complete. */
  public static Path prepare(Corpus corpus) {
    return prepare(Corpora.dataFolder().resolve("server-" + corpus.seed() + "-" + corpus.size()), corpus);
  }

  /**
   * Makes {@code dir} a complete server data folder holding {@code corpus}, unless it already is
   * one. A complete folder whose index has an older layout than this version's gets its index
   * rebuilt from its store (as the server would rebuild it on start, in the background).
   */
  public static Path prepare(Path dir, Corpus corpus) {
    Path complete = dir.resolve("complete");
    if (Files.exists(complete) && Corpora.marker(complete).endsWith(Corpora.layout())) {
      System.out.printf("[server-data] reusing %s%n", dir.getFileName());
      return dir;
    }
    boolean reindex = Files.exists(complete);
    if (!reindex) {
      Corpora.deleteTree(dir);
    }
    long start = System.nanoTime();
    int documents;
    try (ServerContext ctx = ServerContext.open(ServerConfig.forDataDir(dir), Clock.systemUTC())) {
      Disclosures d = ctx.disclosures();
      if (!reindex) {
        Drafts.setUp(d);
        publishAll(d, corpus);
        d.runScheduler(); // closes the publicity windows already past now, not during a measurement
      }
      SearchService search = ctx.openSearch(); // an index of an older layout is emptied here
      search.catchUp();
      documents = search.index().documentCount();
      if (documents != corpus.size() || search.lag() != 0) {
        throw new IllegalStateException("the index holds " + documents + " of " + corpus.size() + " items, "
            + search.lag() + " changes behind");
      }
    }
    try {
      Files.writeString(complete, documents + " items, " + Corpora.layout() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf("[server-data] %,d items %s in %.0f s into %s%n", documents,
        reindex ? "reindexed (older index layout)" : "published and indexed", (System.nanoTime() - start) / 1e9,
        dir.getFileName());
    return dir;
  }

  /** Puts every notice of {@code corpus} into the store, published, by the archive import. */
  static void publishAll(Disclosures d, Corpus corpus) {
    List<ArchivedItem> items = ImportSuite.archived(corpus, Instant.now());
    int step = Math.max(ImportSuite.BATCH, corpus.size() / 20 / ImportSuite.BATCH * ImportSuite.BATCH);
    long start = System.nanoTime();
    for (int from = 0; from < items.size(); from += ImportSuite.BATCH) {
      d.importPublished(items.subList(from, Math.min(items.size(), from + ImportSuite.BATCH)), Drafts.APPROVER);
      int n = Math.min(items.size(), from + ImportSuite.BATCH);
      if (n % step == 0) {
        System.out.printf("[server-data] %,d of %,d imported (%.0f items/s)%n", n, corpus.size(),
            n / ((System.nanoTime() - start) / 1e9));
      }
    }
  }
}
