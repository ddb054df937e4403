package org.opendisclosure.search;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ItemId;

/**
 * Keeps a {@link DisclosureIndex} in step with the store's change feed. For each batch of
 * changes it loads every changed item ({@link DocumentLoader}) and upserts it, or deletes it when
 * it is no longer published, then commits the index together with the last sequence applied. So
 * after a crash (even {@code kill -9}) it resumes from the last commit, and on an empty index it
 * rebuilds everything from sequence 0, reporting {@link Progress} as it goes.
 *
 * <p>Thread-safe: {@link #catchUp()} may be called from any thread (calls are serialised), and
 * {@link #start()} runs it on a daemon thread every poll interval.
 */
public final class IndexFollower implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(IndexFollower.class.getName());
  /** During a rebuild, commit after at least this many items. */
  static final int REBUILD_COMMIT_EVERY = 20_000;
  /** While catching up with a backlog, commit at least this often. */
  static final long CATCH_UP_COMMIT_NANOS = 5_000_000_000L;

  private static final ThreadFactory WORKERS = r -> {
    Thread t = new Thread(r, "disclosure-index-rebuild");
    t.setDaemon(true);
    return t;
  };

  private final DisclosureIndex index;
  private final ChangeSource source;
  private final DocumentLoader loader;
  private final int batchSize;
  private final int threads;
  private final Duration pollInterval;
  private final Consumer<Progress> progress;
  private final Object lock = new Object();
  private volatile Thread thread;
  private volatile boolean stopping;
  private final Object wakeup = new Object();
  private boolean woken; // guarded by wakeup

  private IndexFollower(Builder b) {
    this.index = b.index;
    this.source = b.source;
    this.loader = b.loader;
    this.batchSize = b.batchSize;
    this.threads = b.threads;
    this.pollInterval = b.pollInterval;
    this.progress = b.progress;
  }

  /** A follower of {@code source} into {@code index}, loading documents with {@code loader}. */
  public static Builder builder(DisclosureIndex index, ChangeSource source, DocumentLoader loader) {
    return new Builder(index, source, loader);
  }

  /**
   * How far the follower has got. Immutable and thread-safe.
   *
   * @param sequence the last change-feed sequence applied (committed with the batch; during a
   *     rebuild, with the next commit, every {@value #REBUILD_COMMIT_EVERY} items and at the end)
   * @param itemsApplied items upserted or deleted by this catch-up so far
   * @param rebuilding whether this catch-up started from an empty index (sequence 0)
   */
  public record Progress(long sequence, long itemsApplied, boolean rebuilding) {}

  /** The change-feed sequence the index has committed. */
  public long appliedSequence() {
    return index.recordedSequence();
  }

  /**
   * Applies every change available now, batch by batch, and returns the last sequence applied.
   * Each batch is visible to search as soon as it is applied and committed with its sequence
   * right after. With a backlog (full batches: an import, a restart after downtime) batches are
   * indexed on {@link Builder#threads} threads inside a {@link DisclosureIndex#backlog()} (the
   * index's own refresh makes them visible every three seconds, so indexing never waits for it)
   * and committed every five seconds until the follower has caught up. When the index starts empty
   * (a rebuild) the batches are indexed inside a {@link DisclosureIndex#bulkLoad()}, committed
   * every {@value #REBUILD_COMMIT_EVERY} items, and become visible together at the end.
   */
  public long catchUp() {
    synchronized (lock) {
      long sequence = index.recordedSequence();
      boolean rebuilding = sequence == 0;
      long applied = 0;
      long uncommitted = 0;
      long lastCommit = System.nanoTime();
      ExecutorService pool = null;
      DisclosureIndex.BulkLoad bulk = rebuilding ? index.bulkLoad() : null;
      DisclosureIndex.Backlog backlog = null;
      try {
        while (!stopping) {
          List<Change> changes = source.changesAfter(sequence, batchSize);
          if (changes.isEmpty()) {
            break;
          }
          // A full batch means more are waiting (a rebuild, an import): index on several threads
          // and refresh and commit less often until the follower has caught up.
          boolean behind = changes.size() == batchSize;
          if ((rebuilding || behind) && pool == null && threads > 1) {
            pool = Executors.newFixedThreadPool(threads, WORKERS);
          }
          if (behind && !rebuilding && backlog == null) {
            backlog = index.backlog();
          }
          Set<ItemId> ids = new LinkedHashSet<>();
          long last = sequence;
          for (Change change : changes) {
            if (change.sequence() <= last) {
              throw new SearchException("change feed went backwards at sequence " + change.sequence());
            }
            last = change.sequence();
            ids.add(change.itemId());
          }
          apply(ids, rebuilding || behind ? pool : null);
          applied += ids.size();
          uncommitted += ids.size();
          sequence = last;
          long now = System.nanoTime();
          if (!rebuilding && !behind) {
            index.refresh();
          }
          boolean commit = rebuilding ? uncommitted >= REBUILD_COMMIT_EVERY
              : !behind || now - lastCommit >= CATCH_UP_COMMIT_NANOS;
          if (commit) {
            index.commitSequence(sequence);
            uncommitted = 0;
            lastCommit = now;
          }
          progress.accept(new Progress(sequence, applied, rebuilding));
        }
        if (uncommitted > 0) {
          index.commitSequence(sequence);
        }
      } finally {
        if (pool != null) {
          pool.shutdown();
        }
        if (bulk != null) {
          bulk.close();
        }
        if (backlog != null) {
          backlog.close();
        }
      }
      index.refresh();
      return sequence;
    }
  }

  /**
   * Loads (with {@link DocumentLoader#loadAll}, at most {@link DocumentLoader#MAX_BATCH} at a
   * time) and upserts or deletes each item, on the pool's threads when there is one.
   */
  private void apply(Set<ItemId> ids, ExecutorService pool) {
    List<ItemId> list = List.copyOf(ids);
    if (pool == null) {
      applyAll(list);
      return;
    }
    List<Future<?>> parts = new ArrayList<>();
    int step = (list.size() + threads - 1) / threads;
    for (int from = 0; from < list.size(); from += step) {
      List<ItemId> part = list.subList(from, Math.min(list.size(), from + step));
      parts.add(pool.submit(() -> applyAll(part)));
    }
    for (Future<?> part : parts) {
      try {
        part.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SearchException("interrupted while indexing", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new SearchException("indexing failed", e.getCause());
      }
    }
  }

  private void applyAll(List<ItemId> ids) {
    for (int from = 0; from < ids.size(); from += DocumentLoader.MAX_BATCH) {
      List<ItemId> slice = ids.subList(from, Math.min(ids.size(), from + DocumentLoader.MAX_BATCH));
      Map<ItemId, SearchDocument> documents = loader.loadAll(slice);
      for (ItemId id : slice) {
        SearchDocument document = documents.get(id);
        if (document == null) {
          index.delete(id);
        } else if (!document.id().equals(id)) {
          throw new SearchException("the loader gave the document of " + document.id() + " for " + id);
        } else {
          index.upsert(document);
        }
      }
    }
  }

  /**
   * Wakes the thread started by {@link #start()} to look at the feed now instead of at its next
   * poll: an application that just published can call it to make the item searchable sooner.
   */
  public void wakeUp() {
    synchronized (wakeup) {
      woken = true;
      wakeup.notifyAll();
    }
  }

  /** Starts following on a daemon thread that polls every poll interval. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    stopping = false;
    Thread t = new Thread(this::loop, "disclosure-index-follower");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Stops the thread started by {@link #start()} and waits for it. Idempotent. */
  @Override
  public synchronized void close() {
    stopping = true;
    Thread t = thread;
    thread = null;
    if (t != null) {
      // Never interrupt: an interrupt inside a Lucene commit closes the index's file channels
      // (ClosedByInterruptException) and invalidates its write lock. Wake the sleeper instead.
      synchronized (wakeup) {
        wakeup.notifyAll();
      }
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    long backoff = pollInterval.toMillis();
    while (!stopping) {
      try {
        catchUp();
        backoff = pollInterval.toMillis();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "following the change feed failed; retrying", e);
        backoff = Math.min(backoff * 2, 30_000);
      }
      synchronized (wakeup) {
        if (stopping) {
          return;
        }
        if (woken) {
          woken = false;
          continue;
        }
        try {
          wakeup.wait(backoff);
          woken = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Settings of an {@link IndexFollower}; every setter checks its argument. Not thread-safe. */
  public static final class Builder {
    private final DisclosureIndex index;
    private final ChangeSource source;
    private final DocumentLoader loader;
    private int batchSize = 500;
    private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    private Duration pollInterval = Duration.ofMillis(50);
    private Consumer<Progress> progress = p -> {};

    private Builder(DisclosureIndex index, ChangeSource source, DocumentLoader loader) {
      this.index = Objects.requireNonNull(index, "index");
      this.source = Objects.requireNonNull(source, "source");
      this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Changes read per batch (and per commit), 1–10000; default 500. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 10_000) {
        throw ValidationException.of("batchSize", "must be between 1 and 10000");
      }
      this.batchSize = batchSize;
      return this;
    }

    /** Threads that load and index documents during a rebuild, 1–64; default 2 (or 1 on one core). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw ValidationException.of("threads", "must be between 1 and 64");
      }
      this.threads = threads;
      return this;
    }

    /** How often {@link #start()}'s thread polls the feed, 10 ms – 1 min; default 50 ms. */
    public Builder pollInterval(Duration pollInterval) {
      if (pollInterval == null || pollInterval.toMillis() < 10 || pollInterval.toMillis() > 60_000) {
        throw ValidationException.of("pollInterval", "must be between 10 ms and 1 minute");
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /** Called after every batch applied. */
    public Builder progress(Consumer<Progress> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    public IndexFollower build() {
      return new IndexFollower(this);
    }
  }
}
