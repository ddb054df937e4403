package org.opendisclosure.portal.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opendisclosure.core.payload.BudgetStatement;
import org.opendisclosure.core.payload.CadreAppointment;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.LandAcquisition;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.ProcurementResult;
import org.opendisclosure.core.payload.SocialAssistanceList;
import org.opendisclosure.core.payload.ThreePublicExpenses;

/**
 * A payload as people read it: labelled facts, tables and chart data, in Chinese. The item page
 * and the printed notice both render from this, so they never disagree. Built from the public
 * (already masked) revision. The publicity window is not among the facts: pages show the item's
 * window, which the statutory minimum may extend beyond the dates a notice names. ID numbers of household lists are left out altogether (DOMAIN.md:
 * never on such a list). Immutable.
 *
 * @param facts labelled values (批准文号, 受理单位 …)
 * @param tables the notice's tables
 * @param charts figures worth a chart, each one table's numbers
 * @param objections where to send objections, as the notice names it, or null
 */
public record NoticeContent(List<Fact> facts, List<Table> tables, List<Chart> charts, String objections) {

  /** One labelled value. */
  public record Fact(String label, String value) {}

  /**
   * A table: a caption, column headers, rows of cells, the columns holding numbers (right-aligned),
   * and the indentation depth of each row (classification levels).
   */
  public record Table(String caption, List<String> headers, List<List<String>> rows, List<Integer> numeric,
      List<Integer> depth) {
    Table(String caption, List<String> headers, List<List<String>> rows, Integer... numeric) {
      this(caption, headers, rows, Arrays.asList(numeric), List.of());
    }

    public int depth(int row) {
      return row < depth.size() ? depth.get(row) : 0;
    }
  }

  /** A bar chart: categories along the axis and one or more series of values in {@code unit}. */
  public record Chart(String title, String unit, List<String> categories, List<Series> series, String summary) {}

  /** One series of a chart; a null value is a missing figure. */
  public record Series(String name, List<BigDecimal> values) {}

  public static NoticeContent of(Payload payload) {
    if (payload instanceof ThreePublicExpenses t) {
      return threePublicExpenses(t);
    } else if (payload instanceof BudgetStatement b) {
      return budget(b);
    } else if (payload instanceof LandAcquisition l) {
      return land(l);
    } else if (payload instanceof CadreAppointment c) {
      return cadres(c);
    } else if (payload instanceof ProcurementResult p) {
      return procurement(p);
    } else if (payload instanceof SocialAssistanceList s) {
      return assistance(s);
    }
    return document((Document) payload);
  }

