package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 部门预算/决算, 三公经费 statements and village accounts (村级财务公开). */
final class FinanceWriter {
  private FinanceWriter() {}

  /** 类 → its 款, each 款 with its 项: the function classification lines budgets draw from. */
  private static final String[][][] FUNCTIONS = {
    {{"201", "一般公共服务支出"}, {"20101", "人大事务", "2010101", "行政运行", "2010104", "人大会议"},
        {"20103", "政府办公厅（室）及相关机构事务", "2010301", "行政运行", "2010350", "事业运行"},
        {"20106", "财政事务", "2010601", "行政运行", "2010607", "信息化建设"}},
    {{"205", "教育支出"}, {"20502", "普通教育", "2050201", "学前教育", "2050202", "小学教育"},
        {"20507", "特殊教育", "2050701", "特殊学校教育"}},
    {{"208", "社会保障和就业支出"},
        {"20805", "行政事业单位养老支出", "2080505", "机关事业单位基本养老保险缴费支出", "2080506", "机关事业单位职业年金缴费支出"},
        {"20819", "最低生活保障", "2081901", "城市最低生活保障金支出", "2081902", "农村最低生活保障金支出"}},
    {{"210", "卫生健康支出"}, {"21011", "行政事业单位医疗", "2101101", "行政单位医疗", "2101102", "事业单位医疗"}},
    {{"212", "城乡社区支出"}, {"21203", "城乡社区公共设施", "2120399", "其他城乡社区公共设施支出"},
        {"21205", "城乡社区环境卫生", "2120501", "城乡社区环境卫生"}},
    {{"213", "农林水支出"}, {"21301", "农业农村", "2130104", "事业运行", "2130122", "农业生产发展"},
        {"21307", "农村综合改革", "2130705", "对村民委员会和村党支部的补助"},
        {"21303", "水利", "2130305", "水利工程建设"}},
    {{"214", "交通运输支出"}, {"21401", "公路水路运输", "2140104", "公路建设", "2140106", "公路养护"}},
    {{"221", "住房保障支出"}, {"22102", "住房改革支出", "2210201", "住房公积金", "2210203", "购房补贴"}},
  };
  private static final String[][][] ECONOMIC = {
    {{"301", "工资福利支出"}, {"30101", "基本工资"}, {"30102", "津贴补贴"}, {"30103", "奖金"},
        {"30108", "机关事业单位基本养老保险缴费"}, {"30113", "住房公积金"}},
    {{"302", "商品和服务支出"}, {"30201", "办公费"}, {"30211", "差旅费"}, {"30217", "公务接待费"},
        {"30231", "公务用车运行维护费"}, {"30299", "其他商品和服务支出"}},
    {{"303", "对个人和家庭的补助"}, {"30302", "退休费"}, {"30305", "生活补助"}},
  };
  private static final String[] TABLES = {
    "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表", "三公经费支出表",
    "政府性基金预算支出表", "国有资本经营预算支出表"
  };
  private static final String[] DUTIES = {
    "贯彻执行党和国家的方针政策和法律法规，拟订并组织实施本行业发展规划",
    "负责本辖区社会救助、养老服务和基层社会治理工作",
    "负责财政收支管理、预算编制与执行、国有资产管理和政府采购监督",
    "负责农业农村发展、农田水利建设、农村集体经济和乡村振兴工作",
    "负责辖区公路建设养护、道路运输管理和交通安全工作",
    "负责辖区国土空间规划、土地征收、耕地保护和不动产登记工作",
    "负责辖区基础教育管理、教育经费统筹和学校安全工作",
    "负责辖区公共卫生、疾病预防控制和基层医疗卫生服务工作",
  };
  private static final String[] REASONS = {
    "严格落实过紧日子要求，压减一般性支出", "人员增加及工资调整", "新增乡村振兴项目资金", "上年一次性项目支出本年不再安排",
    "基本养老保险缴费基数调整", "公务用车车辆老化，维修费用减少", "压减公务接待，严格执行接待标准",
  };

