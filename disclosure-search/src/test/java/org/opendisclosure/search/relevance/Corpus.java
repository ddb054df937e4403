package org.opendisclosure.search.relevance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.SearchDocument;

/**
 * A deterministic corpus of disclosure notices written in the formats of real ones
 * (NOTICE-FORMATS): budgets, final accounts, 三公经费, 任前公示, 征地 notices in three stages, 低保
 * lists, procurement results, policy documents, service guides, work and annual reports, 村务公开.
 * Every document carries the facts the judgments in {@link Judgments} are decided on.
 */
public final class Corpus {
  /** A generated document and the facts judgments are made on. */
  public record Doc(SearchDocument document, String kind, Map<String, String> facts) {
    public String fact(String key) {
      return facts.getOrDefault(key, "");
    }
  }

  static final String COUNTY = "红岭县";
  static final String[][] DEPARTMENTS = {
    {"dept-finance", "县财政局", "负责全县财政收支管理、预算编制与执行、国有资产管理"},
    {"dept-education", "县教育局", "负责全县学前教育、义务教育和高中教育的管理与督导"},
    {"dept-civil", "县民政局", "负责社会救助、养老服务、社区治理和婚姻登记"},
    {"dept-land", "县自然资源局", "负责国土空间规划、土地征收、耕地保护和不动产登记"},
    {"dept-health", "县卫生健康局", "负责医疗卫生服务、疾病预防控制和医疗保障衔接"},
    {"dept-agri", "县农业农村局", "负责农业生产、农村改革、农田水利和乡村振兴"},
    {"dept-transport", "县交通运输局", "负责农村公路建设养护、道路运输和交通安全"},
    {"dept-housing", "县住房和城乡建设局", "负责城乡建设、住房保障、农村危房改造"},
  };
  static final String[][] TOWNS = {
    {"town-qingshan", "青山镇"}, {"town-baishi", "白石镇"}, {"town-hekou", "河口镇"},
    {"town-dongping", "东坪乡"}, {"town-xiling", "西岭乡"}, {"town-nanhu", "南湖镇"},
  };
  static final String[][] VILLAGES = {
    {"红岭村", "0"}, {"石桥村", "0"}, {"柳溪村", "1"}, {"枫林村", "1"}, {"桃源村", "2"},
    {"新塘村", "2"}, {"马岭村", "3"}, {"龙泉村", "4"}, {"杨家村", "5"}, {"竹园村", "5"},
  };
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};

  private final Random random = new Random(20260310);
  private final List<Doc> docs = new ArrayList<>();
  private long next = 1;

  private Corpus() {}

  /** The corpus, the same every time. */
  public static List<Doc> generate() {
    Corpus c = new Corpus();
    c.budgets();
    c.threePublicExpenses();
    c.cadres();
    c.land();
    c.socialAssistance();
    c.procurement();
    c.policies();
    c.guides();
    c.reports();
    c.villageAffairs();
    return List.copyOf(c.docs);
  }

  // --- kinds -----------------------------------------------------------------------------------

  private void budgets() {
    for (String[] dept : DEPARTMENTS) {
      for (int year = 2024; year <= 2026; year++) {
        BigDecimal total = money(800, 9000);
        BigDecimal three = money(15, 60);
        String title = COUNTY + dept[1].substring(1) + year + "年部门预算公开说明";
        String body = "一、部门主要职责：" + dept[2] + "。二、收支预算总体情况：" + year + "年收入预算" + total + "万元，支出预算"
            + total + "万元，比上年" + (random.nextBoolean() ? "增加" : "减少") + money(20, 300) + "万元，主要原因是"
            + pick("人员经费调整", "项目支出压减", "新增民生项目") + "。三、“三公”经费预算" + three
            + "万元，其中因公出国（境）费0万元，公务用车购置及运行维护费" + money(5, 30) + "万元，公务接待费" + money(2, 10)
            + "万元。四、机关运行经费" + money(30, 120) + "万元。五、政府采购预算" + money(50, 800)
            + "万元。附表：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、三公经费支出表、政府性基金预算支出表。";
        add("budget", title, body, dept[0], dept[1], List.of("county"), "budget", "预算", List.of("finance"),
            year, year, total.multiply(BigDecimal.valueOf(10000)), null, null,
            Map.of("organ", dept[1], "year", "" + year, "kind2", "预算"));
      }
      for (int year = 2024; year <= 2025; year++) {
        BigDecimal total = money(800, 9000);
        String title = COUNTY + dept[1].substring(1) + year + "年度部门决算公开";
        String body = "经县人民代表大会常务委员会批准，现将" + dept[1] + year + "年度部门决算公开如下。" + year + "年度收入决算"
            + total + "万元，支出决算" + total + "万元。“三公”经费财政拨款支出决算" + money(10, 50)
            + "万元，较年初预算减少，主要原因是严格落实过紧日子要求。一般公共预算财政拨款支出主要用于" + dept[2]
            + "。附表：收入支出决算总表、财政拨款收入支出决算总表、一般公共预算财政拨款“三公”经费支出决算表。";
        add("final", title, body, dept[0], dept[1], List.of("county"), "final-accounts", "决算", List.of("finance"),
            year + 1, year, total.multiply(BigDecimal.valueOf(10000)), null, null,
            Map.of("organ", dept[1], "year", "" + year, "kind2", "决算"));
      }
    }
  }

  private void threePublicExpenses() {
    for (String[] dept : DEPARTMENTS) {
      for (int year = 2023; year <= 2025; year++) {
        boolean finalAccounts = year < 2025 || random.nextBoolean();
        BigDecimal abroad = BigDecimal.ZERO.setScale(2);
        BigDecimal car = money(10, 40);
        BigDecimal hosp = money(2, 12);
        BigDecimal total = abroad.add(car).add(hosp);
        String stage = finalAccounts ? "决算" : "预算";
        String title = COUNTY + dept[1].substring(1) + year + "年度“三公”经费支出" + stage + "情况说明";
        String body = year + "年度“三公”经费财政拨款支出" + stage + "为" + total + "万元，比上年" + pick("减少", "增加")
            + money(1, 6) + "万元，主要原因是" + pick("严格落实过紧日子要求、压减公务接待", "公务用车老化维修费用增加", "落实中央八项规定精神")
            + "。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费" + car + "万元（其中公务用车购置费0万元，公务用车运行维护费"
            + car + "万元），主要用于" + (2 + random.nextInt(4)) + "辆公务用车的燃料、维修、保险和过路过桥费；公务接待费" + hosp
            + "万元，共接待国内来访团组" + (10 + random.nextInt(60)) + "批次、" + (80 + random.nextInt(400)) + "人次。单位：万元。";
        add("three", title, body, dept[0], dept[1], List.of("county"), "three-public-expenses", "三公经费",
            List.of("finance"), year + (finalAccounts ? 1 : 0), year, total.multiply(BigDecimal.valueOf(10000)), null, null,
            Map.of("organ", dept[1], "year", "" + year, "kind2", stage));
      }
    }
  }

  private void cadres() {
    String[] posts = {"党委副书记", "副镇长", "党委委员、组织委员", "人大主席", "党委书记"};
    for (int i = 0; i < 26; i++) {
      int year = 2024 + i % 3;
      String[] town = TOWNS[i % TOWNS.length];
      String name = SURNAMES[i % SURNAMES.length] + "××";
      String proposed = town[1] + posts[(i / 2) % posts.length];
      String current = TOWNS[(i + 1) % TOWNS.length][1] + pick("副镇长", "党政办主任", "组织委员");
      LocalDate start = LocalDate.of(year, 1 + i % 12, 3 + i % 20);
      LocalDate end = start.plusDays(6);
      String title = "中共" + COUNTY + "委组织部关于领导干部任前公示的公告（" + year + "年第" + (1 + i % 4) + "号）";
      String body = "根据《党政领导干部选拔任用工作条例》有关规定，经县委研究，拟提拔任用以下同志，现予以公示：" + name + "，"
          + pick("男", "女") + "，汉族，" + (1980 + i % 12) + "年" + (1 + i % 12) + "月生，" + COUNTY + "人，" + (2003 + i % 10)
          + "年7月参加工作，中共党员，大学学历，现任" + current + "，拟任" + proposed + "。公示时间：" + start + "至" + end
          + "（5个工作日）。公示期间，对公示对象有不同意见的，可通过来电、来信、来访等方式向县委组织部反映。反映问题要实事求是，提倡署真实姓名。"
          + "举报电话：12380　受理地址：" + COUNTY + "人民路1号县委组织部干部监督科。";
      add("cadre", title, body, "county-org", "中共" + COUNTY + "委组织部", List.of("county"), "cadre-appointments",
          "干部任前公示", List.of("recruitment"), year, year, null, start, end,
          Map.of("town", town[1], "post", proposed, "year", "" + year));
    }
  }

  private void land() {
    String[] purposes = {"县道改扩建工程", "工业园区基础设施建设", "中心小学扩建工程", "污水处理厂建设", "农贸市场建设"};
    for (int v = 0; v < VILLAGES.length; v++) {
      String village = VILLAGES[v][0];
      String[] town = TOWNS[Integer.parseInt(VILLAGES[v][1])];
      String purpose = purposes[v % purposes.length];
      int year = 2024 + v % 3;
      BigDecimal hectares = money(3, 30);
      BigDecimal mu = hectares.multiply(BigDecimal.valueOf(15)).setScale(2, RoundingMode.HALF_UP);
      String where = town[1] + village + "第" + (1 + v % 5) + "、第" + (2 + v % 5) + "村民小组";
      int price = 48000 + 1000 * (v % 7);
      // stage 1: pre-announcement
      add("land", COUNTY + "人民政府关于" + purpose + "拟征收土地的预公告",
          "根据《土地管理法》第四十七条和《土地管理法实施条例》第二十六条规定，因" + purpose + "需要，拟征收" + where
              + "集体土地，现将有关事项预公告如下：一、征收范围：" + where + "，面积约" + hectares + "公顷（" + mu
              + "亩）。二、土地现状调查：自本公告发布之日起开展土地现状调查。三、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建，违反规定抢栽抢建的，对抢栽抢建部分不予补偿。公告期：10个工作日。",
          "county-gov", COUNTY + "人民政府", List.of(), "land-pre-announcement", "征地预公告", List.of("land"),
          year, year, null, null, null, Map.of("village", village, "stage", "pre", "town", town[1]));
      // stage 2: compensation and resettlement plan
      LocalDate start = LocalDate.of(year, 3 + v % 6, 1 + v);
      add("land", COUNTY + "人民政府征地补偿安置方案公告（" + village + "）",
          "根据《中华人民共和国土地管理法》第四十七条和《土地管理法实施条例》第二十八条规定，现将" + purpose + "拟征收土地补偿安置方案公告如下：一、征收范围："
              + where + "，共计" + hectares + "公顷（" + mu + "亩），其中耕地" + money(1, 3) + "公顷。二、征收目的：" + purpose
              + "（公共利益）。三、补偿标准：区片综合地价每亩" + price + "元（其中土地补偿费40%，安置补助费60%）；青苗补偿费每亩"
              + (1200 + 100 * (v % 5)) + "元；地上附着物按《省征收土地地上附着物补偿标准》执行；社会保障费用每亩" + (20000 + 500 * v)
              + "元，专项用于被征地农民养老保险缴费补贴。四、安置方式：货币安置；农村村民住宅采取重新安排宅基地建房或货币补偿方式。五、补偿登记：请被征地的所有权人、使用权人持不动产权属证明材料到"
              + town[1] + "人民政府办理补偿登记。六、异议反馈：对本方案有异议的，请于公告之日起30日内向县自然资源局书面提出；过半数被征地农村集体经济组织成员认为方案不符合法律法规规定的，县人民政府将组织听证。",
          "county-gov", COUNTY + "人民政府", List.of(), "land-compensation-plan", "征地补偿安置方案公告", List.of("land"),
          year, year, BigDecimal.valueOf((long) price).multiply(mu).setScale(2, RoundingMode.HALF_UP), start, start.plusDays(29),
          Map.of("village", village, "stage", "plan", "town", town[1]));
      // stage 3: acquisition announcement
      add("land", COUNTY + "人民政府征收土地公告（" + COUNTY.substring(0, 2) + "征〔" + year + "〕" + (v + 3) + "号）",
          "经省人民政府批准（批准文号：省政土批〔" + year + "〕" + (100 + v) + "号），征收" + where + "集体土地" + hectares
              + "公顷，用于" + purpose + "。征收土地补偿标准按已公告的征地补偿安置方案执行。被征收土地的所有权人、使用权人应在规定期限内办理补偿登记，逾期未登记的，其补偿内容以土地现状调查结果为准。",
          "county-gov", COUNTY + "人民政府", List.of(), "land-acquisition-announcement", "征收土地公告", List.of("land"),
          year, year, null, null, null, Map.of("village", village, "stage", "announcement", "town", town[1]));
    }
  }

  private void socialAssistance() {
    for (int t = 0; t < TOWNS.length; t++) {
      String[] town = TOWNS[t];
      for (int m = 0; m < 6; m++) {
        int year = 2025 + m / 4;
        int month = 1 + (m * 2 + t) % 12;
        String subtype = m % 3 == 2 ? "特困" : (m % 3 == 1 && t % 2 == 0 ? "临时救助" : "低保");
        LocalDate start = LocalDate.of(year, month, 10);
        StringBuilder table = new StringBuilder("序号 村（社区） 户主姓名 保障人数 保障类别 月保障金额（元）");
        for (int r = 1; r <= 3 + random.nextInt(4); r++) {
          table.append(' ').append(r).append(' ').append(VILLAGES[(t + r) % VILLAGES.length][0]).append(' ')
              .append(SURNAMES[(t * 3 + r) % SURNAMES.length]).append("×× ").append(1 + random.nextInt(4)).append(' ')
              .append(pick("A类", "B类", "C类")).append(' ').append(400 + 20 * random.nextInt(40));
        }
        String title;
        String body;
        if (subtype.equals("低保")) {
          title = town[1] + year + "年" + month + "月拟新增城乡低保对象公示";
          body = "经入户调查、民主评议，拟新增以下家庭为城乡低保对象，现予以公示。公示期7天（" + start + "至" + start.plusDays(6)
              + "），如有异议请向镇民政办反映。" + table;
        } else if (subtype.equals("特困")) {
          title = town[1] + year + "年" + month + "月特困人员救助供养对象公示";
          body = "根据《特困人员认定办法》，经审核，拟将以下人员纳入特困人员救助供养范围，现予以公示，公示期7天（" + start + "起）。" + table;
        } else {
          title = town[1] + year + "年第" + (1 + m / 2) + "季度临时救助发放情况公示";
          body = "根据《临时救助实施办法》，现将本季度临时救助对象及救助金额公示如下，主要用于因病、因灾导致基本生活暂时出现严重困难的家庭。" + table;
        }
        add("assist", title, body, town[0], town[1], List.of("county"), "social-assistance", "社会救助",
            List.of("livelihood"), year, year, null, start, start.plusDays(6),
            Map.of("town", town[1], "subtype", subtype, "year", "" + year));
      }
    }
  }

  private void procurement() {
    String[][] projects = {
      {"污水处理设施建设", "环保工程有限公司"}, {"农村道路硬化工程", "路桥建设有限公司"}, {"中心小学教学楼建设", "建筑工程有限公司"},
      {"农村饮水安全巩固提升工程", "水利水电工程有限公司"}, {"路灯亮化工程", "照明科技有限公司"}, {"办公设备采购", "办公用品有限公司"},
      {"卫生院医疗设备采购", "医疗器械有限公司"}, {"高标准农田建设", "农业开发有限公司"},
    };
    for (int i = 0; i < 40; i++) {
      String[] project = projects[i % projects.length];
      String[] town = TOWNS[i % TOWNS.length];
      int year = 2024 + i % 3;
      String subtype = i % 5 == 3 ? "candidates" : i % 5 == 4 ? "contract" : "award";
      BigDecimal amount = money(20, 900).multiply(BigDecimal.valueOf(10000));
      String number = "HLZC" + year + "-" + String.format("%03d", i + 1);
      String supplier = pick("华信", "宏达", "青松", "金石", "远景", "恒力") + project[1];
      String name = town[1] + project[0] + "项目";
      String title;
      String body;
      String category;
      String categoryName;
      switch (subtype) {
        case "candidates" -> {
          title = name + "中标候选人公示";
          body = "项目编号：" + number + "。项目名称：" + name + "。评标委员会推荐中标候选人如下：第一中标候选人：" + supplier + "，投标报价：" + amount
              + "元；第二中标候选人：" + pick("鑫源", "天成") + project[1] + "。公示期：自发布之日起3日。投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间提出。";
          category = "tender-candidates";
          categoryName = "中标候选人公示";
        }
        case "contract" -> {
          title = name + "政府采购合同公告";
          body = "合同编号：" + number + "-HT。项目名称：" + name + "。采购人：" + town[1] + "人民政府。供应商：" + supplier
              + "，统一社会信用代码：91350100M000100Y43。合同金额：" + amount + "元。合同签订日期：" + year + "年" + (1 + i % 12)
              + "月。根据《政府采购法实施条例》第五十条，现将合同公告。";
          category = "procurement-contract";
          categoryName = "政府采购合同";
        }
        default -> {
          title = name + "中标结果公告";
          body = "一、项目编号：" + number + "。二、项目名称：" + name + "。三、中标信息：供应商名称：" + supplier
              + "；统一社会信用代码：91350100M000100Y43；中标金额：人民币" + amount + "元。四、主要标的信息：工期180日历天。五、评审专家名单："
              + SURNAMES[i % 12] + "××、" + SURNAMES[(i + 3) % 12] + "××、" + SURNAMES[(i + 5) % 12]
              + "××。六、公告期限：自本公告发布之日起1个工作日。七、采购人：" + town[1] + "人民政府。";
          category = "procurement-award";
          categoryName = "政府采购中标、成交结果";
        }
      }
      add("procure", title, body, town[0], town[1], List.of("county"), category, categoryName, List.of("procurement"),
          year, year, amount, null, null, Map.of("project", project[0], "subtype", subtype, "town", town[1]));
    }
  }

  /** Topic, title, key sentences. */
  static final String[][] POLICIES = {
    {"安全生产", "关于进一步加强安全生产工作的通知", "各乡镇要落实安全生产责任制，开展安全生产大检查，重点排查道路交通、建筑施工、危险化学品和消防等领域隐患，对重大隐患实行挂牌督办。"},
    {"森林防火", "关于做好今冬明春森林防火工作的通知", "进入森林防火期，严禁野外用火，各村要落实护林员巡山制度，发现火情立即报告，森林防火指挥部实行24小时值班。"},
    {"耕地保护", "关于严格耕地保护坚决制止耕地“非农化”的意见", "严禁违规占用耕地绿化造林、挖湖造景，严格落实耕地占补平衡，永久基本农田重点用于粮食生产。"},
    {"人居环境", "农村人居环境整治提升五年行动实施方案", "以农村厕所革命、生活污水垃圾治理、村容村貌提升为重点，到2025年农村卫生厕所普及率达到90%以上。"},
    {"医保", "关于做好城乡居民基本医疗保险参保缴费工作的通知", "城乡居民基本医疗保险个人缴费标准为每人每年380元，缴费期为每年9月至12月，可通过银行、微信、税务APP等方式缴费。低保对象、特困人员个人缴费部分由医疗救助资金全额资助。"},
    {"养老保险", "城乡居民基本养老保险实施办法", "年满16周岁、不是在校学生、未参加职工基本养老保险的城乡居民，可以在户籍地参加城乡居民养老保险。缴费档次设为每年200元至5000元，多缴多得，可通过村协办员或手机APP缴纳。"},
    {"防汛", "关于切实做好防汛抗旱工作的通知", "主汛期到来，各乡镇要落实防汛责任人，加强水库、山塘巡查，转移危险区群众，确保安全度汛。"},
    {"宅基地", "农村宅基地管理办法", "农村村民一户只能拥有一处宅基地，面积不得超过规定标准。申请宅基地的，应当向村民小组提出书面申请，经村民代表会议讨论通过后报乡镇人民政府审批。"},
    {"低保政策", "城乡最低生活保障实施办法", "共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定的，可以申请最低生活保障。申请由户主向户籍所在地乡镇人民政府提出，经入户调查、民主评议、公示后审批。城市低保标准每人每月800元，农村低保标准每人每月620元。"},
    {"征地政策", "关于公布实施征地区片综合地价标准的通知", "为保障被征地农民合法权益，根据《土地管理法》规定，经省人民政府批准，全县征地区片综合地价标准分为三个区片，一类区片每亩58000元，二类区片每亩52000元，三类区片每亩48000元。区片综合地价包括土地补偿费和安置补助费，不含青苗补偿和地上附着物补偿。"},
    {"政务公开", "县人民政府办公室关于印发政务公开工作要点的通知", "各乡镇人民政府，县直各单位：现将《政务公开工作要点》印发给你们，请认真贯彻执行。要着力推进重点领域信息公开，做好财政预决算、征地、社会救助等信息公开，加强政府信息公开平台建设。"},
    {"营商环境", "关于进一步优化营商环境的若干措施", "推行企业开办一日办结，压减工程建设项目审批时间，清理规范涉企收费，建立政企沟通机制。"},
    {"就业", "关于做好高校毕业生等重点群体就业工作的通知", "开发基层公益性岗位，落实一次性吸纳就业补贴和创业担保贷款贴息政策，加强农村劳动力转移就业服务。"},
    {"教育资助", "家庭经济困难学生资助政策实施办法", "对建档立卡、低保家庭、特困供养等家庭经济困难学生，按规定发放国家助学金，学前教育阶段每生每年1000元。"},
  };

  private void policies() {
    for (int i = 0; i < 42; i++) {
      String[] p = POLICIES[i % POLICIES.length];
      int year = 2024 + i % 3;
      int seq = 5 + i;
      boolean office = i % 2 == 0;
      String number = (office ? "红政办发" : "红政发") + "〔" + year + "〕" + seq + "号";
      String organ = office ? COUNTY + "人民政府办公室" : COUNTY + "人民政府";
      String title = (i >= POLICIES.length ? organ + "关于" + year + "年" : "") + p[1];
      String body = "索引号：11330100MB/" + year + "-" + String.format("%05d", seq) + "。发布机构：" + organ + "。文号：" + number
          + "。各乡镇人民政府，县直各单位：" + p[2] + " 现将有关事项通知如下：一、提高思想认识。二、明确工作任务。三、强化组织保障。请认真贯彻执行。";
      Doc d = add("policy", title, body, office ? "county-office" : "county-gov", organ, office ? List.of("county-gov") : List.of(),
          "regulations", "行政法规、规章和规范性文件", List.of(), year, year, null, null, null,
          Map.of("topic", p[0], "number", number, "year", "" + year));
      docs.set(docs.size() - 1, new Doc(withNumber(d.document(), number), d.kind(), d.facts()));
    }
  }

  private void guides() {
    String[][] guides = {
      {"宅基地", "农村宅基地审批办事指南", "办理条件：本集体经济组织成员，一户一宅。申请材料：农村宅基地和建房（规划许可）申请表、户口簿、承诺书。办理流程：申请—村级审查—乡镇审批—发放农村宅基地批准书。办理时限：20个工作日。"},
      {"低保政策", "最低生活保障申请办事指南", "申请条件：家庭人均收入低于当地低保标准，家庭财产符合规定。申请材料：申请书、户口簿、身份证、家庭收入情况声明、授权核对家庭经济状况的声明。办理流程：申请—受理—家庭经济状况调查—民主评议—公示—审批。承诺时限：30个工作日。"},
      {"医保", "城乡居民医保参保登记办事指南", "办理对象：未参加职工医保的城乡居民。办理材料：身份证或户口簿。办理方式：窗口办理或网上办理。缴费后次年1月1日起享受待遇。"},
      {"养老保险", "城乡居民养老保险参保登记办事指南", "办理对象：年满16周岁的城乡居民。办理地点：村便民服务点、乡镇社保所。缴费方式：银行代扣或手机APP缴费，每年选择一个缴费档次。"},
      {"不动产", "不动产登记办事指南", "申请首次登记、转移登记、抵押登记需提交不动产权属证书、身份证明、完税凭证等材料，一般登记5个工作日内办结。"},
    };
    for (int i = 0; i < 20; i++) {
      String[] g = guides[i % guides.length];
      String[] town = TOWNS[i % TOWNS.length];
      int year = 2024 + i % 3;
      add("guide", town[1] + g[1], g[2] + " 咨询电话：" + town[1] + "便民服务中心。", town[0], town[1], List.of("county"),
          "service-guides", "办事指南与服务承诺", List.of("licensing"), year, year, null, null, null,
          Map.of("topic", g[0], "town", town[1]));
    }
  }

  private void reports() {
    for (int year = 2024; year <= 2026; year++) {
      add("report", year + "年" + COUNTY + "人民政府工作报告", "各位代表：现在，我代表县人民政府向大会报告工作。过去一年，全县地区生产总值增长"
          + money(4, 8) + "%，一般公共预算收入" + money(10, 30) + "亿元。完成农村道路硬化" + (50 + year % 7) + "公里，新建农村饮水工程"
          + (10 + year % 5) + "处，城乡低保标准提高到每人每月" + (600 + year % 10 * 10) + "元。今年工作安排：坚持稳中求进，抓好乡村振兴、民生保障和生态环境保护。",
          "county-gov", COUNTY + "人民政府", List.of(), "plans", "规划计划", List.of(), year, year, null, null, null,
          Map.of("type", "gov-report", "year", "" + year));
    }
    for (int t = 0; t < TOWNS.length; t++) {
      for (int year = 2024; year <= 2025; year++) {
        add("report", TOWNS[t][1] + year + "年工作总结和" + (year + 1) + "年工作计划", "一、" + year + "年工作总结：完成" + pick("人居环境整治", "高标准农田建设", "道路硬化")
            + "任务，落实低保、特困供养等民生政策，推进政务公开和村务公开。二、存在问题：基础设施仍有短板。三、" + (year + 1) + "年工作计划：抓好产业发展和民生实事。",
            TOWNS[t][0], TOWNS[t][1], List.of("county"), "plans", "规划计划", List.of(), year, year, null, null, null,
            Map.of("type", "summary", "town", TOWNS[t][1], "year", "" + year));
      }
    }
    for (int year = 2023; year <= 2025; year++) {
      for (String[] who : new String[][] {{"county-gov", COUNTY + "人民政府"}, {"dept-finance", "县财政局"}, {"dept-civil", "县民政局"}}) {
        add("annual", who[1] + year + "年政府信息公开工作年度报告", "本报告根据《中华人民共和国政府信息公开条例》要求编制。一、总体情况：" + year
            + "年主动公开政府信息" + (200 + year % 50) + "条，其中财政预决算" + (10 + year % 9) + "条。二、主动公开政府信息情况。三、收到和处理政府信息公开申请情况：收到申请"
            + (5 + year % 20) + "件，均按期答复。四、政府信息公开行政复议、行政诉讼情况。五、存在的主要问题及改进情况。",
            who[0], who[1], who[0].equals("county-gov") ? List.of() : List.of("county"), "annual-report",
            "政府信息公开工作年度报告", List.of(), year + 1, year, null, null, null, Map.of("year", "" + year));
      }
    }
  }

  private void villageAffairs() {
    for (int v = 0; v < VILLAGES.length; v++) {
      for (int q = 1; q <= 2; q++) {
        String village = VILLAGES[v][0];
        String[] town = TOWNS[Integer.parseInt(VILLAGES[v][1])];
        int year = 2025;
        add("village", village + year + "年第" + q + "季度村务公开（村级财务收支）", "本季度村集体收入" + money(2, 40) + "万元，其中上级转移支付"
            + money(1, 10) + "万元、集体资产租赁收入" + money(1, 10) + "万元；支出" + money(2, 30) + "万元，主要用于村干部报酬、环境卫生保洁和道路维修。一事一议筹资筹劳项目：" + pick("村道拓宽", "水渠修复", "路灯安装")
            + "，经村民代表会议讨论通过。监督电话：村务监督委员会。", "village-" + v, village + "村民委员会", List.of(town[0], "county"),
            "village-finances", "村级财务公开", List.of("finance"), year, year, null, null, null,
            Map.of("village", village, "town", town[1]));
      }
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Doc add(String kind, String title, String body, String organCode, String organName, List<String> organAncestors,
      String categoryCode, String categoryName, List<String> categoryAncestors, int publishedYear, int year,
      BigDecimal amount, LocalDate windowStart, LocalDate windowEnd, Map<String, String> facts) {
    long n = next++;
    Instant published = LocalDate.of(publishedYear, 1 + (int) (n % 12), 1 + (int) (n % 27)).atTime(9, 0)
        .toInstant(ZoneOffset.ofHours(8));
    SearchDocument d = SearchDocument.builder(id(n))
        .indexNumber(organCode.toUpperCase(java.util.Locale.ROOT) + "/" + year + "-" + String.format("%05d", n))
        .title(title).body(body).organ(organCode, organName, organAncestors)
        .category(categoryCode, categoryName, categoryAncestors).publishedAt(published).year(year)
        .amount(amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP)).window(windowStart, windowEnd).build();
    Doc doc = new Doc(d, kind, facts);
    docs.add(doc);
    return doc;
  }

  private static SearchDocument withNumber(SearchDocument d, String number) {
    return new SearchDocument(d.id(), d.revision(), d.indexNumber(), number, d.title(), d.body(), d.organCode(), d.organName(),
        d.organAncestors(), d.categoryCode(), d.categoryName(), d.categoryAncestors(), d.publishedAt(), d.year(), d.amount(),
        d.windowStart(), d.windowEnd());
  }

  static ItemId id(long n) {
    return new ItemId(String.format("01%024d", n));
  }

  private BigDecimal money(int min, int max) {
    return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100), 2);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
