package org.opendisclosure.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories of the core's default catalogue with the weights the corpus draws them by. The
 * weights follow what a county portal holds: many lists, notices and results, fewer plans.
 */
final class Catalogue {
  private Catalogue() {}

  /** code, name, parent code ("" at the top), payload kind, audit, decision, weight. */
  private static final Object[][] ROWS = {
    {"regulations", "行政法规、规章和规范性文件", "", "DOCUMENT", false, false, 25},
    {"organisation", "机构职能", "", "DOCUMENT", false, false, 8},
    {"plans", "国民经济和社会发展规划、专项规划、区域规划及相关政策", "", "DOCUMENT", false, false, 8},
    {"statistics", "国民经济和社会发展统计信息", "", "DOCUMENT", false, false, 12},
    {"licensing", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", "", "DOCUMENT", false, false, 10},
    {"service-guides", "办事指南与服务承诺", "licensing", "DOCUMENT", false, false, 40},
    {"penalties", "行政处罚、行政强制的依据、条件、程序以及重大案件处理决定", "", "DOCUMENT", false, false, 30},
    {"finance", "财政预算、决算信息", "", "DOCUMENT", false, false, 8},
    {"budget", "预算", "finance", "BUDGET", true, false, 35},
    {"final-accounts", "决算", "finance", "BUDGET", true, false, 30},
    {"three-public-expenses", "三公经费", "finance", "THREE_PUBLIC_EXPENSES", true, false, 45},
    {"village-finances", "村级财务公开", "finance", "DOCUMENT", true, false, 60},
    {"fees", "行政事业性收费项目及其依据、标准", "", "DOCUMENT", false, false, 8},
    {"procurement", "政府集中采购项目的目录、标准及实施情况", "", "DOCUMENT", false, false, 8},
    {"procurement-award", "政府采购中标、成交结果", "procurement", "PROCUREMENT", false, false, 60},
    {"procurement-contract", "政府采购合同", "procurement", "PROCUREMENT", false, false, 30},
    {"tender-candidates", "中标候选人公示", "procurement", "PROCUREMENT", false, false, 30},
    {"major-projects", "重大建设项目的批准和实施情况", "", "DOCUMENT", false, false, 15},
    {"public-projects", "为民办实事项目及进展", "major-projects", "DOCUMENT", false, false, 25},
    {"livelihood", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", "", "DOCUMENT", false, false, 20},
    {"social-security", "社会保障对象、标准和困难补助", "livelihood", "DOCUMENT", false, false, 25},
    {"social-assistance", "社会救助", "livelihood", "SOCIAL_ASSISTANCE", false, false, 90},
    {"family-planning", "计划生育奖励扶助与收费", "livelihood", "DOCUMENT", false, false, 10},
    {"emergencies", "突发公共事件的应急预案、预警信息及应对情况", "", "DOCUMENT", false, false, 15},
    {"inspections", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", "", "DOCUMENT", false, false, 25},
    {"recruitment", "公务员招考的职位、名额、报考条件等事项以及录用结果", "", "DOCUMENT", false, false, 15},
    {"cadre-appointments", "干部任前公示", "recruitment", "CADRE_APPOINTMENT", false, false, 45},
    {"land", "土地征收", "", "LAND_ACQUISITION", false, false, 5},
    {"land-pre-announcement", "征地预公告", "land", "LAND_ACQUISITION", false, false, 20},
    {"land-compensation-plan", "征地补偿安置方案公告", "land", "LAND_ACQUISITION", false, false, 25},
    {"land-acquisition-announcement", "征收土地公告", "land", "LAND_ACQUISITION", false, false, 20},
    {"housing-expropriation", "房屋征收", "", "DOCUMENT", false, false, 10},
    {"rural-land-transfer", "农村土地承包经营权流转", "", "DOCUMENT", false, false, 15},
    {"homesteads", "宅基地使用情况审核", "", "DOCUMENT", false, false, 20},
    {"irrigation", "农田水利工程建设运营", "", "DOCUMENT", false, false, 10},
    {"fund-and-labour-raising", "筹资筹劳（一事一议）", "", "DOCUMENT", false, true, 15},
    {"farmers-burden", "农民负担", "", "DOCUMENT", false, false, 5},
    {"major-decisions", "重大决策", "", "DOCUMENT", false, true, 15},
    {"violation-cases", "重大违纪违法案件查处情况", "", "DOCUMENT", false, false, 10},
    {"annual-report", "政府信息公开工作年度报告", "", "DOCUMENT", false, false, 5},
    {"other", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", "", "DOCUMENT", false, false, 10},
  };

  static final List<CorpusCategory> ALL = build();

  private static List<CorpusCategory> build() {
    Map<String, String> parents = new LinkedHashMap<>();
    for (Object[] row : ROWS) {
      parents.put((String) row[0], (String) row[2]);
    }
    List<CorpusCategory> out = new ArrayList<>();
    for (Object[] row : ROWS) {
      List<String> ancestors = new ArrayList<>();
      for (String p = parents.get((String) row[0]); !p.isEmpty(); p = parents.get(p)) {
        ancestors.add(p);
      }
      out.add(new CorpusCategory((String) row[0], (String) row[1], (String) row[3], (Boolean) row[4],
          (Boolean) row[5], (Integer) row[6], ancestors));
    }
    return List.copyOf(out);
  }
}
