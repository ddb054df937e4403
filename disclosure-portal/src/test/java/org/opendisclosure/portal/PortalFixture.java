package org.opendisclosure.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;

/**
 * A county's disclosures in a real store (H2), a real Lucene index following its change feed, and
 * the portal on Grizzly on a free port, registered exactly as the REST wiring does:
 * {@code resourceConfig.register(portal.feature())}. Today is Monday 2 March 2026 (Asia/Shanghai).
 */
final class PortalFixture implements AutoCloseable {
  static final String EXPENSES_TITLE = "红岭镇2024年度“三公”经费决算情况说明";
  static final String CADRE_TITLE = "中共红岭镇委员会关于领导干部任前公示的公告";
  static final String LAND_TITLE = "南岗村道路建设项目征地补偿安置方案公告";
  static final String ASSISTANCE_TITLE = "南岗村2026年3月拟新增城乡低保对象公示";
  static final String POLICY_TITLE = "红岭镇农村人居环境整治实施办法";
  static final String MARKUP_TITLE = "<script>alert('x')</script>关于<b>加强</b>管理的通知";
  static final String DRAFT_TITLE = "内部草稿拟调整村干部报酬方案";
  static final String OVERDUE_TITLE = "逾期草稿秘密标题甲乙丙";
  static final String WITHDRAWN_BODY = "本办法自发布之日起施行旧条款内容";
  static final String WITHDRAWAL_REASON = "办法已废止，以新办法为准";
  static final String FEEDBACK_SECRET = "私密意见内容请勿公开甲乙";
  static final String CORRECTION_NOTE = "更正下降幅度的表述";
  static final String[] UNMASKED_IDS = {"440524188001010014", "11010519491231002X"};

  final MutableClock clock = MutableClock.at("2026-03-02T01:00:00Z");
  final DataSource dataSource = TestDatabase.H2.newDataSource();
  final Disclosures d = Disclosures.builder().dataSource(dataSource).clock(clock).build();
  final DisclosureIndex index;
  final IndexFollower follower;
  final HttpServer server;
  final URI base;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  ItemId expenses;
  String expensesFirstHash;
  ItemId budget;
  ItemId cadre;
  ItemId land;
  ItemId assistance;
  ItemId procurement;
  ItemId policy;
  ItemId markup;
  ItemId draft;
  ItemId overdue;
  ItemId withdrawn;

  PortalFixture(Path indexDir) {
    TestOrgans.register(d);
    Staff.grant(d);
    // The township's staff also publish for the finance bureau and the other township in these tests.
    d.grant(new Grant(Staff.EDITOR.id(), TestOrgans.COUNTY, Role.EDITOR));
    d.grant(new Grant(Staff.REVIEWER.id(), TestOrgans.COUNTY, Role.REVIEWER));
    d.grant(new Grant(Staff.APPROVER.id(), TestOrgans.COUNTY, Role.APPROVER));
    index = DisclosureIndex.open(indexDir, clock);
    follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build();
    populate();
    catchUp();
    ResourceConfig rc = new ResourceConfig();
    rc.register(Portal.create(d, index, PortalOptions.builder().siteName("某县政务公开").pageSize(5).build()).feature());
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"), rc, false);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    base = URI.create("http://localhost:" + server.getListeners().iterator().next().getPort() + "/");
  }