  static Draft budget(Prose p, CorpusOrgan organ, boolean finalAccounts, LocalDate published) {
    int fiscalYear = finalAccounts ? published.getYear() - 1 : published.getYear();
    LocalDate approvedOn = finalAccounts
        ? LocalDate.of(fiscalYear + 1, p.between(5, 8), p.between(1, 28))
        : LocalDate.of(fiscalYear, 1, p.between(5, 28));
    String approvedBy = organ.level() == CorpusOrgan.Level.TOWNSHIP
        ? organ.name().replace("人民政府", "") + "人民代表大会"
        : Words.COUNTY + "财政局";
    List<Facts.Line> functions = functionLines(p);
    BigDecimal total = BigDecimal.ZERO;
    for (Facts.Line l : functions) {
      if (l.code().length() == 3) {
        total = total.add(l.amount().value());
      }
    }
    List<Facts.Line> economic = economicLines(p);
    String kind = finalAccounts ? "决算" : "预算";
    String name = organ.name();
    String title = finalAccounts
        ? name + fiscalYear + "年度部门决算公开"
        : p.chance(0.5) ? name + fiscalYear + "年部门预算公开说明" : name + fiscalYear + "年部门预算及“三公”经费预算公开";
    p.line("第一部分 部门概况");
    p.line("一、部门主要职责：" + p.pick(DUTIES) + "。");
    p.line("二、部门" + kind + "单位构成：纳入本部门" + fiscalYear + "年" + kind + "编制范围的单位共" + p.between(1, 6)
        + "个，其中行政单位" + p.between(1, 3) + "个，事业单位" + p.between(0, 4) + "个。");
    p.line("第二部分 " + fiscalYear + "年部门" + kind + "情况说明");
    p.line("一、收支" + kind + "总体情况：" + fiscalYear + "年收入" + kind + total + "万元，支出" + kind + total + "万元，"
        + (p.chance(0.5) ? "比上年增加" : "比上年减少") + p.money(5, 200, 2) + "万元，主要原因是" + p.pick(REASONS) + "。");
    p.line("二、一般公共预算支出情况：");
    for (Facts.Line l : functions) {
      p.line(l.code() + " " + l.name() + " " + l.amount().value() + "万元");
    }
    p.line("三、一般公共预算基本支出情况：");
    for (Facts.Line l : economic) {
      if (p.full()) {
        break;
      }
      p.line(l.code() + " " + l.name() + " " + l.amount().value() + "万元");
    }
    p.line("四、“三公”经费" + kind + "情况：" + fiscalYear + "年“三公”经费" + kind + p.money(2, 60, 2)
        + "万元，其中因公出国（境）费0万元，公务用车购置及运行维护费" + p.money(1, 30, 2) + "万元，公务接待费"
        + p.money(0.5, 10, 2) + "万元。");
    p.line("五、机关运行经费：" + fiscalYear + "年机关运行经费" + kind + p.money(10, 300, 2) + "万元，主要用于办公费、印刷费、水电费、"
        + "办公用房物业管理费等日常公用经费支出。");
    p.line("六、政府采购情况：" + fiscalYear + "年政府采购" + kind + p.money(5, 500, 2) + "万元，其中货物类"
        + p.money(1, 100, 2) + "万元，服务类" + p.money(1, 200, 2) + "万元。");
    p.line("七、国有资产占用情况：截至" + (fiscalYear - 1) + "年12月31日，共有车辆" + p.between(0, 8) + "辆，单价50万元以上通用设备"
        + p.between(0, 3) + "台（套）。");
    p.line("第三部分 名词解释：财政拨款收入指本级财政当年拨付的资金；基本支出指为保障机构正常运转、完成日常工作任务而发生的支出；"
        + "项目支出指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
    p.line("第四部分 附表：" + String.join("、", TABLES) + "。");
    Facts.Amount t = new Facts.Amount(total, true);
    Facts.Budget facts = new Facts.Budget(fiscalYear, finalAccounts, approvedOn, approvedBy, t, t, functions, economic,
        List.of(TABLES));
    return new Draft(title, p.body(List.of(Words.FILLER)), null, facts, fiscalYear, t.yuan(), 0, null);
  }

  private static List<Facts.Line> functionLines(Prose p) {
    List<Facts.Line> out = new ArrayList<>();
    for (String[][] cls : FUNCTIONS) {
      if (!cls[0][0].equals("201") && !p.chance(0.55)) {
        continue;
      }
      List<Facts.Line> children = new ArrayList<>();
      BigDecimal classSum = BigDecimal.ZERO;
      for (int k = 1; k < cls.length; k++) {
        if (k > 1 && !p.chance(0.5)) {
          continue;
        }
        String[] kuan = cls[k];
        BigDecimal kuanSum = BigDecimal.ZERO;
        List<Facts.Line> items = new ArrayList<>();
        for (int i = 2; i < kuan.length; i += 2) {
          if (i > 2 && !p.chance(0.6)) {
            continue;
          }
          BigDecimal a = p.money(3, 600, 2);
          kuanSum = kuanSum.add(a);
          items.add(new Facts.Line(kuan[i], kuan[i + 1], new Facts.Amount(a, true)));
        }
        classSum = classSum.add(kuanSum);
        children.add(new Facts.Line(kuan[0], kuan[1], new Facts.Amount(kuanSum, true)));
        children.addAll(items);
      }
      out.add(new Facts.Line(cls[0][0], cls[0][1], new Facts.Amount(classSum, true)));
      out.addAll(children);
    }
    return out;
  }

  private static List<Facts.Line> economicLines(Prose p) {
    List<Facts.Line> out = new ArrayList<>();
    for (String[][] cls : ECONOMIC) {
      BigDecimal sum = BigDecimal.ZERO;
      List<Facts.Line> kuans = new ArrayList<>();
      for (int k = 1; k < cls.length; k++) {
        BigDecimal a = p.money(0.5, 300, 2);
        sum = sum.add(a);
        kuans.add(new Facts.Line(cls[k][0], cls[k][1], new Facts.Amount(a, true)));
      }
      out.add(new Facts.Line(cls[0][0], cls[0][1], new Facts.Amount(sum, true)));
      out.addAll(kuans);
    }
    return out;
  }

  static Draft threePublicExpenses(Prose p, CorpusOrgan organ, LocalDate published) {
    boolean finalAccounts = p.chance(0.5);
    int year = finalAccounts ? published.getYear() - 1 : published.getYear();
    Facts.ExpenseAmounts now = expenses(p);
    Facts.ExpenseAmounts before = expenses(p);
    String kind = finalAccounts ? "决算" : "预算";
    BigDecimal change = now.total().value().subtract(before.total().value());
    String reason = p.pick(REASONS);
    List<Integer> activity = finalAccounts
        ? List.of(0, 0, now.vehiclePurchase().value().signum() > 0 ? 1 : 0, p.between(1, 8), p.between(10, 120),
            p.between(60, 900))
        : null;
    String title = organ.name() + year + "年度“三公”经费" + kind + "情况说明";
    p.line(year + "年度“三公”经费财政拨款支出" + kind + "为" + now.total().value() + "万元，比上年" + kind
        + (change.signum() >= 0 ? "增加" : "减少") + change.abs() + "万元，主要原因是" + reason + "。");
    p.line("其中：因公出国（境）费" + now.outboundTravel().value() + "万元，" + (now.outboundTravel().value().signum() == 0
        ? "与上年持平；" : "主要用于经批准的出访团组；")
        + "公务用车购置及运行维护费" + now.vehicles().value() + "万元（其中公务用车购置费" + now.vehiclePurchase().value()
        + "万元，公务用车运行维护费" + now.vehicleRunning().value() + "万元），主要用于公务用车的燃料、维修、保险和过路过桥费；"
        + "公务接待费" + now.hospitality().value() + "万元" + (activity == null ? "。"
            : "，共接待国内来访团组" + activity.get(4) + "批次、" + activity.get(5) + "人次。"));
    p.line("单位：万元");
    p.line("项目 " + year + "年" + kind + "数 " + (year - 1) + "年" + kind + "数");
    p.line("合计 " + now.total().value() + " " + before.total().value());
    p.line("因公出国（境）费 " + now.outboundTravel().value() + " " + before.outboundTravel().value());
    p.line("公务用车购置及运行维护费 " + now.vehicles().value() + " " + before.vehicles().value());
    p.line("其中：公务用车购置费 " + now.vehiclePurchase().value() + " " + before.vehiclePurchase().value());
    p.line("公务用车运行维护费 " + now.vehicleRunning().value() + " " + before.vehicleRunning().value());
    p.line("公务接待费 " + now.hospitality().value() + " " + before.hospitality().value());
    p.line("“三公”经费是指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。下一步，我单位将继续严格执行"
        + "中央八项规定精神，坚持厉行节约，从严控制“三公”经费支出。");
    Facts.ThreePublicExpenses facts = new Facts.ThreePublicExpenses(year, finalAccounts, now, before, reason, activity);
    return new Draft(title, p.body(List.of(Words.FILLER)), null, facts, year, now.total().yuan(), 0, null);
  }

  private static Facts.ExpenseAmounts expenses(Prose p) {
    BigDecimal outbound = p.chance(0.85) ? BigDecimal.ZERO.setScale(2) : p.money(1, 15, 2);
    BigDecimal purchase = p.chance(0.8) ? BigDecimal.ZERO.setScale(2) : p.money(10, 30, 2);
    BigDecimal running = p.money(1, 40, 2);
    BigDecimal hospitality = p.money(0.3, 12, 2);
    BigDecimal vehicles = purchase.add(running);
    return new Facts.ExpenseAmounts(wan(outbound), wan(vehicles), wan(purchase), wan(running), wan(hospitality),
        wan(outbound.add(vehicles).add(hospitality)));
  }

  private static Facts.Amount wan(BigDecimal v) {
    return new Facts.Amount(v, true);
  }

  private static final String[] VILLAGE_INCOME = {
    "上级转移支付补助", "村集体资产发包收入", "村集体经营收入", "一事一议财政奖补资金", "土地流转服务费收入", "利息收入"
  };
  private static final String[] VILLAGE_SPENDING = {
    "村干部误工补贴", "村务办公费", "道路维修费", "卫生保洁费", "水电费", "党员活动经费", "防汛物资购置费", "路灯维护费",
    "文化活动经费", "环境整治劳务费"
  };

  /** 村级财务收支公开 for one quarter. */
  static Draft villageAccounts(Prose p, CorpusOrgan village, LocalDate published) {
    int quarter = (published.getMonthValue() - 1) / 3;
    int year = quarter == 0 ? published.getYear() - 1 : published.getYear();
    int q = quarter == 0 ? 4 : quarter;
    String title = village.name() + year + "年第" + Prose.numeral(q) + "季度村级财务收支公开";
    BigDecimal income = BigDecimal.ZERO;
    p.line("根据村务公开有关规定，经村务监督委员会审核，现将本村" + year + "年第" + Prose.numeral(q) + "季度财务收支情况公开如下：");
    p.line("一、收入情况（单位：元）");
    for (String item : VILLAGE_INCOME) {
      if (p.chance(0.7)) {
        BigDecimal a = p.money(500, 120000, 2);
        income = income.add(a);
        p.line(item + " " + a);
      }
    }
    p.line("收入合计 " + income);
    p.line("二、支出情况（单位：元）");
    BigDecimal spending = BigDecimal.ZERO;
    while (!p.full()) {
      BigDecimal a = p.money(80, 30000, 2);
      spending = spending.add(a);
      p.line(Prose.date(published.minusDays(p.between(20, 110))) + " " + p.pick(VILLAGE_SPENDING) + " " + a + " 经手人："
          + Words.person(p));
      if (p.length() > Prose.MAX_LENGTH - 400) {
        break;
      }
    }
    p.line("支出合计 " + spending);
    p.line("对以上公开内容如有疑问，请于公开之日起10日内向村务监督委员会反映。");
    p.line(village.name().replace("村民委员会", "村") + "村务监督委员会 " + Prose.date(published));
    Facts.Document facts = new Facts.Document(null, village.name(), published.minusDays(3), null, true);
    return new Draft(title, p.body(List.of(Words.FILLER)), null, facts, year, null, 0, null);
  }
}
