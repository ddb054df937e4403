package org.opendisclosure.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;

/**
 * Publication metrics read off the store's change feed: {@code od_public_events_total} by kind
 * (published, corrected, withdrawn, …) since the store began, and the feed's last sequence.
 * Brought up to date when metrics are scraped, so no thread runs for it. Thread-safe.
 */
public final class ChangeMetrics {
  private static final int BATCH = 5_000;

  private final Disclosures disclosures;
  private final Map<ChangeKind, Counter> counters = new EnumMap<>(ChangeKind.class);
  private final AtomicLong sequence = new AtomicLong();

  ChangeMetrics(Disclosures disclosures, MeterRegistry registry) {
    this.disclosures = disclosures;
    for (ChangeKind kind : List.of(ChangeKind.PUBLISHED, ChangeKind.CORRECTED, ChangeKind.WITHDRAWN,
        ChangeKind.REDACTED, ChangeKind.WINDOW_CLOSED)) {
      counters.put(kind, Counter.builder("od.public.events")
          .description("Publications, corrections, withdrawals, redactions and closed windows")
          .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
    }
    Gauge.builder("od.change.sequence", sequence, AtomicLong::get)
        .description("The last change-feed sequence the metrics have read").register(registry);
  }

  /** Reads the change feed up to now. */
  public synchronized void refresh() {
    while (true) {
      List<Change> batch = disclosures.changesAfter(sequence.get(), BATCH);
      for (Change c : batch) {
        Counter counter = counters.get(c.kind());
        if (counter != null) {
          counter.increment();
        }
        sequence.set(c.sequence());
      }
      if (batch.size() < BATCH) {
        return;
      }
    }
  }
}
