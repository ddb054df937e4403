package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.PublicityWindow.WindowState;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.core.workflow.PrivacyFinding;

/** The workflow end to end on H2 and on embedded PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WorkflowTest {
  @Parameter
  TestDatabase database;

  MutableClock clock;
  javax.sql.DataSource dataSource;
  Disclosures d;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z"); // Monday 09:00 in Shanghai
    dataSource = database.newDataSource();
    d = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    TestOrgans.register(d);
    Staff.grant(d);
  }

  ItemView draft(String category, Payload payload, String body) {
    return d.createDraft(TestOrgans.HONGLING, category, new Content("红岭镇" + category + "公示", null, payload, body),
        Staff.EDITOR);
  }

  /** Drafted, submitted and reviewed: ready for the approver. */
  ItemId inReview(String category, Payload payload, String body) {
    ItemId id = draft(category, payload, body).id();
    d.submit(id, 1, Staff.EDITOR);
    d.review(id, 1, Staff.REVIEWER, "数据核对无误");
    return id;
  }

  ItemId published(String category, Payload payload, String body) {
    ItemId id = inReview(category, payload, body);
    d.approve(id, 1, Staff.APPROVER, "同意公开", Map.of());
    d.publish(id, 1, Staff.EDITOR);
    return id;
  }

  @Test
  void aCadreNoticeGoesThroughReviewApprovalScheduleAndItsWindowCloses() {
    ItemId id = inReview("cadre-appointments", SamplePayloads.cadreNotice(), "<p>经镇党委研究，拟任用以下同志。</p>");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    Instant nine = Instant.parse("2026-03-03T01:00:00Z");
    d.schedule(id, 1, Staff.EDITOR, nine);

    assertThat(d.runScheduler().published()).isEmpty();
    assertThat(d.published(id)).isEmpty();

    clock.set(nine);
    SchedulerRun run = d.runScheduler();
    assertThat(run.published()).containsExactly(id);
    ItemView live = d.published(id).orElseThrow();
    assertThat(live.item().status()).isEqualTo(Status.PUBLISHED);
    // Published 2026-03-03; the notice names 03-02…03-06, less than the statutory 5 working days
    // from the later start (03-03): 04, 05, 06, 09, 10 → the window runs to 2026-03-10.
    assertThat(live.item().window().start()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(live.item().window().end()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(live.item().window().state(LocalDate.of(2026, 3, 10))).isEqualTo(WindowState.OPEN);
    assertThat(d.runScheduler().published()).as("publishing is idempotent").isEmpty();

    Feedback f = d.submitFeedback(id, "对拟任人选有意见", "138****0000", "203.0.113.9");
    assertThat(d.feedback(id, Staff.APPROVER)).containsExactly(f);
    assertThat(d.feedbackCount(id)).isEqualTo(1);
    assertThatThrownBy(() -> d.feedback(id, Staff.QINGSHAN_APPROVER)).isInstanceOf(AccessDeniedException.class);

    clock.set(Instant.parse("2026-03-11T01:00:00Z"));
    assertThat(d.runScheduler().windowsClosed()).containsExactly(id);
    assertThat(d.runScheduler().windowsClosed()).isEmpty();
    assertThat(d.published(id).orElseThrow().item().window().closedRecorded()).isTrue();
    assertThatThrownBy(() -> d.submitFeedback(id, "迟到的意见", null, "203.0.113.9"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("not open");
    assertThat(d.auditTrail(id)).extracting(ItemEvent::type).containsExactly(EventType.CREATED,
        EventType.SUBMITTED, EventType.REVIEWED, EventType.APPROVED, EventType.SCHEDULED, EventType.PUBLISHED,
        EventType.WINDOW_CLOSED);
    assertThat(d.auditTrail(id)).allSatisfy(e -> assertThat(e.actor()).isNotNull());
  }

  @Test
  void theReviewerAndTheApproverMustNotBeTheAuthor() {
    d.grant(new org.opendisclosure.core.workflow.Grant(Staff.EDITOR.id(), TestOrgans.HONGLING,
        org.opendisclosure.core.workflow.Role.REVIEWER));
    d.grant(new org.opendisclosure.core.workflow.Grant(Staff.EDITOR.id(), TestOrgans.HONGLING,
        org.opendisclosure.core.workflow.Role.APPROVER));
    ItemId id = draft("regulations", SamplePayloads.policyDocument(), "<p>正文</p>").id();
    d.submit(id, 1, Staff.EDITOR);

    assertThatThrownBy(() -> d.review(id, 1, Staff.EDITOR, "自审"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("reviewer must not be the author");
    assertThatThrownBy(() -> d.approve(id, 1, Staff.EDITOR, "自批", Map.of()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("approver must not be the author");
    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "未审先批", Map.of()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("no reviewer");
  }

  @Test
  void financialItemsNeedAnAuditBeforeApprovalAndAnAuditOfAnOlderRevisionDoesNotCount() {
    ItemId id = draft("three-public-expenses", SamplePayloads.threePublicExpenses2024(), "<p>说明</p>").id();
    d.recordAudit(id, 1, Staff.AUDITOR, "经审计核实");
    d.revise(id, 1, new Content("红岭镇2024年三公经费预算", null, SamplePayloads.threePublicExpenses2024(), "<p>说明（修订）</p>"),
        Staff.EDITOR, "修订说明");
    d.submit(id, 2, Staff.EDITOR);
    d.review(id, 2, Staff.REVIEWER, "通过");

    assertThatThrownBy(() -> d.approve(id, 2, Staff.APPROVER, "同意", Map.of()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("审计理财在前");
    assertThatThrownBy(() -> d.recordAudit(id, 2, Staff.REVIEWER, "不是审计"))
        .isInstanceOf(AccessDeniedException.class);
    d.recordAudit(id, 2, Staff.AUDITOR, "经审计核实第2版");
    assertThat(d.approve(id, 2, Staff.APPROVER, "同意", Map.of()).status()).isEqualTo(Status.APPROVED);
  }

  @Test
  void decisionsNeedTheirDeliberationRecordedFirst() {
    ItemId id = inReview("major-decisions", SamplePayloads.policyDocument(), "<p>关于修建村道的决定</p>");
    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "同意", Map.of()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("民主议事在前");
    assertThatThrownBy(() -> d.recordDeliberation(id, 1, Staff.EDITOR, "镇党委会议", LocalDate.of(2026, 12, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("heldOn");
    d.recordDeliberation(id, 1, Staff.EDITOR, "2026年第3次镇党委会议", LocalDate.of(2026, 2, 27));
    assertThat(d.approve(id, 1, Staff.APPROVER, "同意", Map.of()).status()).isEqualTo(Status.APPROVED);
  }

  @Test
  void approvalIsRefusedWhileBlockingPrivacyFindingsStandUnlessOverriddenWithAReason() {
    ItemId id = inReview("regulations", SamplePayloads.policyDocument(),
        "<p>联系人：王五，身份证号11010519491231002X，手机13812345678。</p><p>编号440524188001010015（校验位错）</p>");
    List<PrivacyFinding> findings = d.privacyFindings(id);
    assertThat(findings).filteredOn(PrivacyFinding::blocking).extracting(PrivacyFinding::type)
        .containsExactlyInAnyOrder("ID_NUMBER", "MOBILE");
    assertThat(findings).filteredOn(f -> !f.blocking()).extracting(PrivacyFinding::type).contains("ID_NUMBER");
    assertThat(findings).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("19491231").doesNotContain("12345678"));

    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "同意", Map.of()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("privacy finding");
    String idKey = findings.stream().filter(f -> f.blocking() && f.type().equals("ID_NUMBER")).findFirst()
        .orElseThrow().key();
    String mobileKey = findings.stream().filter(f -> f.type().equals("MOBILE")).findFirst().orElseThrow().key();
    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "同意", Map.of("body@0:MOBILE", "x")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("overrides[body@0:MOBILE]"));
    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "同意", Map.of(idKey, " ")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> d.approve(id, 1, Staff.APPROVER, "同意", Map.of(idKey, "本人同意公开")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining(mobileKey);

    Item approved = d.approve(id, 1, Staff.APPROVER, "同意",
        Map.of(idKey, "当事人书面同意公开", mobileKey, "为公开的办公电话"));
    assertThat(approved.status()).isEqualTo(Status.APPROVED);
  }

  @Test
  void householdListsAreAlwaysMaskedInPublicOutput() {
    ItemId id = inReview("social-assistance", SamplePayloads.minimumLivingList(),
        "<p>张德顺户，身份证440524188001010014，电话13812345678</p>");
    assertThat(d.privacyFindings(id)).noneMatch(PrivacyFinding::blocking);
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(id, 1, Staff.EDITOR);

    ItemView view = d.published(id).orElseThrow();
    String everything = PayloadCodec.toJson(view.revision().payload()) + view.revision().bodyHtml()
        + view.revision().bodyText() + view.revision().title();
    assertThat(everything).doesNotContain("440524188001010014").doesNotContain("11010519491231002X")
        .doesNotContain("13812345678").contains("440524********0014").contains("张德顺");
    assertThat(d.working(id).revision().bodyText()).as("the stored revision keeps the original")
        .contains("440524188001010014");
  }

  @Test
  void aCorrectionIsReviewedWhileThePublishedRevisionStaysLiveThenReplacesItWithANote() {
    ItemId id = published("regulations", SamplePayloads.policyDocument(), "<p>第一条 旧规定</p>");
    d.correct(id, 1, new Content("红岭镇regulations公示", null, SamplePayloads.policyDocument(),
        "<p>第一条 新规定</p>"), Staff.EDITOR, "更正第一条表述");

    assertThat(d.published(id).orElseThrow().revision().number()).isEqualTo(1);
    assertThat(d.working(id).item().isCorrecting()).isTrue();
    d.submit(id, 2, Staff.EDITOR);
    d.review(id, 2, Staff.REVIEWER, "通过");
    Item corrected = d.approve(id, 2, Staff.APPROVER, "同意更正", Map.of());

    assertThat(corrected.status()).isEqualTo(Status.PUBLISHED);
    assertThat(d.published(id).orElseThrow().revision().bodyText()).isEqualTo("第一条 新规定");
    PublicHistory history = d.publicHistory(id);
    assertThat(history.versions()).extracting(v -> v.revision().number()).containsExactly(1, 2);
    PublicVersion second = history.versions().get(1);
    assertThat(second.correction()).isTrue();
    assertThat(second.note()).isEqualTo("更正第一条表述");
    assertThat(second.changes().bodyChanged()).isTrue();
    assertThat(history.withdrawal()).isNull();
  }

  @Test
  void withdrawalTakesTheContentFromEveryPublicViewButKeepsTheFactAndReason() {
    ItemId id = published("regulations", SamplePayloads.policyDocument(), "<p>已失效的规定</p>");
    assertThatThrownBy(() -> d.withdraw(id, 1, Staff.EDITOR, "x")).isInstanceOf(AccessDeniedException.class);
    d.withdraw(id, 1, Staff.APPROVER, "该文件已废止");

    assertThat(d.published(id)).isEmpty();
    PublicHistory history = d.publicHistory(id);
    assertThat(history.versions()).isEmpty();
    assertThat(history.withdrawal().reason()).isEqualTo("该文件已废止");
    assertThat(d.list(org.opendisclosure.core.model.ItemQuery.all().onlyPublic()).items()).isEmpty();
    assertThatThrownBy(() -> d.withdraw(id, 1, Staff.APPROVER, "again"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void redactionBlanksTheContentAndKeepsATombstoneWithTheHash() {
    ItemId id = published("regulations", SamplePayloads.policyDocument(), "<p>泄露的号码</p>");
    String hash = d.working(id).revision().contentHash();
    assertThatThrownBy(() -> d.redact(id, 1, Staff.APPROVER, "x")).isInstanceOf(AccessDeniedException.class);
    d.redact(id, 1, Staff.ADMIN, "误公开个人身份证号码");

    Revision tombstone = d.history(id).get(0);
    assertThat(tombstone.isRedacted()).isTrue();
    assertThat(tombstone.bodyHtml()).isEmpty();
    assertThat(tombstone.bodyText()).isEmpty();
    assertThat(tombstone.contentHash()).isEqualTo(hash);
    assertThat(tombstone.redaction().by()).isEqualTo(Staff.ADMIN);
    assertThat(tombstone.redaction().reason()).isEqualTo("误公开个人身份证号码");
    assertThat(d.published(id).orElseThrow().revision().isRedacted()).isTrue();
    assertThatThrownBy(() -> d.redact(id, 1, Staff.ADMIN, "again")).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aRoleInOneTownshipGivesNothingInAnotherWhileCountyRolesReachDown() {
    ItemId id = inReview("regulations", SamplePayloads.policyDocument(), "<p>x</p>");
    assertThatThrownBy(() -> d.approve(id, 1, Staff.QINGSHAN_APPROVER, "同意", Map.of()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> d.createDraft(TestOrgans.QINGSHAN, "regulations",
        new Content("t", null, SamplePayloads.policyDocument(), ""), Staff.EDITOR))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(d.roles(Staff.AUDITOR.id(), TestOrgans.HONGLING_VILLAGE))
        .containsExactly(org.opendisclosure.core.workflow.Role.AUDITOR);
  }

  @Test
  void staleExpectationsAreRefusedForTransitionsToo() {
    ItemId id = draft("regulations", SamplePayloads.policyDocument(), "<p>x</p>").id();
    d.revise(id, 1, new Content("新标题", null, SamplePayloads.policyDocument(), "<p>y</p>"), Staff.EDITOR, "改");
    assertThatThrownBy(() -> d.submit(id, 1, Staff.EDITOR)).isInstanceOf(StaleRevisionException.class);
    assertThat(d.working(id).item().status()).isEqualTo(Status.DRAFT);
  }

  @Test
  void aScheduledItemReturnedBeforeItsTimeIsReportedNotPublished() {
    ItemId id = inReview("regulations", SamplePayloads.policyDocument(), "<p>x</p>");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.schedule(id, 1, Staff.EDITOR, clock.instant().plus(Duration.ofHours(2)));
    d.returnToAuthor(id, 1, Staff.APPROVER, "数据需再核");

    clock.advance(Duration.ofHours(3));
    SchedulerRun run = d.runScheduler();
    assertThat(run.published()).isEmpty();
    assertThat(run.missed()).extracting(Item::id).containsExactly(id);
    assertThat(d.published(id)).isEmpty();
  }

  @Test
  void aPublicationThatFellDueWhileTheProcessWasDownHappensAtStartUp() {
    ItemId id = inReview("regulations", SamplePayloads.policyDocument(), "<p>x</p>");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.schedule(id, 1, Staff.EDITOR, clock.instant().plus(Duration.ofHours(1)));
    // The process stops; two days later a new one starts on the same database.
    clock.advance(Duration.ofDays(2));
    Disclosures restarted = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    assertThat(restarted.runScheduler().published()).containsExactly(id);
    assertThat(restarted.published(id)).isPresent();
    assertThat(d.published(id)).isPresent();
  }

  @Test
  void everyItemCarriesItsStatutoryDeadline() {
    clock.set(Instant.parse("2025-09-26T02:00:00Z"));
    ItemView doc = d.createDraft(TestOrgans.HONGLING, "regulations",
        new Content("通知", LocalDate.of(2025, 9, 26), SamplePayloads.policyDocument(), "<p>x</p>"), Staff.EDITOR);
    // 20 working days after 2025-09-26 (09-28 make-up, 10-01…10-08 off, 10-11 make-up) → 2025-10-30.
    assertThat(doc.item().dueBy().date()).isEqualTo(LocalDate.of(2025, 10, 30));
    assertThat(doc.item().dueBy().provisional()).isFalse();

    ItemView budget = d.createDraft(TestOrgans.HONGLING, "budget",
        new Content("2024年预算", LocalDate.of(2024, 2, 1), SamplePayloads.budget2024(), "<p>x</p>"), Staff.EDITOR);
    // Approved 2024-01-16 (in the payload): 20 calendar days → 2024-02-05, a Monday and a working day.
    assertThat(budget.item().dueBy().date()).isEqualTo(LocalDate.of(2024, 2, 5));

    ItemView late = d.createDraft(TestOrgans.HONGLING, "regulations",
        new Content("明年的通知", LocalDate.of(2026, 12, 20), SamplePayloads.policyDocument(), "<p>x</p>"),
        Staff.EDITOR);
    assertThat(late.item().dueBy().provisional()).as("runs into 2027, whose holidays are unknown").isTrue();
  }

  @Test
  void feedbackIsRateLimitedPerClientAndValidated() {
    Disclosures strict = Disclosures.builder().dataSource(dataSource).clock(clock).feedbackPerClientPerHour(2).build();
    ItemId id = inReview("cadre-appointments", SamplePayloads.cadreNotice(), "<p>公示</p>");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(id, 1, Staff.EDITOR);

    strict.submitFeedback(id, "意见一", null, "192.0.2.1");
    strict.submitFeedback(id, "意见二", null, "192.0.2.1");
    assertThatThrownBy(() -> strict.submitFeedback(id, "意见三", null, "192.0.2.1"))
        .isInstanceOf(RateLimitException.class);
    strict.submitFeedback(id, "另一位群众的意见", null, "192.0.2.2");
    clock.advance(Duration.ofMinutes(61));
    strict.submitFeedback(id, "一小时后的意见", null, "192.0.2.1");
    assertThat(d.feedbackCount(id)).isEqualTo(4);

    assertThatThrownBy(() -> d.submitFeedback(id, " ", "x".repeat(201), "192.0.2.3"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("body", "contact"));
    ItemId draft = draft("regulations", SamplePayloads.policyDocument(), "<p>x</p>").id();
    assertThatThrownBy(() -> d.submitFeedback(draft, "对草稿的意见", null, "192.0.2.3"))
        .as("an unpublished item is unknown to the public").isInstanceOf(ItemNotFoundException.class);
    assertThatThrownBy(() -> d.publicHistory(draft)).isInstanceOf(ItemNotFoundException.class);
  }

  @Test
  void listingsFilterByOrganTreeCategoryTreeYearAndOpenWindow() {
    ItemId notice = inReview("cadre-appointments", SamplePayloads.cadreNotice(), "<p>公示</p>");
    d.approve(notice, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(notice, 1, Staff.EDITOR);
    ItemId doc = published("regulations", SamplePayloads.policyDocument(), "<p>x</p>");

    org.opendisclosure.core.model.ItemQuery q = org.opendisclosure.core.model.ItemQuery.all().onlyPublic();
    assertThat(d.list(q.organTree(TestOrgans.COUNTY)).items()).extracting(Item::id)
        .containsExactlyInAnyOrder(doc, notice);
    assertThat(d.list(q.organ(TestOrgans.COUNTY)).items()).isEmpty();
    assertThat(d.list(q.categoryTree("recruitment")).items()).extracting(Item::id).containsExactly(notice);
    assertThat(d.list(q.year(2026)).items()).hasSize(2);
    assertThat(d.list(q.year(2025)).items()).isEmpty();
    assertThat(d.list(q.windowOpenOn(LocalDate.of(2026, 3, 5))).items()).extracting(Item::id).containsExactly(notice);
    assertThat(d.list(q.windowOpenOn(LocalDate.of(2026, 4, 1))).items()).isEmpty();
  }

  @Test
  void publishedContentReadsManyPublicViewsAtOnceAndNothingThatIsNotPublic() {
    ItemId policy = published("regulations", SamplePayloads.policyDocument(), "<p>第一条 旧规定</p>");
    ItemId household = inReview("social-assistance", SamplePayloads.minimumLivingList(),
        "<p>张德顺户，身份证440524188001010014，电话13812345678</p>");
    d.approve(household, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(household, 1, Staff.EDITOR);
    ItemId correcting = published("regulations", SamplePayloads.policyDocument(), "<p>第一条</p>");
    d.correct(correcting, 1, new Content("红岭镇regulations公示", null, SamplePayloads.policyDocument(),
        "<p>第一条 更正稿，尚未批准</p>"), Staff.EDITOR, "更正");
    ItemId withdrawn = published("regulations", SamplePayloads.policyDocument(), "<p>已失效的规定</p>");
    d.withdraw(withdrawn, 1, Staff.APPROVER, "该文件已废止");
    ItemId redacted = published("regulations", SamplePayloads.policyDocument(), "<p>泄露的号码</p>");
    d.redact(redacted, 1, Staff.ADMIN, "误公开个人身份证号码");
    ItemId draft = draft("regulations", SamplePayloads.policyDocument(), "<p>草稿</p>").id();
    ItemId inReview = inReview("regulations", SamplePayloads.policyDocument(), "<p>审核中</p>");
    ItemId unknown = ItemId.generate(clock.instant());

    Map<ItemId, ItemView> read = d.publishedContent(
        List.of(withdrawn, household, draft, correcting, redacted, unknown, policy, inReview, household));

    assertThat(read.keySet()).as("only public content, in the order asked, repeats once")
        .containsExactly(household, correcting, policy);
    for (ItemId id : read.keySet()) {
      assertThat(read.get(id)).as("the same view as published(id)").isEqualTo(d.published(id).orElseThrow());
    }
    String everything = PayloadCodec.toJson(read.get(household).revision().payload())
        + read.get(household).revision().bodyHtml() + read.get(household).revision().bodyText();
    assertThat(everything).as("masked as the category demands").doesNotContain("440524188001010014")
        .doesNotContain("13812345678").contains("440524********0014");
    assertThat(read.get(correcting).revision().number()).as("the published revision, not the correction")
        .isEqualTo(1);
    assertThat(d.published(redacted)).as("published() gives the tombstone; the batch leaves it out").isPresent();
    assertThat(d.publishedContent(List.of())).isEmpty();
    assertThat(d.publishedContent(List.of(withdrawn, redacted, draft, inReview, unknown))).isEmpty();
    List<ItemId> many = new java.util.ArrayList<>(java.util.stream.Stream.generate(
        () -> ItemId.generate(clock.instant())).limit(700).toList());
    many.add(0, withdrawn);
    many.add(650, household);
    assertThat(d.publishedContent(many).keySet()).as("past the first 500").containsExactly(household);
  }

  @Test
  void publishedContentChecksItsArguments() {
    List<ItemId> tooMany = java.util.stream.Stream.generate(() -> ItemId.generate(clock.instant()))
        .limit(Disclosures.MAX_BATCH_READ + 1).toList();
    assertThatThrownBy(() -> d.publishedContent(tooMany)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("ids"));
    assertThatThrownBy(() -> d.publishedContent(null)).isInstanceOf(ValidationException.class);
    List<ItemId> withNull = new java.util.ArrayList<>(List.of(ItemId.generate(clock.instant())));
    withNull.add(null);
    assertThatThrownBy(() -> d.publishedContent(withNull)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("ids[1]"));
  }
}
