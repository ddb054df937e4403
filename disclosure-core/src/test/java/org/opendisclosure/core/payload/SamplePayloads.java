package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.opendisclosure.core.payload.BudgetStatement.Line;
import org.opendisclosure.core.payload.CadreAppointment.Person;
import org.opendisclosure.core.payload.CadreAppointment.Sex;
import org.opendisclosure.core.payload.LandAcquisition.CompensationStandard;
import org.opendisclosure.core.payload.LandAcquisition.Location;
import org.opendisclosure.core.payload.LandAcquisition.Parcel;
import org.opendisclosure.core.payload.LandAcquisition.Stage;
import org.opendisclosure.core.payload.ProcurementResult.Award;
import org.opendisclosure.core.payload.ProcurementResult.Item;
import org.opendisclosure.core.payload.ProcurementResult.Method;
import org.opendisclosure.core.payload.SocialAssistanceList.Household;
import org.opendisclosure.core.payload.SocialAssistanceList.Program;
import org.opendisclosure.core.payload.ThreePublicExpenses.Activity;
import org.opendisclosure.core.payload.ThreePublicExpenses.Amounts;

/**
 * One valid, real-looking example of each payload kind, with figures that add up. Names and places
 * are invented. Each call returns a new value; tests in other packages reuse them.
 */
public final class SamplePayloads {
  private SamplePayloads() {}

  /** Every sample, one per {@link PayloadKind}. */
  public static List<Payload> all() {
    return List.of(
        budget2024(),
        threePublicExpenses2024(),
        landCompensationPlan(),
        cadreNotice(),
        procurementResult(),
        minimumLivingList(),
        policyDocument());
  }

  /** 青石镇人民政府 2024年部门预算, in 万元: 1,286.40 of expenditure over five 类. */
  public static BudgetStatement budget2024() {
    return new BudgetStatement(
        2024,
        StatementKind.BUDGET,
        LocalDate.of(2024, 1, 16),
        "青石镇第十八届人民代表大会第四次会议",
        Money.wan("1286.40"),
        Money.wan("1286.40"),
        List.of(
            line("201", "一般公共服务支出", "612.30"),
            line("20101", "人大事务", "38.50"),
            line("2010101", "行政运行", "38.50"),
            line("20103", "政府办公厅（室）及相关机构事务", "573.80"),
            line("2010301", "行政运行", "498.60"),
            line("2010350", "事业运行", "75.20"),
            line("208", "社会保障和就业支出", "186.40"),
            line("20805", "行政事业单位养老支出", "186.40"),
            line("2080505", "机关事业单位基本养老保险缴费支出", "124.30"),
            line("2080506", "机关事业单位职业年金缴费支出", "62.10"),
            line("210", "卫生健康支出", "58.70"),
            line("21011", "行政事业单位医疗", "58.70"),
            line("2101101", "行政单位医疗", "58.70"),
            line("213", "农林水支出", "367.00"),
            line("21307", "农村综合改革", "367.00"),
            line("2130705", "对村民委员会和村党支部的补助", "367.00"),
            line("221", "住房保障支出", "62.00"),
            line("22102", "住房改革支出", "62.00"),
            line("2210201", "住房公积金", "62.00")),
        List.of(
            line("301", "工资福利支出", "820.50"),
            line("30101", "基本工资", "260.00"),
            line("30102", "津贴补贴", "198.40"),
            line("30103", "奖金", "95.70"),
            line("30108", "机关事业单位基本养老保险缴费", "124.30"),
            line("30109", "职业年金缴费", "62.10"),
            line("30110", "职工基本医疗保险缴费", "18.00"),
            line("30113", "住房公积金", "62.00"),
            line("302", "商品和服务支出", "96.20"),
            line("30201", "办公费", "22.00"),
            line("30211", "差旅费", "15.60"),
            line("30217", "公务接待费", "6.20"),
            line("30231", "公务用车运行维护费", "18.40"),
            line("30299", "其他商品和服务支出", "34.00"),
            line("303", "对个人和家庭的补助", "12.00"),
            line("30305", "生活补助", "12.00")),
        BudgetStatement.STANDARD_TABLES);
  }

  /** 清河县农业农村局 2024年度“三公”经费决算, in 万元, against the 2023 final accounts. */
  public static ThreePublicExpenses threePublicExpenses2024() {
    return new ThreePublicExpenses(
        2024,
        StatementKind.FINAL_ACCOUNTS,
        amounts("38.62", "0.00", "31.20", "0.00", "31.20", "7.42"),
        amounts("42.77", "0.00", "33.40", "0.00", "33.40", "9.37"),
        "严格落实过紧日子要求，压减公务接待，公务用车运行维护费随车辆老化维修减少而下降。",
        new Activity(0, 0, 0, 3, 56, 412));
  }

