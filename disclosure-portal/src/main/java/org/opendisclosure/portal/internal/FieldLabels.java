package org.opendisclosure.portal.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names for the field paths of a diff ({@code payload.amounts.hospitality.amount} →
 * 本年数 · 公务接待费 · 金额). Unknown parts are kept as they are. Stateless and thread-safe.
 */
public final class FieldLabels {
  private static final Pattern PART = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("title", "标题"), Map.entry("formedOn", "生成日期"),
      Map.entry("amounts", "本年数"), Map.entry("previousAmounts", "上年数"),
      Map.entry("outboundTravel", "因公出国（境）费"), Map.entry("vehicles", "公务用车购置及运行维护费"),
      Map.entry("vehiclePurchase", "公务用车购置费"), Map.entry("vehicleRunning", "公务用车运行维护费"),
      Map.entry("hospitality", "公务接待费"), Map.entry("total", "合计"), Map.entry("changeExplanation", "增减变化原因"),
      Map.entry("activity", "活动情况"), Map.entry("amount", "金额"), Map.entry("unit", "单位"),
      Map.entry("year", "年度"), Map.entry("statementKind", "类型"), Map.entry("fiscalYear", "预算年度"),
      Map.entry("approvedOn", "批准日期"), Map.entry("approvedBy", "批准机关"), Map.entry("totalRevenue", "收入总计"),
      Map.entry("totalExpenditure", "支出总计"), Map.entry("functionLines", "功能分类科目"),
      Map.entry("economicLines", "经济分类科目"), Map.entry("code", "编码"), Map.entry("name", "名称"),
      Map.entry("persons", "人选"), Map.entry("sex", "性别"), Map.entry("ethnicity", "民族"),
      Map.entry("birthMonth", "出生年月"), Map.entry("nativePlace", "籍贯"), Map.entry("partyMembership", "政治面貌"),
      Map.entry("education", "学历"), Map.entry("workStart", "参加工作时间"), Map.entry("currentPost", "现任职务"),
      Map.entry("proposedPost", "拟任职务"), Map.entry("windowStart", "公示开始"), Map.entry("windowEnd", "公示结束"),
      Map.entry("receivingOffice", "受理单位"), Map.entry("phone", "电话"), Map.entry("address", "地址"),
      Map.entry("hours", "受理时间"), Map.entry("stage", "公告类型"), Map.entry("approvalNumber", "批准文号"),
      Map.entry("location", "征收范围"), Map.entry("parcels", "地块"), Map.entry("landType", "地类"),
      Map.entry("area", "面积"), Map.entry("value", "数值"), Map.entry("totalArea", "总面积"),
      Map.entry("purpose", "征收目的"), Map.entry("compensationStandards", "补偿标准"), Map.entry("item", "项目"),
      Map.entry("perUnit", "计量单位"), Map.entry("resettlement", "安置方式"), Map.entry("affectedHouseholds", "涉及户数"),
      Map.entry("registrationMethod", "补偿登记"), Map.entry("registrationDeadline", "登记截止日期"),
      Map.entry("objectionChannel", "异议反馈"), Map.entry("households", "户"), Map.entry("headName", "户主姓名"),
      Map.entry("category", "类别"), Map.entry("documentNumber", "文号"), Map.entry("issuer", "发布机构"),
      Map.entry("writtenOn", "成文日期"), Map.entry("effectiveFrom", "施行日期"), Map.entry("validity", "有效性"),
      Map.entry("projectName", "项目名称"), Map.entry("projectNumber", "项目编号"), Map.entry("budget", "预算金额"),
      Map.entry("awards", "中标供应商"), Map.entry("supplier", "供应商"), Map.entry("experts", "评审专家"));

  private FieldLabels() {}

  public static String of(String path) {
    StringBuilder out = new StringBuilder();
    for (String part : path.split("\\.")) {
      if (part.equals("payload")) {
        continue;
      }
      Matcher m = PART.matcher(part);
      String label = part;
      if (m.matches()) {
        label = NAMES.getOrDefault(m.group(1), m.group(1));
        if (m.group(2) != null) {
          label += "第" + (Integer.parseInt(m.group(2)) + 1) + "项";
        }
      }
      out.append(out.length() == 0 ? "" : " · ").append(label);
    }
    return out.toString();
  }
}
