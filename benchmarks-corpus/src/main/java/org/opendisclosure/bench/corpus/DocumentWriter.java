package org.opendisclosure.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every category whose payload is a plain document: policy documents (通知/办法/意见 with chapters
 * and articles), service guides (办事指南), public notices and reports.
 */
final class DocumentWriter {
  private DocumentWriter() {}

  enum Family {
    POLICY,
    GUIDE,
    NOTICE,
    REPORT
  }

  /** Subjects per category: what its documents are about. */
  private static final Map<String, String[]> TOPICS = Map.ofEntries(
      Map.entry("regulations", new String[] {"行政规范性文件管理", "农村宅基地审批管理", "城乡居民医疗救助", "政府投资项目管理",
          "农村集体资产管理", "生活垃圾分类管理", "重大行政决策程序"}),
      Map.entry("organisation", new String[] {"机构职能", "内设机构设置", "领导班子分工", "权责清单"}),
      Map.entry("plans", new String[] {"国民经济和社会发展第十四个五年规划", "乡村振兴战略规划", "国土空间总体规划", "综合交通运输发展规划",
          "教育事业发展规划", "全域旅游发展规划"}),
      Map.entry("statistics", new String[] {"国民经济和社会发展统计公报", "主要经济指标", "农业生产统计", "固定资产投资统计"}),
      Map.entry("licensing", new String[] {"行政许可事项", "权力清单和责任清单", "证明事项告知承诺制"}),
      Map.entry("service-guides", new String[] {"城乡居民最低生活保障申请", "农村宅基地建房审批", "残疾人两项补贴申领", "高龄津贴申领",
          "不动产登记", "个体工商户登记", "城乡居民养老保险参保登记", "临时救助申请", "新生儿出生医学证明办理", "林木采伐许可"}),
      Map.entry("penalties", new String[] {"行政处罚决定", "违法建设查处", "环境违法行为处罚", "食品经营违法行为处罚", "安全生产违法行为处罚"}),
      Map.entry("finance", new String[] {"财政预算执行情况", "政府债务情况", "财政专项资金管理"}),
      Map.entry("village-finances", new String[] {"村级财务收支"}),
      Map.entry("fees", new String[] {"行政事业性收费目录清单", "涉企收费清单", "政府定价经营服务性收费"}),
      Map.entry("procurement", new String[] {"政府集中采购目录及限额标准", "政府采购意向", "政府采购实施计划"}),
      Map.entry("major-projects", new String[] {"重大建设项目批准和实施", "县重点项目建设", "政府投资项目审批结果"}),
      Map.entry("public-projects", new String[] {"为民办实事项目进展", "农村饮水安全工程", "老旧小区改造", "农村公路提级改造",
          "乡镇卫生院标准化建设"}),
      Map.entry("livelihood", new String[] {"巩固拓展脱贫攻坚成果", "教育资助政策", "就业创业扶持政策", "医疗保障政策"}),
      Map.entry("social-security", new String[] {"困难群众救助补助资金发放", "城乡居民养老保险待遇调整", "残疾人补贴标准",
          "困难残疾人生活补贴"}),
      Map.entry("family-planning", new String[] {"计划生育家庭奖励扶助", "计划生育特别扶助", "独生子女父母奖励"}),
      Map.entry("emergencies", new String[] {"防汛防台风应急预案", "森林火灾应急预案", "地质灾害防治方案", "突发公共卫生事件应急预案"}),
      Map.entry("inspections", new String[] {"食品安全监督抽检", "安全生产执法检查", "生态环境执法检查", "产品质量监督抽查",
          "药品经营质量检查"}),
      Map.entry("recruitment", new String[] {"公开招聘事业单位工作人员", "公务员录用", "乡村振兴专干招聘", "社区工作者招聘"}),
      Map.entry("housing-expropriation", new String[] {"国有土地上房屋征收决定", "房屋征收补偿方案", "旧城改造房屋征收"}),
      Map.entry("rural-land-transfer", new String[] {"农村土地承包经营权流转", "土地经营权流转合同", "耕地流转奖补"}),
      Map.entry("homesteads", new String[] {"农村宅基地使用审核", "农民建房审批", "宅基地资格权认定"}),
      Map.entry("irrigation", new String[] {"农田水利工程建设", "小型水库运行管护", "灌溉渠道维修"}),
      Map.entry("fund-and-labour-raising", new String[] {"一事一议筹资筹劳", "村内道路建设筹资", "村级公益事业建设"}),
      Map.entry("farmers-burden", new String[] {"农民负担监督", "涉农收费公示", "惠农补贴发放"}),
      Map.entry("major-decisions", new String[] {"村集体经济发展项目", "村级重大事项决策", "集体资产处置", "村庄规划调整"}),
      Map.entry("violation-cases", new String[] {"违纪违法典型案例", "群众身边腐败问题", "违反中央八项规定精神问题"}),
      Map.entry("annual-report", new String[] {"政府信息公开工作年度报告"}),
      Map.entry("other", new String[] {"政务公开工作要点", "政务服务便民措施", "营商环境优化措施"}));

