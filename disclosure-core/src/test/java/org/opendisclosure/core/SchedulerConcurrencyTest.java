package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;

/** Two processes (two {@code Disclosures} on one database) never publish an item twice. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SchedulerConcurrencyTest {
  @Parameter
  TestDatabase database;

  @Test
  void twoSchedulersPublishTwoHundredDueItemsEachExactlyOnce() throws Exception {
    MutableClock clock = MutableClock.at("2026-03-02T01:00:00Z");
    DataSource ds = database.newDataSource();
    Disclosures first = Disclosures.builder().dataSource(ds).clock(clock).build();
    TestOrgans.register(first);
    Staff.grant(first);
    Instant due = clock.instant().plus(Duration.ofHours(1));
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ItemId id = first.createDraft(TestOrgans.HONGLING, "regulations",
          new Content("通知" + i, null, SamplePayloads.policyDocument(), "<p>" + i + "</p>"), Staff.EDITOR).id();
      first.submit(id, 1, Staff.EDITOR);
      first.review(id, 1, Staff.REVIEWER, "通过");
      first.approve(id, 1, Staff.APPROVER, "同意", Map.of());
      first.schedule(id, 1, Staff.EDITOR, due);
      ids.add(id);
    }
    Disclosures second = Disclosures.builder().dataSource(ds).clock(clock).build();
    clock.set(due);

    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<SchedulerRun> a = CompletableFuture.supplyAsync(() -> runAfter(start, first));
    CompletableFuture<SchedulerRun> b = CompletableFuture.supplyAsync(() -> runAfter(start, second));
    start.countDown();
    List<ItemId> published = new ArrayList<>(a.get().published());
    published.addAll(b.get().published());

    assertThat(published).hasSize(200).doesNotHaveDuplicates();
    assertThat(new HashSet<>(published)).isEqualTo(Set.copyOf(ids));
    for (ItemId id : ids) {
      assertThat(first.auditTrail(id)).filteredOn(e -> e.type() == EventType.PUBLISHED).hasSize(1);
    }
    assertThat(first.runScheduler().published()).isEmpty();
  }

  private static SchedulerRun runAfter(CountDownLatch start, Disclosures d) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return d.runScheduler();
  }
}
