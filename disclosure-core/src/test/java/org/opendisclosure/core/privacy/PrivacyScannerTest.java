package org.opendisclosure.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendisclosure.core.privacy.FindingType.BANK_CARD;
import static org.opendisclosure.core.privacy.FindingType.ID_NUMBER;
import static org.opendisclosure.core.privacy.FindingType.ID_NUMBER_15;
import static org.opendisclosure.core.privacy.FindingType.MOBILE;
import static org.opendisclosure.core.privacy.FindingType.SECRECY_MARKER;
import static org.opendisclosure.core.privacy.Severity.BLOCKING;
import static org.opendisclosure.core.privacy.Severity.WARNING;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrivacyScannerTest {
  /** 2026-03-01 in China: birth dates after this are implausible. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private final PrivacyScanner scanner = PrivacyScanner.standard(CLOCK);

  static Stream<Arguments> positives() {
    return Stream.of(
        // 18-character IDs
        Arguments.of("身份证号11010519491231002X，", ID_NUMBER, BLOCKING, "110105********002X"),
        Arguments.of("身份证号：11010519491231002x", ID_NUMBER, BLOCKING, "110105********002x"),
        Arguments.of("440524188001010014", ID_NUMBER, BLOCKING, "440524********0014"),
        Arguments.of("户主王某，公民身份号码350102198506122318，家庭人口3人", ID_NUMBER, BLOCKING, "350102********2318"),
        Arguments.of("申请人（35020319900101123X）", ID_NUMBER, BLOCKING, "350203********123X"),
        Arguments.of("身份证：１１０１０５１９４９１２３１００２Ｘ", ID_NUMBER, BLOCKING, "１１０１０５********００２Ｘ"),
        Arguments.of("身份证 110105 19491231 002X 已核验", ID_NUMBER, BLOCKING, "110105 ******** 002X"),
        Arguments.of("身份证 3501 0219 8506 1223 18", ID_NUMBER, BLOCKING, "3501 02** **** **23 18"),
        Arguments.of("生于2000年2月29日，证号350123200002290045", ID_NUMBER, BLOCKING, "350123********0045"),
        // valid as a credit code too, but without an issued code's structure: an ID
        Arguments.of("身份证号350119195001010744", ID_NUMBER, BLOCKING, "350119********0744"),
        // a mistyped ID is still most likely an ID
        Arguments.of("身份证号350102198506122310", ID_NUMBER, WARNING, "350102********2310"),
        Arguments.of("110105194912310021", ID_NUMBER, WARNING, "110105********0021"),
        // 15-digit first-generation IDs
        Arguments.of("原身份证号350102850612231", ID_NUMBER_15, BLOCKING, "350102******231"),
        Arguments.of("110105491231002。", ID_NUMBER_15, BLOCKING, "110105******002"),
        // mobiles
        Arguments.of("联系电话：13812341234", MOBILE, BLOCKING, "138****1234"),
        Arguments.of("手机：138-1234-5678", MOBILE, BLOCKING, "138-****-5678"),
        Arguments.of("手机 138 1234 5678 张先生", MOBILE, BLOCKING, "138 **** 5678"),
        Arguments.of("Tel: +86 138 1234 5678", MOBILE, BLOCKING, "+86 138 **** 5678"),
        Arguments.of("+8613812345678", MOBILE, BLOCKING, "+86138****5678"),
        Arguments.of("86-13912345678", MOBILE, BLOCKING, "86-139****5678"),
        Arguments.of("+86-150-1234-5678", MOBILE, BLOCKING, "+86-150-****-5678"),
        Arguments.of("请拨打19912345678。", MOBILE, BLOCKING, "199****5678"),
        // bank cards
        Arguments.of("发放账户6222021234567890128", BANK_CARD, BLOCKING, "6222***********0128"),
        Arguments.of("卡号：6228 4800 1234 5671", BANK_CARD, BLOCKING, "6228 **** **** 5671"),
        Arguments.of("4367421234567896", BANK_CARD, BLOCKING, "4367********7896"),
        Arguments.of("账号62258802123456780", BANK_CARD, BLOCKING, "6225*********6780"),
        Arguments.of("6217 0000 1234 5678 907", BANK_CARD, BLOCKING, "6217 **** **** ***8 907"),
        Arguments.of("6217-0000-1234-5678-907", BANK_CARD, BLOCKING, "6217-****-****-***8-907"),
        // plausible ID with a wrong check character but a valid Luhn sum: the stronger finding wins
        Arguments.of("账号350102198506121001", BANK_CARD, BLOCKING, "3501**********1001"),
        // secrecy markers
        Arguments.of("秘密★1年\n关于某事项的通知", SECRECY_MARKER, BLOCKING, "秘密★1年"),
        Arguments.of("机密★", SECRECY_MARKER, BLOCKING, "机密★"),
        Arguments.of("★秘密", SECRECY_MARKER, BLOCKING, "★秘密"),
        Arguments.of("绝密★长期", SECRECY_MARKER, BLOCKING, "绝密★长期"),
        Arguments.of("某县人民政府\n秘密 ★ 6个月\n正文", SECRECY_MARKER, BLOCKING, "秘密 ★ 6个月"),
        Arguments.of("秘密\n某县人民政府关于某事项的通知", SECRECY_MARKER, BLOCKING, "秘密"),
        Arguments.of("　秘密　1年", SECRECY_MARKER, BLOCKING, "秘密"),
        Arguments.of("本文件为秘密★，请勿外传", SECRECY_MARKER, BLOCKING, "秘密★"),
        Arguments.of("该报告含有机密内容", SECRECY_MARKER, BLOCKING, "机密"),
        Arguments.of("以上材料属绝密", SECRECY_MARKER, BLOCKING, "绝密"),
        Arguments.of("内部资料　注意保存", SECRECY_MARKER, BLOCKING, "内部资料"),
        Arguments.of("会议内容属于工作秘密，不得公开", SECRECY_MARKER, BLOCKING, "工作秘密"),
        Arguments.of("★10年", SECRECY_MARKER, BLOCKING, "★10年"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("positives")
  void findsThePersonalDataOrMarking(String text, FindingType type, Severity severity, String excerpt) {
    List<Finding> findings = scanner.scan(text);

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.type()).isEqualTo(type);
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.excerpt()).isEqualTo(excerpt).hasSize(f.end() - f.start());
    if (type != SECRECY_MARKER) {
      assertThat(f.excerpt()).contains("****").isNotEqualTo(text.substring(f.start(), f.end()));
    }
  }

  static Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("统一社会信用代码：91350100M000100Y43", 0),
        Arguments.of("供应商统一社会信用代码91350102MA2XY2123G，中标金额¥3,280,000.00", 0),
        Arguments.of("机关统一社会信用代码：11350100003591015N", 0),
        // all digits, plausible as an ID but with a wrong ID check: a credit code, not flagged
        Arguments.of("统一社会信用代码：110119195001012966", 0),
        // valid under both GB 32100 (with an issued structure) and GB 11643: one WARNING, see package docs
        Arguments.of("统一社会信用代码：441900195001058613", 1),
        Arguments.of("索引号：11350100MB0123456X/2024-00012", 0),
        Arguments.of("索引号：11350100003591015N/2026-00153　发布机构：某县人民政府办公室", 0),
        Arguments.of("根据《国务院关于机构改革涉及行政法规规定的行政机关职责调整问题的决定》（国发〔2018〕43号）", 0),
        Arguments.of("按照闽财预〔2024〕5号文件要求，现将2024年部门预算公开如下", 0),
        Arguments.of("成文日期：2024年3月15日　发布日期：2024-03-15　文件编号20240315", 0),
        Arguments.of("合同金额1,234,567.89元，其中首付款12345678901234.56元", 0),
        Arguments.of("累计拨付123456789012345678.00元，结余4401234567890123.50元", 0),
        Arguments.of("全省累计投入13812345678.50元，其中中央资金350102198506.12万元", 0),
        Arguments.of(
            "功能分类科目编码\t科目名称\t2025年预算数\t2024年决算数\n"
                + "201\t一般公共服务支出\t12345678\t11876543\n"
                + "2010101\t行政运行\t4401234567\t3501021985\n"
                + "2080801\t死亡抚恤\t13812345\t62220212\n",
            0),
        Arguments.of("举报电话：12380　受理地址：某县某路1号　邮编：350001", 0),
        Arguments.of("咨询电话：0591-87654321，传真：0591-87654322-8001", 0),
        Arguments.of("一、项目编号：FJZC-2024-0156　二、项目名称：某镇35个村污水处理设施建设", 0),
        Arguments.of("采购项目编号：ZB2026001234567890123，预算金额328万元", 0),
        // impossible or future birth dates: not IDs (and not Luhn-valid)
        Arguments.of("编号350102198513051028", 0),
        Arguments.of("编号350102198502301001", 0),
        Arguments.of("编号350102203001011018", 0),
        Arguments.of("流水号6222021234567101", 0),
        Arguments.of("全镇干部要做好保密工作，严格保守国家秘密，不得泄露商业秘密。", 0),
        Arguments.of("村民委员会选举实行无记名投票、秘密写票，公开计票。", 0),
        // the law's list of classification levels: a WARNING per level word, see package docs
        Arguments.of("国家秘密的密级分为绝密、机密、秘密三级。", 2),
        Arguments.of("群众满意度：★★★★☆　服务评价★★★", 0),
        Arguments.of("2025年预算数 42.00 38.62 42.77 33.00 31.20 33.40", 0),
        Arguments.of("身份证号：440524********0014，手机：138****1234，卡号6222 **** **** 7890", 0),
        Arguments.of("2025年度“三公”经费财政拨款支出决算为38.62万元，比上年决算减少4.15万元，下降9.7%。", 0),
        Arguments.of("征收范围：某镇某村第三、第五村民小组，共计12.35公顷（185.25亩），每亩补偿65000元", 0),
        Arguments.of("ISBN 978-7-01-012345-6，版次2024年1月第1版", 0),
        Arguments.of("王××，男，汉族，1986年5月生，2009年7月参加工作，2008年6月加入中国共产党", 0));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("negatives")
  void ordinaryDocumentTextIsNotBlocked(String text, int documentedWarnings) {
    List<Finding> findings = scanner.scan(text);

    assertThat(findings).noneMatch(f -> f.severity() == BLOCKING);
    assertThat(findings).filteredOn(f -> f.severity() == WARNING).hasSize(documentedWarnings);
  }

  @Test
  void aProcurementNoticeWithCreditCodesAndNumbersIsClean() {
    String notice = "某镇污水处理设施建设项目中标结果公告\n"
        + "一、项目编号：FJZC2026-017　二、项目名称：某镇35个村污水处理设施建设\n"
        + "三、中标信息：供应商名称：某环保工程有限公司；统一社会信用代码：91350100M000100Y43；"
        + "中标金额：人民币叁佰贰拾捌万元整（¥3,280,000.00）\n"
        + "四、主要标的信息：工期：180日历天；项目经理：某某（注册证书编号闽135151612345）\n"
        + "五、评审专家名单：刘××、陈××、赵××、孙××、周××\n"
        + "六、公告期限：自本公告发布之日起1个工作日。\n"
        + "七、采购人：某镇人民政府，联系方式：0591-22334455；采购代理机构：某招标代理有限公司。";

    assertThat(scanner.scan(notice)).isEmpty();
  }

  @Test
  void findingsAreOrderedAndNeverCarryTheRawValue() {
    String text = "秘密★1年\n户主：李四，身份证号35020319900101123X，电话13812345678，"
        + "低保金发放账户6228480012345671。";

    List<Finding> findings = scanner.scan(text);

    assertThat(findings).extracting(Finding::type)
        .containsExactly(SECRECY_MARKER, ID_NUMBER, MOBILE, BANK_CARD);
    assertThat(findings.toString())
        .doesNotContain("35020319900101123X", "13812345678", "6228480012345671");
    assertThat(findings).isSortedAccordingTo(
        (a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Test
  void offsetsPointAtTheRawValue() {
    String text = "联系电话：138-1234-5678";

    Finding f = scanner.scan(text).get(0);

    assertThat(f.start()).isEqualTo(5);
    assertThat(f.end()).isEqualTo(18);
    assertThat(text.substring(f.start(), f.end())).isEqualTo("138-1234-5678");
  }

  @Test
  void severalValuesInOneTableRowAreEachFound() {
    String row = "1\t张*\t350102198506122318\t13812345678\t6222 0212 3456 7890 128\t1,260";

    assertThat(scanner.scan(row)).extracting(Finding::type)
        .containsExactly(ID_NUMBER, MOBILE, BANK_CARD);
  }

  @Test
  void aHyphenatedMobileDoesNotHideTheCardNextToIt() {
    assertThat(scanner.scan("138-1234-5678 6228 4800 1234 5671")).extracting(Finding::excerpt)
        .containsExactly("138-****-5678", "6228 **** **** 5671");
  }

  @Test
  void spaceSeparatedMobilesStaySeparate() {
    assertThat(scanner.scan("13812345678 13912345678")).extracting(Finding::excerpt)
        .containsExactly("138****5678", "139****5678");
  }

  @Test
  void numbersInsideLongerRunsOfLettersOrDigitsAreNotCandidates() {
    assertThat(scanner.scan("A13812345678")).isEmpty();
    assertThat(scanner.scan("138123456789")).isEmpty();
    assertThat(scanner.scan("No11010519491231002X")).isEmpty();
    assertThat(scanner.scan("0.13812345678")).isEmpty();
  }

  @Test
  void aBirthDateInTheFutureIsNotPlausibleButTodayIs() {
    String bornToday = IdNumbersTest.withCheck("35010220260301001");
    String bornTomorrow = IdNumbersTest.withCheck("35010220260302001");

    assertThat(scanner.scan(bornToday)).extracting(Finding::type).containsExactly(ID_NUMBER);
    assertThat(scanner.scan(bornTomorrow)).noneMatch(f -> f.type() == ID_NUMBER);
  }

  @Test
  void lawQuoteWithLevelsIsOnlyAWarningButAMarkedLevelBlocks() {
    assertThat(scanner.scan("机密级和秘密级国家秘密")).singleElement()
        .extracting(Finding::severity).isEqualTo(WARNING);
    assertThat(scanner.scan("机密★5年")).singleElement()
        .extracting(Finding::severity).isEqualTo(BLOCKING);
  }

  @Test
  void nullAndEmptyTextHaveNoFindings() {
    assertThat(scanner.scan(null)).isEmpty();
    assertThat(scanner.scan("")).isEmpty();
  }

  @Test
  void aMegabyteOfDigitsAndChineseScansInOnePass() {
    StringBuilder text = new StringBuilder();
    int blocks = 0;
    while (text.length() < 1_000_000) {
      text.append("第").append(blocks).append("户，金额1,234.56元，日期20240315，手机13812345678，")
          .append("说明文字说明文字").append(blocks * 7919L).append("。\n");
      blocks++;
      if (blocks % 1000 == 0) {
        text.append("9".repeat(5000)).append("秘".repeat(500)).append("★".repeat(500))
            .append(" ".repeat(500)).append("1 ".repeat(500)).append('\n');
      }
    }

    List<Finding> findings = scanner.scan(text.toString());

    assertThat(text.length()).isGreaterThanOrEqualTo(1_000_000);
    assertThat(findings).hasSize(blocks).allMatch(f -> f.type() == MOBILE);
  }
}