  private static final String[] DEPARTMENTS = {"财政局", "民政局", "自然资源局", "农业农村局", "卫生健康局", "教育局", "交通运输局",
      "住房和城乡建设局", "人力资源和社会保障局", "水利局", "生态环境局", "市场监督管理局", "应急管理局", "医疗保障局"};

  private static final String[] CHAPTERS = {"总则", "职责分工", "申请与审核", "资金管理", "服务保障", "监督检查", "法律责任", "附则"};
  private static final String[] ARTICLES = {
    "为进一步规范{T}工作，保障人民群众合法权益，根据有关法律法规和上级文件精神，结合本县实际，制定本办法。",
    "本办法适用于本县行政区域内的{T}及其监督管理活动。",
    "县{D}负责全县{T}工作的组织实施和监督管理，各乡镇人民政府负责本辖区内的具体工作，村（居）民委员会协助做好相关工作。",
    "{T}应当遵循公开、公平、公正和便民高效的原则，依法接受社会监督。",
    "申请人应当如实提供有关材料，并对材料的真实性负责；隐瞒有关情况或者提供虚假材料的，不予受理。",
    "对符合条件的，应当自受理之日起{N}个工作日内作出决定；对不符合条件的，应当书面告知申请人并说明理由。",
    "所需经费列入县级财政预算，实行专账核算、专款专用，任何单位和个人不得截留、挤占、挪用。",
    "各乡镇、各有关部门应当加强协调配合，建立健全工作机制，明确责任分工，确保各项措施落到实处。",
    "对在{T}工作中滥用职权、玩忽职守、徇私舞弊的工作人员，依法依规追究责任；构成犯罪的，依法追究刑事责任。",
    "县{D}应当会同有关部门定期开展监督检查，检查结果向社会公开，并作为年度绩效考核的重要依据。",
    "建立{T}信息公开制度，及时公开政策依据、办理程序、办理结果和监督渠道，方便群众查询。",
    "乡镇人民政府应当在受理申请后{N}日内完成入户调查、邻里访问和信息核对，并将调查结果在村务公开栏公示。",
    "对公示有异议的，乡镇人民政府应当组织重新调查核实，并在{N}个工作日内作出处理。",
    "鼓励社会组织、企业和个人通过捐赠、志愿服务等方式参与{T}工作。",
    "本办法所称{T}，是指依照国家和省有关规定，由县级人民政府及其有关部门组织实施的相关管理和服务活动。",
    "各单位应当加强档案管理，对申请材料、审核记录、公示情况等资料及时归档，保存期限不少于{S}年。",
    "本办法由县{D}负责解释。",
    "本办法自{DATE}起施行，有效期{S}年。",
  };
  private static final String[] NOTICE_LINES = {
    "近期，县{D}组织开展{T}专项行动，共检查{N}家单位，发现问题{N}个，已责令限期整改。",
    "根据《中华人民共和国行政处罚法》有关规定，经调查核实，当事人的行为违反了相关法律规定，依法作出罚款{N}千元的处罚决定。",
    "经抽检，{N}批次产品合格，{N}批次产品不合格，不合格产品已依法处置并向社会公布。",
    "各乡镇要高度重视{T}工作，落实属地管理责任，加强隐患排查，确保人民群众生命财产安全。",
    "请相关单位于{DATE}前将整改情况书面报送县{D}。",
    "对检查中发现的问题，县{D}已建立问题清单和整改台账，实行销号管理。",
    "项目总投资{N}万元，目前已完成投资{N}万元，完成年度计划的{N}%。",
    "本次招聘岗位{N}个，报名时间为{DATE}至报名截止日，报名采取现场报名方式。",
    "下一步，我县将持续加大{T}工作力度，完善长效机制，切实维护群众合法权益。",
    "群众可通过12345政务服务便民热线反映问题，我们将及时受理并反馈办理结果。",
    "经村民代表会议讨论通过，应到代表{N}人，实到代表一致同意，现将决议内容予以公开。",
  };
  private static final String[] GUIDE_SECTIONS = {
    "一、事项名称：{T}", "二、设定依据：《社会救助暂行办法》《{C}{T}实施细则》。",
    "三、申请条件：户籍在本县且符合{T}相关规定的城乡居民。",
    "四、申请材料：1.申请书；2.居民身份证、户口簿原件及复印件；3.家庭收入和财产状况说明；4.其他相关证明材料。",
    "五、办理流程：申请—受理—审核—公示—审批—发放，全流程网上可查。", "六、办理时限：{N}个工作日。", "七、收费标准：不收费。",
    "八、办理地点：各乡镇便民服务中心综合窗口，县政务服务中心{N}号窗口。", "九、办理时间：工作日上午8:30-12:00，下午14:30-17:30。",
    "十、咨询方式：县{D}业务股室，或拨打12345政务服务便民热线。", "十一、监督投诉：县纪委监委驻县{D}纪检监察组。",
  };
  private static final String[] REPORT_LINES = {
    "{Y}年，在县委、县政府的坚强领导下，{C}深入贯彻落实《中华人民共和国政府信息公开条例》，持续深化{T}工作。",
    "全年主动公开政府信息{N}条，其中规范性文件{N}件，政策解读{N}篇，回应社会关切{N}次。",
    "全年共收到政府信息公开申请{N}件，均在法定期限内答复，未发生因政府信息公开引起的行政复议和行政诉讼。",
    "全年地区生产总值完成{N}亿元，同比增长{N}%；一般公共预算收入{N}亿元，同比增长{N}%。",
    "城乡居民人均可支配收入分别达到{N}元和{N}元，分别增长{N}%和{N}%。",
    "存在的主要问题：公开内容的规范性和及时性有待提高，政策解读的针对性有待加强，基层政务公开标准化建设仍需深化。",
    "改进措施：进一步健全工作机制，加强业务培训，推进基层政务公开标准化规范化，不断提升公开质量和实效。",
    "粮食播种面积{N}万亩，总产量{N}万吨；生猪出栏{N}万头。",
    "固定资产投资同比增长{N}%，其中工业投资增长{N}%，基础设施投资增长{N}%。",
  };

