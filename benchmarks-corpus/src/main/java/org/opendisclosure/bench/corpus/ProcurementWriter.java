package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 中标（成交）结果公告, 政府采购合同公告 and 中标候选人公示. */
final class ProcurementWriter {
  private ProcurementWriter() {}

  /** The labels of the core's {@code ProcurementResult.Method} constants, in their order. */
  static final String[] METHODS = {"公开招标", "邀请招标", "竞争性谈判", "竞争性磋商", "询价", "单一来源", "框架协议"};
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String[] UNITS = {"项", "台", "套", "批", "米", "个"};

  /** kind 0: award, 1: contract, 2: tender candidates. */
  static Draft procurement(Prose p, int kind, CorpusOrgan organ, LocalDate published) {
    String place = organ.name().replace(Words.COUNTY, "").replace("人民政府", "");
    String projectName = (place.isEmpty() ? Words.COUNTY : place) + p.pick(Words.PROJECT_KINDS);
    String number = "QXZC" + published.getYear() + "-" + String.format("%03d", p.between(1, 400));
    int method = p.chance(0.6) ? 0 : p.between(1, 6);
    BigDecimal budget = p.money(20, 900, 2);
    String supplier = Words.company(p, place.isEmpty() ? Words.COUNTY : place);
    BigDecimal awarded = budget.multiply(BigDecimal.valueOf(0.86 + 0.13 * p.random.nextDouble()))
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal awardedYuan = awarded.movePointRight(4);
    Facts.Award award = new Facts.Award(supplier, creditCode(p), new Facts.Amount(awardedYuan, false));
    List<Facts.ProcurementItem> items = new ArrayList<>();
    items.add(new Facts.ProcurementItem(projectName.replace("项目", "").replace("工程", "") + "施工",
        "详见招标文件技术要求，工期" + p.between(60, 365) + "日历天", BigDecimal.ONE, "项", new Facts.Amount(awardedYuan, false)));
    List<String> experts = Words.experts(p);
    LocalDate determined = published.minusDays(p.between(1, 6));
    LocalDate signed = kind == 1 ? published.minusDays(p.between(0, Math.max(0, (int) (published.toEpochDay()
        - determined.toEpochDay())))) : null;
    String agent = Words.COUNTY + "公共资源交易代理有限公司";
    String purchaser = organ.name();
    String[] titles = {"中标结果公告", "政府采购合同公告", "中标候选人公示"};
    String title = projectName + titles[kind];
    p.line("一、项目编号：" + number + "　二、项目名称：" + projectName);
    p.line("三、采购方式：" + METHODS[method] + "；预算金额：" + budget + "万元");
    switch (kind) {
      case 2 -> {
        p.line("四、中标候选人：第一中标候选人：" + supplier + "，投标报价：" + Prose.grouped(awardedYuan) + "元；第二中标候选人："
            + Words.company(p, Words.COUNTY) + "；第三中标候选人：" + Words.company(p, Words.COUNTY) + "。");
        p.line("五、公示期：自本公示发布之日起3个工作日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期间提出。");
      }
      case 1 -> p.line("四、合同主体：采购人" + purchaser + "；供应商" + supplier + "（统一社会信用代码：" + award.creditCode()
          + "）；合同金额：人民币" + Prose.grouped(awardedYuan) + "元；签订日期：" + Prose.date(signed) + "。");
      default -> p.line("四、中标信息：供应商名称：" + supplier + "；统一社会信用代码：" + award.creditCode() + "；中标金额：人民币"
          + Prose.grouped(awardedYuan) + "元");
    }
    p.line("主要标的信息：" + items.get(0).name() + "，" + items.get(0).specification() + "；项目负责人：" + Words.person(p) + "。");
    p.line("评审专家名单：" + String.join("、", experts));
    p.line("采购人：" + purchaser + "，地址：" + Words.COUNTY + place + "人民路" + p.between(1, 200) + "号。");
    p.line("采购代理机构：" + agent + "。");
    while (!p.full() && p.length() < Prose.MAX_LENGTH - 300) {
      p.line(p.pick(CLAUSES));
    }
    Facts.Procurement facts = new Facts.Procurement(number, projectName, new Facts.Amount(budget, true), method, purchaser,
        agent, List.of(award), items, experts, determined, published, signed);
    return new Draft(title, p.body(List.of(Words.FILLER)), number, facts, 0, awardedYuan, kind == 2 ? 3 : 0, published);
  }

  private static final String[] CLAUSES = {
    "各有关当事人对中标结果有异议的，可以在中标公告期限届满之日起七个工作日内，以书面形式向采购人或采购代理机构提出质疑。",
    "本项目资金来源为财政性资金，已落实。",
    "中标供应商应在中标通知书发出之日起三十日内与采购人签订政府采购合同。",
    "本项目不接受联合体投标，不允许分包。",
    "评标委员会按照招标文件规定的评标方法和标准，对投标文件进行了评审，推荐了中标候选人。",
    "本公告同时在政府采购网和县公共资源交易中心网站发布。",
    "投标人须具备市政公用工程施工总承包三级及以上资质，并具有有效的安全生产许可证。",
    "履约保证金为合同金额的百分之五，验收合格后无息退还。",
  };

  /** A 统一社会信用代码 with a correct check character (GB 32100). */
  static String creditCode(Prose p) {
    StringBuilder code = new StringBuilder("9135" + String.format("%04d", p.between(100, 999)));
    for (int i = 0; i < 9; i++) {
      code.append(CODE_ALPHABET.charAt(p.random.nextInt(CODE_ALPHABET.length())));
    }
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_ALPHABET.indexOf(code.charAt(i)) * weights[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.append(CODE_ALPHABET.charAt(check)).toString();
  }
}
