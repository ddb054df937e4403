package org.opendisclosure.rest.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.opendisclosure.core.payload.Area;
import org.opendisclosure.core.payload.BudgetStatement;
import org.opendisclosure.core.payload.BudgetStatement.Line;
import org.opendisclosure.core.payload.CadreAppointment;
import org.opendisclosure.core.payload.CadreAppointment.Person;
import org.opendisclosure.core.payload.CadreAppointment.Sex;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.LandAcquisition;
import org.opendisclosure.core.payload.LandAcquisition.CompensationStandard;
import org.opendisclosure.core.payload.LandAcquisition.Location;
import org.opendisclosure.core.payload.LandAcquisition.Parcel;
import org.opendisclosure.core.payload.LandAcquisition.Stage;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.ProcurementResult;
import org.opendisclosure.core.payload.ProcurementResult.Award;
import org.opendisclosure.core.payload.SocialAssistanceList;
import org.opendisclosure.core.payload.SocialAssistanceList.Household;
import org.opendisclosure.core.payload.SocialAssistanceList.Program;
import org.opendisclosure.core.payload.StatementKind;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.payload.ThreePublicExpenses.Activity;
import org.opendisclosure.core.payload.ThreePublicExpenses.Amounts;

/**
 * The typed content of the demo items. Figures add up (the core checks them); names, places and
 * numbers are invented. Windows and dates that must be current are computed from {@code today}.
 */
final class DemoPayloads {
  private DemoPayloads() {}

  /** 红岭镇人民政府2024年部门预算, 万元: 1,452.60 over six 类. */
  static BudgetStatement honglingBudget2024() {
    return new BudgetStatement(2024, StatementKind.BUDGET, LocalDate.of(2024, 1, 18),
        "红岭镇第十八届人民代表大会第四次会议", Money.wan("1452.60"), Money.wan("1452.60"),
        List.of(
            line("201", "一般公共服务支出", "668.40"),
            line("20101", "人大事务", "41.20"),
            line("2010101", "行政运行", "41.20"),
            line("20103", "政府办公厅（室）及相关机构事务", "627.20"),
            line("2010301", "行政运行", "540.80"),
            line("2010350", "事业运行", "86.40"),
            line("208", "社会保障和就业支出", "214.60"),
            line("20805", "行政事业单位养老支出", "214.60"),
            line("2080505", "机关事业单位基本养老保险缴费支出", "143.10"),
            line("2080506", "机关事业单位职业年金缴费支出", "71.50"),
            line("210", "卫生健康支出", "63.90"),
            line("21011", "行政事业单位医疗", "63.90"),
            line("2101101", "行政单位医疗", "63.90"),
            line("212", "城乡社区支出", "96.00"),
            line("21205", "城乡社区环境卫生", "96.00"),
            line("2120501", "城乡社区环境卫生", "96.00"),
            line("213", "农林水支出", "342.70"),
            line("21307", "农村综合改革", "342.70"),
            line("2130705", "对村民委员会和村党支部的补助", "342.70"),
            line("221", "住房保障支出", "67.00"),
            line("22102", "住房改革支出", "67.00"),
            line("2210201", "住房公积金", "67.00")),
        List.of(
            line("301", "工资福利支出", "892.30"),
            line("30101", "基本工资", "281.00"),
            line("30102", "津贴补贴", "215.60"),
            line("30103", "奖金", "104.20"),
            line("30108", "机关事业单位基本养老保险缴费", "143.10"),
            line("30109", "职业年金缴费", "71.50"),
            line("30110", "职工基本医疗保险缴费", "9.90"),
            line("30113", "住房公积金", "67.00"),
            line("302", "商品和服务支出", "104.80"),
            line("30201", "办公费", "24.50"),
            line("30211", "差旅费", "16.30"),
            line("30217", "公务接待费", "5.80"),
            line("30231", "公务用车运行维护费", "19.60"),
            line("30299", "其他商品和服务支出", "38.60"),
            line("303", "对个人和家庭的补助", "14.20"),
            line("30305", "生活补助", "14.20")),
        BudgetStatement.STANDARD_TABLES);
  }

  /** 红岭镇人民政府2024年度“三公”经费决算, 万元, against 2023. {@code hospitality} lets a correction change it. */
  static ThreePublicExpenses honglingThreeExpenses2024(String hospitality, String total) {
    return new ThreePublicExpenses(2024, StatementKind.FINAL_ACCOUNTS,
        amounts(total, "0.00", "19.60", "0.00", "19.60", hospitality),
        amounts("27.45", "0.00", "21.30", "0.00", "21.30", "6.15"),
        "严格落实过紧日子要求，压减公务接待批次和人数；公务用车运行维护费因车辆减少而下降。",
        new Activity(0, 0, 0, 2, 38, 265));
  }

