package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** 干部任前公示 and social-assistance lists (低保, 五保, 特困, 临时救助). */
final class PeopleWriter {
  private PeopleWriter() {}

  private static final String[] PROGRAMS = {"低保", "五保", "特困", "临时救助"};
  private static final String[] PROGRAM_TITLES = {"城乡低保对象", "农村五保供养对象", "特困人员救助供养对象", "临时救助对象"};

  static Draft cadre(Prose p, CorpusOrgan county, LocalDate published) {
    LocalDate start = published;
    LocalDate end = start.plusDays(6);
    List<Facts.Person> persons = new ArrayList<>();
    p.line("根据《党政领导干部选拔任用工作条例》有关规定，经县委研究，拟提拔任用以下同志，现予以公示：");
    for (int i = p.between(1, 6); i > 0; i--) {
      YearMonth birth = YearMonth.of(start.getYear() - p.between(28, 52), p.between(1, 12));
      YearMonth work = birth.plusYears(p.between(20, 24)).withMonth(p.chance(0.7) ? 7 : p.between(1, 12));
      if (work.isAfter(YearMonth.from(start))) {
        work = YearMonth.from(start).minusYears(1);
      }
      YearMonth joined = work.minusYears(1);
      boolean male = p.chance(0.65);
      String name = Words.person(p);
      String nativePlace = Words.COUNTY;
      String current = p.pick(Words.POSTS);
      String proposed = p.pick(Words.POSTS);
      String party = "中共党员（" + joined.getYear() + "年" + joined.getMonthValue() + "月入党）";
      String education = p.pick(Words.EDUCATION);
      String ethnicity = p.pick(Words.ETHNICITIES);
      persons.add(new Facts.Person(name, male, ethnicity, birth, nativePlace, party, education, work, current, proposed));
      p.line(name + "，" + (male ? "男" : "女") + "，" + ethnicity + "，" + birth.getYear() + "年" + birth.getMonthValue()
          + "月生，" + nativePlace + "人，" + work.getYear() + "年" + work.getMonthValue() + "月参加工作，" + joined.getYear() + "年"
          + joined.getMonthValue() + "月加入中国共产党，" + education + "学历，现任" + current + "，拟任" + proposed + "。");
    }
    String office = "中共" + Words.COUNTY + "委组织部干部监督科";
    String address = Words.COUNTY + "人民路1号县委组织部干部监督科";
    p.line("公示时间：" + Prose.date(start) + "至" + Prose.date(end) + "（5个工作日）。");
    p.line("公示期间，对公示对象有不同意见的，可通过来电、来信、来访等方式向县委组织部反映。反映问题要实事求是，提倡署真实姓名。");
    p.line("举报电话：12380　受理地址：" + address + "　受理时间：工作日8:30-12:00，14:30-17:30");
    p.line("中共" + Words.COUNTY + "委组织部　" + Prose.date(start.minusDays(1)));
    Facts.Cadre facts = new Facts.Cadre(persons, start, end, office, "12380", address, "工作日8:30-12:00，14:30-17:30");
    String title = p.chance(0.7) ? "中共" + Words.COUNTY + "委组织部关于领导干部任前公示的公告"
        : Words.COUNTY + start.getYear() + "年第" + Prose.numeral(p.between(1, 12)) + "批领导干部任前公示";
    return new Draft(title, p.body(List.of(Words.FILLER)), null, facts, 0, null, 7, start);
  }

  static Draft assistance(Prose p, CorpusOrgan township, CorpusOrgan village, LocalDate published) {
    int program = p.chance(0.6) ? 0 : p.between(1, 3);
    YearMonth period = YearMonth.from(published);
    String townName = township.name().replace("人民政府", "");
    String villageName = village.name().replace("村民委员会", "");
    List<Facts.Household> households = new ArrayList<>();
    int persons = 0;
    BigDecimal total = BigDecimal.ZERO;
    String title = townName + period.getYear() + "年" + period.getMonthValue() + "月" + (p.chance(0.6) ? "拟新增" : "")
        + PROGRAM_TITLES[program] + "公示（" + villageName + "）";
    p.line("经入户调查、民主评议，拟将以下家庭纳入" + PROGRAMS[program] + "保障范围，现予以公示。公示期7天（" + Prose.date(published)
        + "至" + Prose.date(published.plusDays(6)) + "），如有异议请向镇民政办反映。");
    p.line("序号 村（社区） 户主姓名 保障人数 保障类别 月保障金额（元）");
    int n = 0;
    while (n == 0 || (!p.full() && n < 60)) {
      n++;
      int k = p.between(1, 5);
      BigDecimal amount = BigDecimal.valueOf(p.between(3, 18) * 70L * Math.min(k, 3));
      String category = p.pick(new String[] {"A类", "B类", "C类"});
      String head = Words.maskedPerson(p);
      households.add(new Facts.Household(head, k, new Facts.Amount(amount, false), category));
      persons += k;
      total = total.add(amount);
      p.line(n + " " + villageName + " " + head + " " + k + " " + category + " " + amount);
    }
    p.line("合计：" + n + "户" + persons + "人，月保障金额" + total + "元。");
    p.line(townName + "人民政府　" + Prose.date(published));
    Facts.Assistance facts = new Facts.Assistance(program, period, townName, villageName, households, persons,
        new Facts.Amount(total, false));
    return new Draft(title, p.body(List.of(Words.FILLER)), null, facts, period.getYear(), total, 7, published);
  }
}
