package org.opendisclosure.rest.demo;

import static org.opendisclosure.rest.demo.DemoOrgans.AUDITOR;
import static org.opendisclosure.rest.demo.DemoOrgans.COUNTY_APPROVER;
import static org.opendisclosure.rest.demo.DemoOrgans.COUNTY_EDITOR;
import static org.opendisclosure.rest.demo.DemoOrgans.COUNTY_REVIEWER;
import static org.opendisclosure.rest.demo.DemoOrgans.HL_APPROVER;
import static org.opendisclosure.rest.demo.DemoOrgans.HL_EDITOR;
import static org.opendisclosure.rest.demo.DemoOrgans.HL_REVIEWER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.auth.ApiTokens;

/**
 * Loads the demo county once per database: organs, staff, and items in every state (published,
 * corrected, withdrawn, scheduled, in review, draft), each taken through the real workflow. A
 * second load on the same database does nothing.
 */
public final class DemoData {
  static final String MARKER = "demo.loaded";

  private final Disclosures d;
  private final LocalDate today;

  private DemoData(Disclosures d) {
    this.d = d;
    this.today = LocalDate.now(d.clock().withZone(Disclosures.ZONE));
  }

  /** Loads the demo unless it is there; true when this call loaded it. */
  public static boolean loadOnce(ServerContext ctx) {
    if (ctx.store().setting(MARKER).isPresent() || ctx.disclosures().organ(DemoOrgans.COUNTY).isPresent()) {
      return false;
    }
    Disclosures d = ctx.disclosures();
    DemoOrgans.register(d);
    DemoOrgans.staff(d, ctx.tokens());
    new DemoData(d).items();
    ctx.store().setIfAbsent(MARKER, d.clock().instant().toString());
    return true;
  }

  /** A fresh admin token for the demo account; earlier demo tokens are revoked, so one is live. */
  public static String adminToken(ServerContext ctx) {
    ApiTokens tokens = ctx.tokens();
    tokens.ensureAccount(DemoOrgans.ADMIN.id(), DemoOrgans.ADMIN.name());
    ctx.store().tokens(DemoOrgans.ADMIN.id()).stream().filter(t -> t.revokedAt() == null && t.label().equals("demo"))
        .forEach(t -> ctx.store().revokeToken(t.id(), ctx.clock().instant()));
    return tokens.issue(DemoOrgans.ADMIN.id(), "demo").token();
  }

  private void items() {
    published(DemoOrgans.HONGLING, "budget", "红岭镇人民政府2024年部门预算", LocalDate.of(2024, 1, 18),
        DemoPayloads.honglingBudget2024(), DemoTexts.BUDGET, township(), true);
    ItemView expenses = published(DemoOrgans.HONGLING, "three-public-expenses",
        "红岭镇人民政府2024年度“三公”经费支出决算情况说明", LocalDate.of(2025, 4, 20),
        DemoPayloads.honglingThreeExpenses2024("4.85", "24.45"), DemoTexts.threeExpenses("24.45", "4.85"), township(),
        true);
    correct(expenses, new Content("红岭镇人民政府2024年度“三公”经费支出决算情况说明", LocalDate.of(2025, 4, 20),
        DemoPayloads.honglingThreeExpenses2024("4.58", "24.18"), DemoTexts.threeExpenses("24.18", "4.58")),
        "公务接待费误将一笔会议费计入，更正为4.58万元，合计相应更正为24.18万元。");
    published(DemoOrgans.NATURAL_RESOURCES, "land-compensation-plan", "某县人民政府征地补偿安置方案公告（县政征公〔" + today.getYear()
        + "〕3号）", today, DemoPayloads.landCompensationPlan(today), DemoTexts.LAND, county(), false);
    published(DemoOrgans.COUNTY, "cadre-appointments", "中共某县委组织部关于领导干部任前公示的公告", today,
        DemoPayloads.cadreNotice(today), DemoTexts.cadre(today), county(), false);
    published(DemoOrgans.HONGLING, "social-assistance", "红岭镇南岗村" + today.getMonthValue() + "月拟新增城乡低保对象公示",
        today, DemoPayloads.minimumLivingList(today), DemoTexts.minimumLiving(today), township(), false);
    published(DemoOrgans.HONGLING, "procurement-award", "红岭镇12个村生活污水治理工程中标结果公告", today.minusDays(3),
        DemoPayloads.sewageProcurement(today), DemoTexts.PROCUREMENT, township(), false);
    published(DemoOrgans.COUNTY, "regulations", "某县人民政府办公室关于印发《某县政府信息公开工作规定》的通知",
        today.minusDays(20), DemoPayloads.document("县政办发〔" + today.getYear() + "〕5号", "某县人民政府办公室",
            today.minusDays(20)), DemoTexts.REGULATION, county(), false);
    published(DemoOrgans.CIVIL_AFFAIRS, "service-guides", "某县城乡最低生活保障申请办事指南", today.minusDays(40),
        DemoPayloads.document(null, "某县民政局", today.minusDays(40)), DemoTexts.GUIDE, county(), false);
    ItemView withdrawn = published(DemoOrgans.FINANCE, "finance", "某县财政局关于2024年度部门预算公开的补充说明",
        today.minusDays(10), DemoPayloads.document("县财预〔2024〕12号", "某县财政局", today.minusDays(10)),
        DemoTexts.SUPPLEMENT, county(), false);
    Item w = d.working(withdrawn.id()).item();
    d.withdraw(w.id(), w.workingRevision(), COUNTY_APPROVER, "该说明内容已并入2024年度部门预算公开文本，原文撤回。");

    ItemView scheduled = approved(DemoOrgans.COUNTY, "emergencies", "某县人民政府办公室关于做好森林防火期工作的通知",
        today.minusDays(1), DemoPayloads.document("县政办明电〔" + today.getYear() + "〕9号", "某县人民政府办公室",
            today.minusDays(1)), DemoTexts.FIRE, county(), false);
    Item s = d.working(scheduled.id()).item();
    d.schedule(s.id(), s.workingRevision(), COUNTY_EDITOR, d.clock().instant().plus(Duration.ofDays(2)));

    ItemView review = draft(DemoOrgans.QINGSHAN, "regulations", "青山乡人民政府关于村级公益事业建设一事一议筹资筹劳的实施意见",
        today, DemoPayloads.document("青政〔" + today.getYear() + "〕2号", "青山乡人民政府", today), DemoTexts.QINGSHAN,
        DemoOrgans.QS_EDITOR);
    d.submit(review.id(), 1, DemoOrgans.QS_EDITOR);
    draft(DemoOrgans.HONGLING, "public-projects", "红岭镇" + today.getYear() + "年为民办实事项目进展情况", today,
        DemoPayloads.document(null, "红岭镇人民政府", today), DemoTexts.PROJECTS, HL_EDITOR);
  }