  private void populate() {
    ThreePublicExpenses first = SamplePayloads.threePublicExpenses2024();
    expenses = publish(TestOrgans.HONGLING, "three-public-expenses", EXPENSES_TITLE, first,
        "<p>2024年度“三公”经费财政拨款支出决算为38.62万元，比上年决算减少4.15万元，下降9.7个百分点。</p>"
            + "<p>其中公务接待费7.42万元。</p>");
    expensesFirstHash = ContentHashes.hash(d.published(expenses).orElseThrow().revision());
    ThreePublicExpenses corrected = new ThreePublicExpenses(first.year(), first.statementKind(), first.amounts(),
        first.previousAmounts(), "严格落实过紧日子要求，压减公务接待和车辆运行费用。", first.activity());
    d.correct(expenses, 1, new Content(EXPENSES_TITLE, null, corrected,
        "<p>2024年度“三公”经费财政拨款支出决算为38.62万元，比上年决算减少4.15万元，下降9.7%。</p>"
            + "<p>其中公务接待费7.42万元。</p>"), Staff.EDITOR, CORRECTION_NOTE);
    pass(expenses, 2, true);
    budget = publish(TestOrgans.FINANCE, "budget", "某县财政局2024年部门预算公开说明", SamplePayloads.budget2024(),
        "<p>按照预算法规定，现将2024年部门预算公开如下。</p>");
    cadre = publish(TestOrgans.HONGLING, "cadre-appointments", CADRE_TITLE, SamplePayloads.cadreNotice(),
        "<p>根据《党政领导干部选拔任用工作条例》有关规定，经镇党委研究，拟提拔任用以下同志，现予以公示。</p>");
    land = publish(TestOrgans.HONGLING, "land-compensation-plan", LAND_TITLE, SamplePayloads.landCompensationPlan(),
        "<p>根据《中华人民共和国土地管理法》第四十七条规定，现将补偿安置方案公告如下。</p>");
    assistance = publish(TestOrgans.HONGLING, "social-assistance", ASSISTANCE_TITLE, SamplePayloads.minimumLivingList(),
        "<p>经入户调查、民主评议，拟新增以下家庭为城乡低保对象，现予以公示。</p>");
    procurement = publish(TestOrgans.QINGSHAN, "procurement-award", "青山乡污水处理设施建设项目中标结果公告",
        SamplePayloads.procurementResult(), "<p>现将中标结果公告如下。</p>");
    policy = publish(TestOrgans.HONGLING, "regulations", POLICY_TITLE, SamplePayloads.policyDocument(),
        "<p>各村民委员会：</p><p>现将《红岭镇农村人居环境整治实施办法》印发给你们，请认真贯彻执行。</p>");
    markup = publish(TestOrgans.HONGLING, "regulations", MARKUP_TITLE, SamplePayloads.policyDocument(),
        "<p>正文</p>");
    withdrawn = publish(TestOrgans.HONGLING, "regulations", "红岭镇旧版管理办法", SamplePayloads.policyDocument(),
        "<p>" + WITHDRAWN_BODY + "</p>");
    d.withdraw(withdrawn, 1, Staff.APPROVER, WITHDRAWAL_REASON);
    draft = d.createDraft(TestOrgans.HONGLING, "regulations", new Content(DRAFT_TITLE, null,
        SamplePayloads.policyDocument(), "<p>草稿正文不公开</p>"), Staff.EDITOR).id();
    overdue = d.createDraft(TestOrgans.HONGLING, "regulations", new Content(OVERDUE_TITLE, LocalDate.of(2026, 1, 5),
        SamplePayloads.policyDocument(), "<p>逾期未公开的内容</p>"), Staff.EDITOR).id();
    d.submitFeedback(cadre, FEEDBACK_SECRET, "13812345678", "198.51.100.7");
  }

  /** Drafts, reviews, audits where the category requires it, approves and publishes; the clock moves a minute. */
  ItemId publish(String organ, String category, String title, Payload payload, String body) {
    clock.advance(Duration.ofMinutes(1));
    ItemId id = d.createDraft(organ, category, new Content(title, null, payload, body), Staff.EDITOR).id();
    pass(id, 1, category.equals("three-public-expenses") || category.equals("budget"));
    return id;
  }

  private void pass(ItemId id, int revision, boolean audit) {
    d.submit(id, revision, Staff.EDITOR);
    d.review(id, revision, Staff.REVIEWER, "通过");
    if (audit) {
      d.recordAudit(id, revision, Staff.AUDITOR, "经审计核实");
    }
    Map<String, String> overrides = d.privacyFindings(id).stream().filter(PrivacyFinding::blocking)
        .collect(Collectors.toMap(PrivacyFinding::key, f -> "测试数据"));
    d.approve(id, revision, Staff.APPROVER, "同意", overrides);
    if (d.working(id).item().status() != Status.PUBLISHED) {
      d.publish(id, revision, Staff.EDITOR);
    }
  }

  void catchUp() {
    follower.catchUp();
    index.refresh();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Edits a stored revision behind the library's back, as an intruder with database access would. */
  void tamperWithBody(ItemId id, int revision, String html) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "UPDATE od_revision SET body_html = ?, body_text = ? WHERE item_id = ? AND revision_no = ?")) {
      s.setString(1, html);
      s.setString(2, org.jsoup.Jsoup.parse(html).text());
      s.setString(3, id.value());
      s.setInt(4, revision);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no revision " + revision + " of " + id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
    follower.close();
    index.close();
  }
}