  static Family family(String category) {
    return switch (category) {
      case "service-guides", "licensing" -> Family.GUIDE;
      case "annual-report", "statistics", "organisation", "finance" -> Family.REPORT;
      case "penalties", "inspections", "emergencies", "violation-cases", "recruitment", "public-projects",
          "major-projects", "irrigation", "homesteads", "rural-land-transfer", "fund-and-labour-raising",
          "farmers-burden", "major-decisions", "procurement" -> Family.NOTICE;
      default -> Family.POLICY;
    };
  }

  static Draft document(Prose p, String category, CorpusOrgan organ, LocalDate published) {
    String topic = p.pick(TOPICS.getOrDefault(category, TOPICS.get("other")));
    String department = organ.level() == CorpusOrgan.Level.DEPARTMENT
        ? organ.name().replace(Words.COUNTY, "").replaceFirst("^县", "") : p.pick(DEPARTMENTS);
    LocalDate written = published.minusDays(p.between(1, 15));
    int year = published.getYear();
    String issuer = organ.name();
    String number = null;
    String title;
    Family family = family(category);
    switch (family) {
      case POLICY -> {
        String prefix = organ.level() == CorpusOrgan.Level.COUNTY ? "清政" : organ.level() == CorpusOrgan.Level.TOWNSHIP
            ? organ.name().substring(0, 1) + "政" : "清" + department.substring(0, 1);
        number = prefix + p.pick(new String[] {"办", "", "办发", "发"}) + "〔" + year + "〕" + p.between(1, 150) + "号";
        String kind = p.pick(new String[] {"办法", "实施细则", "实施意见", "工作方案", "管理规定"});
        title = p.chance(0.6) ? issuer + "关于印发《" + Words.COUNTY + topic + kind + "》的通知"
            : issuer + "关于进一步加强" + topic + "工作的" + p.pick(new String[] {"意见", "通知"});
        p.line("索引号：" + organ.code() + "/" + year + "-" + String.format("%05d", p.between(1, 3000)) + "　发布机构：" + issuer);
        p.line("成文日期：" + Prose.date(written) + "　发布日期：" + Prose.date(published) + "　文号：" + number + "　有效性：有效");
        p.line("各乡镇人民政府，县直各单位：");
        p.line("现将《" + Words.COUNTY + topic + kind + "》印发给你们，请结合实际认真贯彻执行。");
        int article = 1;
        java.util.Iterator<String> articles = p.deal(ARTICLES);
        for (int c = 0; c < CHAPTERS.length && !p.full(); c++) {
          p.line("第" + Prose.numeral(c + 1) + "章 " + CHAPTERS[c]);
          for (int a = p.between(1, 4); a > 0 && !p.full(); a--) {
            p.line("第" + Prose.numeral(article++) + "条 " + fill(p, articles.next(), topic, department, published));
          }
        }
      }
      case GUIDE -> {
        title = topic + "办事指南";
        for (String s : GUIDE_SECTIONS) {
          p.line(fill(p, s, topic, department, published));
        }
      }
      case NOTICE -> {
        title = issuer + "关于" + topic + p.pick(new String[] {"情况的通报", "的公告", "的公示", "工作情况的通报", "结果的公告"});
        java.util.Iterator<String> lines = p.deal(NOTICE_LINES);
        while (!p.full()) {
          p.line(fill(p, lines.next(), topic, department, published));
        }
      }
      default -> {
        title = issuer + (category.equals("annual-report") ? (year - 1) + "年" + topic
            : year + "年" + topic + (category.equals("organisation") ? "" : "情况"));
        java.util.Iterator<String> lines = p.deal(REPORT_LINES);
        while (!p.full()) {
          p.line(fill(p, lines.next(), topic, department, published));
        }
      }
    }
    p.line(issuer + "　" + Prose.date(published));
    Facts.Document facts = new Facts.Document(number, issuer, written, family == Family.POLICY ? published : null, true);
    return new Draft(title, p.body(List.of(Words.FILLER)), number, facts, 0, null, 0, null);
  }

  private static String fill(Prose p, String template, String topic, String department, LocalDate published) {
    String s = template.replace("{T}", topic).replace("{D}", department).replace("{C}", Words.COUNTY)
        .replace("{Y}", Integer.toString(published.getYear() - 1))
        .replace("{DATE}", Prose.date(published.plusDays(p.between(0, 40))));
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("{N}", i) || s.startsWith("{S}", i)) {
        out.append(s.charAt(i + 1) == 'N' ? p.between(2, 98) : p.between(2, 10));
        i += 2;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
