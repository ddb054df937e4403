package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.calendar.StatutoryPeriod;
import org.opendisclosure.core.catalogue.Cadence;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.report.ComplianceReport;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.core.workflow.Obligation;

/** Overdue, due-soon, stale and periodic duties (H2; the queries are the suite's, run there on both). */
class ComplianceTest {
  MutableClock clock;
  Disclosures d;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z");
    d = Disclosures.builder().dataSource(TestDatabase.H2.newDataSource()).clock(clock).build();
    TestOrgans.register(d);
    Staff.grant(d);
  }

  ItemId draftFormedOn(LocalDate formed) {
    return d.createDraft(TestOrgans.HONGLING, "regulations",
        new Content("通知", formed, SamplePayloads.policyDocument(), "<p>x</p>"), Staff.EDITOR).id();
  }

  void publish(ItemId id) {
    d.submit(id, 1, Staff.EDITOR);
    d.review(id, 1, Staff.REVIEWER, "通过");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(id, 1, Staff.EDITOR);
  }

  @Test
  void overdueAndDueSoonItemsAreReportedForTheOrganAndItsAncestors() {
    ItemId overdue = draftFormedOn(LocalDate.of(2026, 1, 5)); // due 20 working days later, in February
    ItemId soon = draftFormedOn(LocalDate.of(2026, 2, 2)); // 02-14 make-up, 02-15…23 off → due 2026-03-05
    ItemId later = draftFormedOn(LocalDate.of(2026, 3, 1));

    ComplianceReport township = d.compliance(TestOrgans.HONGLING);
    assertThat(township.overdue()).extracting(Item::id).containsExactly(overdue);
    assertThat(township.dueSoon()).extracting(Item::id).containsExactly(soon);
    assertThat(township.dueSoon()).extracting(Item::id).doesNotContain(later);
    assertThat(d.compliance(TestOrgans.COUNTY).overdue()).extracting(Item::id).containsExactly(overdue);
    assertThat(d.compliance(TestOrgans.QINGSHAN).overdue()).isEmpty();

    publish(overdue);
    assertThat(d.compliance(TestOrgans.HONGLING).overdue()).isEmpty();
    assertThatThrownBy(() -> d.compliance("nobody")).isInstanceOf(ValidationException.class);
  }

  @Test
  void publishedItemsOlderThanTheirCadenceAreStale() {
    ItemId id = d.createDraft(TestOrgans.HONGLING, "organisation",
        new Content("机构职能", null, SamplePayloads.policyDocument(), "<p>x</p>"), Staff.EDITOR).id();
    publish(id);
    assertThat(d.compliance(TestOrgans.HONGLING).stale()).isEmpty();
    clock.set(Instant.parse("2027-03-03T01:00:00Z"));
    assertThat(d.compliance(TestOrgans.HONGLING).stale()).extracting(Item::id).containsExactly(id);
  }

  @Test
  void periodicDutiesReportMissingAndLatePeriods() {
    d.registerObligation(new Obligation(TestOrgans.HONGLING, "village-finances", Cadence.MONTHLY,
        StatutoryPeriod.workingDays(10)));
    // February's disclosure went out on time (02-03); March's on 03-20, after its due date.
    clock.set(Instant.parse("2026-02-03T01:00:00Z"));
    publishFinance();
    clock.set(Instant.parse("2026-03-20T01:00:00Z"));
    publishFinance();
    // May: 05-01…05 off, 05-09 make-up → due 2026-05-18, still ahead on 05-15.
    clock.set(Instant.parse("2026-05-15T01:00:00Z"));

    ComplianceReport report = d.compliance(TestOrgans.HONGLING);
    assertThat(report.periodic()).filteredOn(g -> g.periodStart().equals(LocalDate.of(2026, 2, 1))).isEmpty();
    assertThat(report.periodic()).filteredOn(g -> g.periodStart().equals(LocalDate.of(2026, 3, 1)))
        .singleElement().satisfies(g -> {
          assertThat(g.late()).isTrue();
          assertThat(g.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        });
    assertThat(report.periodic()).filteredOn(g -> g.periodStart().equals(LocalDate.of(2026, 4, 1)))
        .singleElement().satisfies(g -> assertThat(g.late()).isFalse());
    assertThat(report.periodic()).filteredOn(g -> g.periodStart().equals(LocalDate.of(2026, 5, 1))).isEmpty();
  }

  private void publishFinance() {
    ItemId id = d.createDraft(TestOrgans.HONGLING, "village-finances",
        new Content("村级财务公开", null, SamplePayloads.policyDocument(), "<p>收支明细</p>"), Staff.EDITOR).id();
    d.recordAudit(id, 1, Staff.AUDITOR, "已核实");
    publish(id);
  }
}