  private static NoticeContent threePublicExpenses(ThreePublicExpenses t) {
    String kind = t.statementKind() == null ? "" : t.statementKind().label();
    String unit = t.amounts() != null && t.amounts().total() != null && t.amounts().total().unit() != null
        ? t.amounts().total().unit().label() : "万元";
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("年度", t.year() + "年"));
    facts.add(new Fact("类型", kind));
    facts.add(new Fact("金额单位", unit));
    if (t.changeExplanation() != null && !t.changeExplanation().isBlank()) {
      facts.add(new Fact("增减变化原因", t.changeExplanation()));
    }
    ThreePublicExpenses.Activity a = t.activity();
    if (a != null) {
      facts.add(new Fact("因公出国（境）", count(a.delegationsAbroad(), "个团组") + "，" + count(a.personsAbroad(), "人次")));
      facts.add(new Fact("公务用车", "购置" + count(a.vehiclesPurchased(), "辆") + "，保有" + count(a.vehiclesHeld(), "辆")));
      facts.add(new Fact("公务接待", count(a.hospitalityBatches(), "批次") + "，" + count(a.hospitalityPersons(), "人次")));
    }
    ThreePublicExpenses.Amounts now = t.amounts();
    ThreePublicExpenses.Amounts before = t.previousAmounts();
    String[] names = {"合计", "因公出国（境）费", "公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费", "公务接待费"};
    List<List<String>> rows = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Money n = now == null ? null : line(now, i);
      Money b = before == null ? null : line(before, i);
      rows.add(before == null ? List.of(names[i], Format.amount(n))
          : List.of(names[i], Format.amount(n), Format.amount(b), Format.change(n, b), Format.percent(n, b)));
      depth.add(i >= 3 && i <= 4 ? 1 : 0);
    }
    String thisYear = t.year() + "年" + kind + "数";
    String lastYear = (t.year() - 1) + "年" + kind + "数";
    List<String> headers = before == null ? List.of("项目", thisYear + "（" + unit + "）")
        : List.of("项目", thisYear + "（" + unit + "）", lastYear + "（" + unit + "）", "增减（" + unit + "）", "增减幅度");
    Table table = new Table("“三公”经费" + kind + "表", headers, rows, before == null ? List.of(1) : List.of(1, 2, 3, 4),
        depth);
    List<Chart> charts = new ArrayList<>();
    if (now != null) {
      List<String> categories = List.of("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "合计");
      int[] lines = {1, 3, 4, 5, 0};
      List<Series> series = new ArrayList<>();
      series.add(new Series(t.year() + "年", values(now, lines)));
      StringBuilder summary = new StringBuilder(t.year() + "年合计" + Format.money(now.total()));
      if (before != null) {
        series.add(new Series((t.year() - 1) + "年", values(before, lines)));
        summary.append("，上年").append(Format.money(before.total())).append("，增减")
            .append(Format.change(now.total(), before.total())).append(unit);
      }
      charts.add(new Chart("“三公”经费本年与上年对比", unit, categories, series, summary.toString()));
    }
    return new NoticeContent(facts, List.of(table), charts, null);
  }

  private static Money line(ThreePublicExpenses.Amounts a, int i) {
    return switch (i) {
      case 0 -> a.total();
      case 1 -> a.outboundTravel();
      case 2 -> a.vehicles();
      case 3 -> a.vehiclePurchase();
      case 4 -> a.vehicleRunning();
      default -> a.hospitality();
    };
  }

  private static List<BigDecimal> values(ThreePublicExpenses.Amounts a, int[] lines) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i : lines) {
      out.add(Format.value(line(a, i)));
    }
    return out;
  }

  private static NoticeContent budget(BudgetStatement b) {
    String kind = b.statementKind() == null ? "" : b.statementKind().label();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("预算年度", b.fiscalYear() + "年"));
    facts.add(new Fact("类型", kind));
    facts.add(new Fact("批准日期", Format.date(b.approvedOn())));
    facts.add(new Fact("批准机关", b.approvedBy()));
    facts.add(new Fact("收入总计", Format.money(b.totalRevenue())));
    facts.add(new Fact("支出总计", Format.money(b.totalExpenditure())));
    if (!b.tables().isEmpty()) {
      facts.add(new Fact("公开表格", String.join("、", b.tables())));
    }
    String unit = b.totalExpenditure() != null && b.totalExpenditure().unit() != null
        ? b.totalExpenditure().unit().label() : "万元";
    List<Table> tables = new ArrayList<>();
    tables.add(classification("一般公共预算支出表（按支出功能分类）", b.functionLines(), unit));
    if (!b.economicLines().isEmpty()) {
      tables.add(classification("一般公共预算基本支出表（按经济分类）", b.economicLines(), unit));
    }
    List<String> categories = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    for (BudgetStatement.Line line : b.functionLines()) {
      if (line != null && line.code() != null && line.code().length() == 3) {
        categories.add(line.name());
        amounts.add(Format.value(line.amount()));
      }
    }
    List<Chart> charts = categories.isEmpty() ? List.of()
        : List.of(new Chart(b.fiscalYear() + "年" + kind + "支出构成（按功能分类·类）", unit, categories,
            List.of(new Series(b.fiscalYear() + "年" + kind, amounts)),
            "支出总计" + Format.money(b.totalExpenditure()) + "，分" + categories.size() + "类"));
    return new NoticeContent(facts, tables, charts, null);
  }

  private static Table classification(String caption, List<BudgetStatement.Line> lines, String unit) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    for (BudgetStatement.Line line : lines) {
      rows.add(List.of(line.code(), line.name(), Format.amount(line.amount())));
      depth.add(line.code() == null ? 0 : Math.max(0, (line.code().length() - 3) / 2));
    }
    return new Table(caption, List.of("科目编码", "科目名称", "金额（" + unit + "）"), rows, List.of(2), depth);
  }

  private static NoticeContent land(LandAcquisition l) {
    List<Fact> facts = new ArrayList<>();
    if (l.stage() != null) {
      facts.add(new Fact("公告类型", l.stage().label()));
    }
    if (l.approvalNumber() != null) {
      facts.add(new Fact("批准文号", l.approvalNumber()));
    }
    if (l.location() != null) {
      facts.add(new Fact("征收范围", l.location().township() + l.location().village()
          + String.join("、", l.location().villagerGroups())));
    }
    facts.add(new Fact("征收面积", l.totalArea() + (l.totalAreaConverted() == null ? "" : "（合" + l.totalAreaConverted() + "）")));
    facts.add(new Fact("征收目的", l.purpose()));
    if (l.resettlement() != null) {
      facts.add(new Fact("安置方式", l.resettlement()));
    }
    if (l.affectedHouseholds() != null) {
      facts.add(new Fact("涉及户数", l.affectedHouseholds() + "户"));
    }
    if (l.registrationMethod() != null) {
      facts.add(new Fact("补偿登记", l.registrationMethod()));
    }
    if (l.registrationDeadline() != null) {
      facts.add(new Fact("登记截止日期", Format.date(l.registrationDeadline())));
    }
    if (l.objectionChannel() != null) {
      facts.add(new Fact("异议反馈", l.objectionChannel()));
    }
    facts.add(new Fact("听证", l.hearingRights() ? "被征地农村集体经济组织成员可依法申请听证" : "未告知听证权利"));
    List<Table> tables = new ArrayList<>();
    if (!l.parcels().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      l.parcels().forEach(p -> rows.add(List.of(p.landType(), String.valueOf(p.area()))));
      tables.add(new Table("征收土地地类及面积", List.of("地类", "面积"), rows, 1));
    }
    if (!l.compensationStandards().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      l.compensationStandards().forEach(c -> rows.add(List.of(c.item(), Format.money(c.amount()), c.perUnit())));
      tables.add(new Table("补偿标准", List.of("补偿项目", "标准", "计量单位"), rows, 1));
    }
    return new NoticeContent(facts, tables, List.of(), l.objectionChannel());
  }

  private static NoticeContent cadres(CadreAppointment c) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("受理单位", c.receivingOffice()));
    facts.add(new Fact("举报电话", c.phone()));
    facts.add(new Fact("受理地址", c.address()));
    if (c.hours() != null) {
      facts.add(new Fact("受理时间", c.hours()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (CadreAppointment.Person p : c.persons()) {
      rows.add(List.of(p.name(), p.sex() == null ? "" : p.sex().label(), p.ethnicity(), Format.month(p.birthMonth()),
          p.nativePlace(), p.partyMembership(), p.education(), Format.month(p.workStart()), p.currentPost(),
          p.proposedPost() + (p.exceptionalPromotionReason() == null ? "" : "（" + p.exceptionalPromotionReason() + "）")));
    }
    Table persons = new Table("拟任用人选", List.of("姓名", "性别", "民族", "出生年月", "籍贯", "政治面貌", "学历", "参加工作时间",
        "现任职务", "拟任职务"), rows);
    String objections = "公示期间，对公示对象有不同意见的，可向" + c.receivingOffice() + "反映。举报电话：" + c.phone()
        + "；受理地址：" + c.address() + (c.hours() == null ? "" : "；受理时间：" + c.hours());
    return new NoticeContent(facts, List.of(persons), List.of(), objections);
  }

  private static NoticeContent procurement(ProcurementResult p) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("项目编号", p.projectNumber()));
    facts.add(new Fact("项目名称", p.projectName()));
    facts.add(new Fact("预算金额", Format.money(p.budget())));
    facts.add(new Fact("采购方式", p.method() == null ? "" : p.method().label()));
    facts.add(new Fact("采购人", p.purchaser()));
    if (p.agent() != null) {
      facts.add(new Fact("采购代理机构", p.agent()));
    }
    facts.add(new Fact("确定中标日期", Format.date(p.determinedOn())));
    facts.add(new Fact("公告日期", Format.date(p.announcedOn())));
    if (p.contractSignedOn() != null) {
      facts.add(new Fact("合同签订日期", Format.date(p.contractSignedOn())));
    }
    if (!p.experts().isEmpty()) {
      facts.add(new Fact("评审专家", String.join("、", p.experts())));
    }
    List<Table> tables = new ArrayList<>();
    List<List<String>> awards = new ArrayList<>();
    p.awards().forEach(a -> awards.add(List.of(a.supplier(), a.creditCode(), Format.money(a.amount()))));
    tables.add(new Table("中标（成交）供应商", List.of("供应商名称", "统一社会信用代码", "中标金额"), awards, 2));
    if (!p.items().isEmpty()) {
      List<List<String>> items = new ArrayList<>();
      p.items().forEach(i -> items.add(List.of(i.name(), i.specification() == null ? "" : i.specification(),
          i.quantity() == null ? "" : i.quantity().toPlainString(), i.unitOfMeasure() == null ? "" : i.unitOfMeasure(),
          Format.money(i.unitPrice()))));
      tables.add(new Table("主要标的", List.of("名称", "规格/要求", "数量", "单位", "单价"), items, 2, 4));
    }
    return new NoticeContent(facts, tables, List.of(), null);
  }

  private static NoticeContent assistance(SocialAssistanceList s) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("救助类别", s.program() == null ? "" : s.program().label()));
    facts.add(new Fact("期间", Format.month(s.period())));
    facts.add(new Fact("乡镇", s.township()));
    facts.add(new Fact("村（社区）", s.village()));
    if (s.totalHouseholds() != null) {
      facts.add(new Fact("合计户数", s.totalHouseholds() + "户"));
    }
    if (s.totalPersons() != null) {
      facts.add(new Fact("合计保障人数", s.totalPersons() + "人"));
    }
    if (s.totalAmount() != null) {
      facts.add(new Fact("合计金额", Format.money(s.totalAmount())));
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (SocialAssistanceList.Household h : s.households()) {
      rows.add(List.of(String.valueOf(n++), s.village(), h.headName(), h.persons() == null ? "" : h.persons().toString(),
          h.category() == null ? "" : h.category(), Format.money(h.amount())));
    }
    Table table = new Table("保障对象名单", List.of("序号", "村（社区）", "户主姓名", "保障人数", "保障类别", "保障金额"), rows, 3, 5);
    return new NoticeContent(facts, List.of(table), List.of(), null);
  }

  private static NoticeContent document(Document d) {
    List<Fact> facts = new ArrayList<>();
    if (d.documentNumber() != null) {
      facts.add(new Fact("文号", d.documentNumber()));
    }
    facts.add(new Fact("发布机构", d.issuer()));
    if (d.writtenOn() != null) {
      facts.add(new Fact("成文日期", Format.date(d.writtenOn())));
    }
    if (d.effectiveFrom() != null) {
      facts.add(new Fact("施行日期", Format.date(d.effectiveFrom())));
    }
    if (d.validity() != null) {
      facts.add(new Fact("有效性", d.validity() == Document.Validity.VALID ? "有效" : "已废止"));
    }
    return new NoticeContent(facts, List.of(), List.of(), null);
  }

  private static String count(Integer n, String unit) {
    return n == null ? "—" : n + unit;
  }
}