  /** 清河县人民政府征地补偿安置方案公告 for a road through 南岗村: 12.35公顷（185.25亩）. */
  public static LandAcquisition landCompensationPlan() {
    return new LandAcquisition(
        Stage.COMPENSATION_PLAN,
        null,
        new Location("青石镇", "南岗村", List.of("第三村民小组", "第五村民小组")),
        List.of(
            new Parcel("耕地", Area.hectares("9.80")),
            new Parcel("林地", Area.hectares("1.60")),
            new Parcel("农村道路及沟渠", Area.hectares("0.95"))),
        Area.hectares("12.35"),
        Area.mu("185.25"),
        "青石至南岗道路建设（公共利益，土地管理法第四十五条第一款第二项）",
        List.of(
            new CompensationStandard("区片综合地价", Money.yuan("52000"), "元/亩"),
            new CompensationStandard("土地补偿费", Money.yuan("20800"), "元/亩"),
            new CompensationStandard("安置补助费", Money.yuan("31200"), "元/亩"),
            new CompensationStandard("青苗补偿费", Money.yuan("1800"), "元/亩"),
            new CompensationStandard("社会保障费用", Money.yuan("18000"), "元/亩")),
        "货币安置；农村村民住宅采取重新安排宅基地建房或货币补偿方式",
        46,
        "持不动产权属证明材料到青石镇人民政府办理补偿登记",
        LocalDate.of(2026, 4, 30),
        "公告之日起30日内向清河县自然资源局书面提出",
        true);
  }

  /** 中共清河县委组织部领导干部任前公示: two persons, 2026年3月2日至3月6日. */
  public static CadreAppointment cadreNotice() {
    return new CadreAppointment(
        List.of(
            new Person(
                "王建国",
                Sex.MALE,
                "汉族",
                YearMonth.of(1986, 5),
                "清河县",
                "中共党员（2008年6月入党）",
                "大学",
                YearMonth.of(2009, 7),
                "青石镇副镇长",
                "青石镇党委副书记",
                null),
            new Person(
                "李晓梅",
                Sex.FEMALE,
                "回族",
                YearMonth.of(1990, 11),
                "清河县",
                "中共党员（2012年5月入党）",
                "研究生",
                YearMonth.of(2015, 8),
                "县农业农村局办公室主任",
                "县农业农村局副局长（试用期一年）",
                null)),
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 6),
        "中共清河县委组织部干部监督科",
        "12380",
        "清河县人民路1号县委组织部干部监督科",
        "工作日8:30-12:00，14:30-17:30");
  }

  /** 青石镇35个村污水处理设施建设项目中标结果公告: 328万元 of a 335万元 budget. */
  public static ProcurementResult procurementResult() {
    return new ProcurementResult(
        "QHZC2026-017",
        "青石镇35个村污水处理设施建设",
        Money.wan("335.00"),
        Method.OPEN_TENDERING,
        "青石镇人民政府",
        "清河县公共资源交易代理有限公司",
        List.of(new Award("清河环保工程有限公司", "91350100M000100Y43", Money.yuan("3280000.00"))),
        List.of(
            new Item(
                "污水处理设施施工",
                "35个村一体化污水处理设施及配套管网，工期180日历天",
                BigDecimal.ONE,
                "项",
                Money.yuan("3280000.00"))),
        List.of("刘志强", "陈红", "赵立新", "孙海燕", "周建华"),
        LocalDate.of(2026, 4, 8),
        LocalDate.of(2026, 4, 9),
        LocalDate.of(2026, 4, 20));
  }

  /** 青石镇南岗村2026年3月拟新增低保对象公示: 3 households, 6 persons, 2,620元 a month. */
  public static SocialAssistanceList minimumLivingList() {
    return new SocialAssistanceList(
        Program.MINIMUM_LIVING,
        YearMonth.of(2026, 3),
        "青石镇",
        "南岗村",
        List.of(
            new Household("张德顺", 3, Money.yuan("1260"), "A类", "440524188001010014"),
            new Household("李秀英", 1, Money.yuan("520"), "B类", null),
            new Household("王福生", 2, Money.yuan("840"), "A类", "11010519491231002X")),
        3,
        6,
        Money.yuan("2620"));
  }

  /** 清河县人民政府办公室 清政办发〔2026〕5号, in force. */
  public static Document policyDocument() {
    return new Document(
        "清政办发〔2026〕5号",
        "清河县人民政府办公室",
        LocalDate.of(2026, 2, 10),
        LocalDate.of(2026, 3, 1),
        Document.Validity.VALID);
  }

  private static Line line(String code, String name, String wan) {
    return new Line(code, name, Money.wan(wan));
  }

  /** Figures in 万元 as the statement prints them, in the order of its table. */
  static Amounts amounts(
      String total,
      String outbound,
      String vehicles,
      String purchase,
      String running,
      String hospitality) {
    return new Amounts(
        Money.wan(outbound),
        Money.wan(vehicles),
        Money.wan(purchase),
        Money.wan(running),
        Money.wan(hospitality),
        Money.wan(total));
  }
}