  /** The people who take an item of an organ through the workflow. */
  private record Crew(Actor editor, Actor reviewer, Actor approver) {}

  private static Crew township() {
    return new Crew(HL_EDITOR, HL_REVIEWER, HL_APPROVER);
  }

  private static Crew county() {
    return new Crew(COUNTY_EDITOR, COUNTY_REVIEWER, COUNTY_APPROVER);
  }

  private ItemView draft(String organ, String category, String title, LocalDate formedOn,
      org.opendisclosure.core.payload.Payload payload, String body, Actor editor) {
    return d.createDraft(organ, category, new Content(title, formedOn, payload, body), editor);
  }

  private ItemView approved(String organ, String category, String title, LocalDate formedOn,
      org.opendisclosure.core.payload.Payload payload, String body, Crew crew, boolean audit) {
    ItemView v = draft(organ, category, title, formedOn, payload, body, crew.editor());
    d.submit(v.id(), 1, crew.editor());
    d.review(v.id(), 1, crew.reviewer(), "内容、格式已审核");
    if (audit) {
      d.recordAudit(v.id(), 1, AUDITOR, "经县审计局核实，数据与账表一致");
    }
    d.approve(v.id(), 1, crew.approver(), "同意公开", overrides(v));
    return v;
  }

  private ItemView published(String organ, String category, String title, LocalDate formedOn,
      org.opendisclosure.core.payload.Payload payload, String body, Crew crew, boolean audit) {
    ItemView v = approved(organ, category, title, formedOn, payload, body, crew, audit);
    d.publish(v.id(), 1, crew.editor());
    return v;
  }

  private void correct(ItemView v, Content content, String note) {
    Item item = d.working(v.id()).item();
    ItemView c = d.correct(v.id(), item.workingRevision(), content, HL_EDITOR, note);
    int rev = c.item().workingRevision();
    d.submit(v.id(), rev, HL_EDITOR);
    d.review(v.id(), rev, HL_REVIEWER, "更正内容已核对");
    d.recordAudit(v.id(), rev, AUDITOR, "更正后数据经核实无误");
    d.approve(v.id(), rev, HL_APPROVER, "同意更正", overrides(c));
  }

  /** Demo content is invented: any blocking finding is overridden, with that as the reason. */
  private Map<String, String> overrides(ItemView v) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PrivacyFinding f : d.privacyFindings(v.id())) {
      if (f.blocking()) {
        out.put(f.key(), "演示数据，内容为虚构，经核实可以公开");
      }
    }
    return out;
  }
}