  /** 某县人民政府征地补偿安置方案公告 for 红岭至南岗道路: 8.42公顷（126.3亩）. */
  static LandAcquisition landCompensationPlan(LocalDate today) {
    return new LandAcquisition(Stage.COMPENSATION_PLAN, null,
        new Location("红岭镇", "南岗村", List.of("第二村民小组", "第四村民小组")),
        List.of(new Parcel("耕地", Area.hectares("6.15")), new Parcel("林地", Area.hectares("1.48")),
            new Parcel("农村道路及沟渠", Area.hectares("0.79"))),
        Area.hectares("8.42"), Area.mu("126.3"),
        "红岭至南岗道路改建工程（公共利益，土地管理法第四十五条第一款第二项）",
        List.of(new CompensationStandard("区片综合地价", Money.yuan("48600"), "元/亩"),
            new CompensationStandard("土地补偿费", Money.yuan("19440"), "元/亩"),
            new CompensationStandard("安置补助费", Money.yuan("29160"), "元/亩"),
            new CompensationStandard("青苗补偿费", Money.yuan("1600"), "元/亩"),
            new CompensationStandard("社会保障费用", Money.yuan("16500"), "元/亩")),
        "货币安置；农村村民住宅采取重新安排宅基地建房或货币补偿方式", 37,
        "持不动产权属证明材料到红岭镇人民政府三楼征迁办办理补偿登记", today.plusDays(30),
        "公告之日起30日内向某县自然资源局书面提出，地址：某县建设路18号", true);
  }

  /** 中共某县委组织部领导干部任前公示: two persons, window from today for a week. */
  static CadreAppointment cadreNotice(LocalDate today) {
    return new CadreAppointment(
        List.of(
            new Person("王建华", Sex.MALE, "汉族", YearMonth.of(1985, 9), "某县", "中共党员（2007年6月入党）", "大学",
                YearMonth.of(2008, 8), "红岭镇副镇长", "红岭镇党委副书记", null),
            new Person("林晓燕", Sex.FEMALE, "畲族", YearMonth.of(1989, 3), "某县", "中共党员（2011年5月入党）", "研究生",
                YearMonth.of(2014, 7), "县民政局社会救助股股长", "县民政局副局长（试用期一年）", null)),
        today, today.plusDays(7), "中共某县委组织部干部监督科", "12380", "某县人民路1号县委组织部干部监督科",
        "工作日8:30-12:00，14:30-17:30");
  }

  /** 南岗村拟新增低保对象公示: four households with ID numbers, which are masked in public output. */
  static SocialAssistanceList minimumLivingList(LocalDate today) {
    return new SocialAssistanceList(Program.MINIMUM_LIVING, YearMonth.from(today), "红岭镇", "南岗村",
        List.of(
            new Household("张德顺", 3, Money.yuan("1260"), "A类", "440524188001010014"),
            new Household("李秀英", 1, Money.yuan("520"), "B类", null),
            new Household("王福生", 2, Money.yuan("840"), "A类", "11010519491231002X"),
            new Household("陈桂兰", 2, Money.yuan("780"), "B类", null)),
        4, 8, Money.yuan("3400"));
  }

  /** 红岭镇12个村生活污水治理工程中标结果: 286.5万元 of a 298万元 budget. */
  static ProcurementResult sewageProcurement(LocalDate today) {
    return new ProcurementResult("MXZC2024-031", "红岭镇12个村生活污水治理工程", Money.wan("298.00"),
        ProcurementResult.Method.OPEN_TENDERING, "红岭镇人民政府", "某县公共资源交易代理有限公司",
        List.of(new Award("福建清源环保工程有限公司", "91350100M000100Y43", Money.yuan("2865000.00"))),
        List.of(new ProcurementResult.Item("生活污水治理设施施工", "12个村一体化污水处理设施及配套管网，工期150日历天",
            BigDecimal.ONE, "项", Money.yuan("2865000.00"))),
        List.of("刘志强", "陈红", "赵立新", "孙海燕", "周建华"), today.minusDays(3), today.minusDays(2),
        today.minusDays(1));
  }

  static Document document(String number, String issuer, LocalDate writtenOn) {
    return new Document(number, issuer, writtenOn, writtenOn.plusDays(10), Document.Validity.VALID);
  }

  private static Line line(String code, String name, String wan) {
    return new Line(code, name, Money.wan(wan));
  }

  private static Amounts amounts(String total, String outbound, String vehicles, String purchase, String running,
      String hospitality) {
    return new Amounts(Money.wan(outbound), Money.wan(vehicles), Money.wan(purchase), Money.wan(running),
        Money.wan(hospitality), Money.wan(total));
  }
}
