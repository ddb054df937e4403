package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The three notices of a land acquisition: 征地预公告, 征地补偿安置方案公告, 征收土地公告. */
final class LandWriter {
  private LandWriter() {}

  private static final String[] STAGES = {"征地预公告", "征地补偿安置方案公告", "征收土地公告"};
  private static final String[] GROUPS = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九"};

  static Draft land(Prose p, int stage, CorpusOrgan county, CorpusOrgan township, CorpusOrgan village,
      LocalDate published) {
    String townName = township.name().replace("人民政府", "");
    String villageName = village.name().replace("村民委员会", "");
    String purpose = p.pick(Words.PURPOSES) + "（公共利益，《土地管理法》第四十五条第一款第" + Prose.numeral(p.between(2, 5)) + "项）";
    List<String> groups = new ArrayList<>();
    int g = p.between(0, 3);
    for (int i = 0; i < g; i++) {
      String group = GROUPS[p.random.nextInt(GROUPS.length)] + "村民小组";
      if (!groups.contains(group)) {
        groups.add(group);
      }
    }
    List<Facts.Parcel> parcels = new ArrayList<>();
    BigDecimal hectares = BigDecimal.ZERO;
    List<String> types = new ArrayList<>(List.of(Words.LAND_TYPES));
    for (int i = p.between(1, 4); i > 0; i--) {
      String type = types.remove(p.random.nextInt(types.size()));
      BigDecimal h = p.money(0.2, 15, 2);
      hectares = hectares.add(h);
      parcels.add(new Facts.Parcel(type, h));
    }
    BigDecimal mu = hectares.multiply(BigDecimal.valueOf(15)).setScale(2, RoundingMode.HALF_UP);
    int year = published.getYear();
    String number = "清政征" + (stage == 2 ? "〔" : "公〔") + year + "〕" + p.between(1, 60) + "号";
    String approval = stage == 2 ? "闽政地〔" + year + "〕" + p.between(100, 999) + "号" : null;
    List<Facts.Compensation> comp = new ArrayList<>();
    String resettlement = null;
    if (stage > 0) {
      int price = p.between(36, 80) * 1000;
      comp.add(new Facts.Compensation("区片综合地价", new Facts.Amount(BigDecimal.valueOf(price), false), "元/亩"));
      comp.add(new Facts.Compensation("土地补偿费", new Facts.Amount(BigDecimal.valueOf(price * 4L / 10), false), "元/亩"));
      comp.add(new Facts.Compensation("安置补助费", new Facts.Amount(BigDecimal.valueOf(price * 6L / 10), false), "元/亩"));
      comp.add(new Facts.Compensation("青苗补偿费", new Facts.Amount(BigDecimal.valueOf(p.between(8, 30) * 100L), false),
          "元/亩"));
      comp.add(new Facts.Compensation("社会保障费用", new Facts.Amount(BigDecimal.valueOf(p.between(12, 30) * 1000L), false),
          "元/亩"));
      resettlement = p.chance(0.7) ? "货币安置；农村村民住宅采取重新安排宅基地建房或货币补偿方式"
          : "货币安置与留地安置相结合，留地面积按征收耕地面积的百分之五安排";
    }
    Integer households = p.chance(0.8) ? p.between(3, 160) : null;
    LocalDate deadline = stage == 1 ? published.plusDays(p.between(25, 45)) : null;
    String objection = stage == 1 ? "公告之日起30日内向" + Words.COUNTY + "自然资源局书面提出" : null;
    String title = Words.COUNTY + "人民政府" + STAGES[stage] + "（" + number + "）";
    if (p.chance(0.3)) {
      title = Words.COUNTY + "人民政府关于" + townName + villageName + "拟征收土地的" + STAGES[stage];
    }
    String where = townName + villageName + (groups.isEmpty() ? "" : String.join("、", groups));
    switch (stage) {
      case 0 -> p.line("根据《中华人民共和国土地管理法》第四十七条和《土地管理法实施条例》第二十六条规定，因" + purpose
          + "需要，我县拟征收" + where + "集体土地，现将有关事项预公告如下：");
      case 1 -> p.line("根据《中华人民共和国土地管理法》第四十七条和《土地管理法实施条例》第二十八条规定，现将" + purpose
          + "拟征收土地补偿安置方案公告如下：");
      default -> p.line("经福建省人民政府" + approval + "批准，征收" + where + "集体土地。根据《中华人民共和国土地管理法》"
          + "第四十八条规定，现将征收土地有关事项公告如下：");
    }
    StringBuilder area = new StringBuilder("一、征收范围：" + where + "，共计" + hectares + "公顷（" + mu + "亩），其中");
    for (int i = 0; i < parcels.size(); i++) {
      area.append(i == 0 ? "" : "，").append(parcels.get(i).landType()).append(parcels.get(i).hectares()).append("公顷");
    }
    p.line(area.append("。").toString());
    p.line("二、征收目的：" + purpose + "。");
    if (stage == 0) {
      p.line("三、土地现状调查：自本公告发布之日起，" + townName + "人民政府会同县自然资源局开展土地现状调查，请相关村民小组和"
          + "土地权利人予以配合。");
      p.line("四、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。");
    } else {
      StringBuilder rates = new StringBuilder("三、补偿标准：");
      for (Facts.Compensation c : comp) {
        rates.append(c.item()).append("每亩").append(c.amount().value()).append("元；");
      }
      p.line(rates.append("地上附着物按《福建省征收土地地上附着物补偿标准》执行。").toString());
      p.line("四、安置方式：" + resettlement + "。");
    }
    if (stage == 1) {
      p.line("五、补偿登记：请被征地的所有权人、使用权人于" + Prose.date(deadline) + "前持不动产权属证明材料到" + townName
          + "人民政府办理补偿登记。");
      p.line("六、异议反馈：对本方案有异议的，请于" + objection + "；过半数被征地农村集体经济组织成员认为方案不符合法律法规规定的，"
          + "县人民政府将组织听证。");
    }
    if (households != null) {
      p.line("涉及被征地农户" + households + "户。");
    }
    p.line("公告期：" + Prose.date(published) + "至" + Prose.date(published.plusDays(stage == 2 ? 10 : 30)) + "。");
    p.line(Words.COUNTY + "人民政府 " + Prose.date(published));
    Facts.Land facts = new Facts.Land(stage, approval, townName, villageName, groups, parcels, hectares, mu, purpose, comp,
        resettlement, households, stage == 1 ? "持不动产权属证明材料到" + townName + "人民政府办理补偿登记" : null, deadline,
        objection, stage == 1);
    BigDecimal amount = comp.isEmpty() ? null
        : comp.get(0).amount().value().multiply(mu).setScale(2, RoundingMode.HALF_UP);
    return new Draft(title, p.body(List.of(Words.FILLER)), stage == 2 ? approval : number, facts, 0, amount,
        stage == 2 ? 0 : 30, published);
  }
}
