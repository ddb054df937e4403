package org.opendisclosure.search.relevance;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The relevance queries, keywords and everyday questions, each with graded judgments over the
 * {@link Corpus}: 2 answers the question, 1 is related, 0 is not relevant. Judgments are rules
 * over the facts each generated notice carries, decided by reading the query as a citizen would.
 */
public final class Judgments {
  /** A query and its grader. */
  public record Judged(String text, ToIntFunction<Corpus.Doc> grade) {}

  private Judgments() {}

  private static boolean is(Corpus.Doc d, String kind) {
    return d.kind().equals(kind);
  }

  private static int grade(boolean two, boolean one) {
    return two ? 2 : one ? 1 : 0;
  }

  public static List<Judged> queries() {
    return List.of(
        new Judged("三公经费 2024", d -> grade(is(d, "three") && d.fact("year").equals("2024"), is(d, "three"))),
        new Judged("三公经费", d -> grade(is(d, "three"), is(d, "budget") || is(d, "final"))),
        new Judged("公务接待费", d -> grade(is(d, "three"), is(d, "budget"))),
        new Judged("公车", d -> grade(is(d, "three"), is(d, "budget"))),
        new Judged("县教育局三公经费", d -> grade(is(d, "three") && d.fact("organ").equals("县教育局"),
            is(d, "three") || (is(d, "budget") && d.fact("organ").equals("县教育局")))),
        new Judged("教育局的三公经费花了多少钱", d -> grade(is(d, "three") && d.fact("organ").equals("县教育局"),
            is(d, "three") || ((is(d, "budget") || is(d, "final")) && d.fact("organ").equals("县教育局")))),
        new Judged("低保名单", d -> grade(is(d, "assist") && d.fact("subtype").equals("低保"), is(d, "assist"))),
        new Judged("我家能领低保吗", d -> grade(d.fact("topic").equals("低保政策"),
            is(d, "assist") && d.fact("subtype").equals("低保"))),
        new Judged("低保怎么申请", d -> grade(d.fact("topic").equals("低保政策"), is(d, "assist") && d.fact("subtype").equals("低保"))),
        new Judged("青山镇低保公示", d -> grade(is(d, "assist") && d.fact("town").equals("青山镇") && d.fact("subtype").equals("低保"),
            is(d, "assist") && (d.fact("town").equals("青山镇") || d.fact("subtype").equals("低保")))),
        new Judged("最低生活保障", d -> grade(d.fact("topic").equals("低保政策") || (is(d, "assist") && d.fact("subtype").equals("低保")), false)),
        new Judged("特困人员", d -> grade(is(d, "assist") && d.fact("subtype").equals("特困"), d.fact("topic").equals("低保政策"))),
        new Judged("临时救助", d -> grade(is(d, "assist") && d.fact("subtype").equals("临时救助"), false)),
        new Judged("征地补偿标准 红岭村", d -> grade(is(d, "land") && d.fact("village").equals("红岭村") && d.fact("stage").equals("plan"),
            (is(d, "land") && d.fact("village").equals("红岭村")) || d.fact("topic").equals("征地政策"))),
        new Judged("村里征地补偿标准是怎么定的？", d -> grade(d.fact("topic").equals("征地政策"),
            is(d, "land") && d.fact("stage").equals("plan"))),
        new Judged("征地", d -> grade(is(d, "land"), d.fact("topic").equals("征地政策"))),
        new Judged("土地征收", d -> grade(is(d, "land"), d.fact("topic").equals("征地政策"))),
        new Judged("石桥村征地预公告", d -> grade(is(d, "land") && d.fact("village").equals("石桥村") && d.fact("stage").equals("pre"),
            is(d, "land") && (d.fact("village").equals("石桥村") || d.fact("stage").equals("pre")))),
        new Judged("区片综合地价", d -> grade(d.fact("topic").equals("征地政策") || (is(d, "land") && d.fact("stage").equals("plan")), false)),
        new Judged("任前公示", d -> grade(is(d, "cadre"), false)),
        new Judged("干部公示 2026", d -> grade(is(d, "cadre") && d.fact("year").equals("2026"), is(d, "cadre"))),
        new Judged("拟任青山镇党委副书记", d -> grade(is(d, "cadre") && d.fact("post").equals("青山镇党委副书记"),
            is(d, "cadre") && d.fact("town").equals("青山镇"))),
        new Judged("12380", d -> grade(is(d, "cadre"), false)),
        new Judged("中标结果 污水处理", d -> grade(is(d, "procure") && d.fact("project").equals("污水处理设施建设") && d.fact("subtype").equals("award"),
            is(d, "procure") && d.fact("project").equals("污水处理设施建设"))),
        new Judged("道路硬化工程中标", d -> grade(is(d, "procure") && d.fact("project").equals("农村道路硬化工程"), false)),
        new Judged("政府采购合同", d -> grade(is(d, "procure") && d.fact("subtype").equals("contract"), is(d, "procure"))),
        new Judged("中标候选人公示", d -> grade(is(d, "procure") && d.fact("subtype").equals("candidates"), is(d, "procure"))),
        new Judged("学校建设项目招标", d -> grade(is(d, "procure") && d.fact("project").equals("中心小学教学楼建设"), false)),
        new Judged("农村饮水工程", d -> grade(is(d, "procure") && d.fact("project").equals("农村饮水安全巩固提升工程"), is(d, "report") && d.fact("type").equals("gov-report"))),
        new Judged("部门预算 2025", d -> grade(is(d, "budget") && d.fact("year").equals("2025"), is(d, "budget"))),
        new Judged("财政局决算", d -> grade(is(d, "final") && d.fact("organ").equals("县财政局"), is(d, "final"))),
        new Judged("预决算", d -> grade(is(d, "budget") || is(d, "final"), is(d, "three"))),
        new Judged("财政預算公開", d -> grade(is(d, "budget"), is(d, "final"))),
        new Judged("安全生产", d -> grade(d.fact("topic").equals("安全生产"), false)),
        new Judged("森林防火期间能不能烧秸秆", d -> grade(d.fact("topic").equals("森林防火"), false)),
        new Judged("宅基地审批", d -> grade(d.fact("topic").equals("宅基地"), false)),
        new Judged("怎么申请宅基地建房", d -> grade(is(d, "guide") && d.fact("topic").equals("宅基地"), d.fact("topic").equals("宅基地"))),
        new Judged("政府工作报告", d -> grade(is(d, "report") && d.fact("type").equals("gov-report"), is(d, "report"))),
        new Judged("政务公开工作要点", d -> grade(d.fact("topic").equals("政务公开"), is(d, "annual"))),
        new Judged("政府信息公开年度报告 2025", d -> grade(is(d, "annual") && d.fact("year").equals("2025"), is(d, "annual"))),
        new Judged("年报", d -> grade(is(d, "annual"), false)),
        new Judged("村务公开", d -> grade(is(d, "village"), false)),
        new Judged("村集体收入", d -> grade(is(d, "village"), false)),
        new Judged("红政办发〔2025〕9号", d -> grade(d.fact("number").equals("红政办发〔2025〕9号"), false)),
        new Judged("红政办发[2025]9号", d -> grade(d.fact("number").equals("红政办发〔2025〕9号"), false)),
        new Judged("医保一年交多少钱", d -> grade(d.fact("topic").equals("医保"), false)),
        new Judged("养老保险怎么交", d -> grade(d.fact("topic").equals("养老保险"), false)),
        new Judged("防汛", d -> grade(d.fact("topic").equals("防汛"), false)),
        new Judged("耕地保护", d -> grade(d.fact("topic").equals("耕地保护"), false)),
        new Judged("困难学生有什么补助", d -> grade(d.fact("topic").equals("教育资助"), false)));
  }
}
