package org.opendisclosure.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskerTest {
  private final PrivacyScanner scanner = PrivacyScanner.standard(PrivacyScannerTest.CLOCK);
  private final Masker masker = Masker.of(scanner);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "440524188001010014|440524********0014",
      "11010519491231002x|110105********002x",
      "110105 19491231 002X|110105 ******** 002X",
      "350102850612231|350102******231",
      "440524********0014|440524********0014",
      "12345|*****"})
  void idNumbersKeepFirstSixAndLastFour(String id, String masked) {
    assertThat(Masker.maskIdNumber(id)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "13812341234|138****1234",
      "138-1234-5678|138-****-5678",
      "+86 138 1234 5678|+86 138 **** 5678",
      "138****1234|138****1234",
      "1234|****"})
  void mobilesKeepThreeAndFour(String mobile, String masked) {
    assertThat(Masker.maskMobile(mobile)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "6222021234567890128|6222***********0128",
      "6228 4800 1234 5671|6228 **** **** 5671",
      "6228 **** **** 5671|6228 **** **** 5671",
      "12345678|********"})
  void bankCardsKeepFirstFourAndLastFour(String card, String masked) {
    assertThat(Masker.maskBankCard(card)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "张三|张*",
      "王小明|王**",
      "欧阳小明|欧阳**",
      "欧阳明|欧**",
      "张*|张*",
      "张|*",
      "买买提·吐尔逊|买买*·***",
      "𠮷祥|𠮷*"})
  void namesKeepTheSurname(String name, String masked) {
    assertThat(Masker.maskName(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "福建省某县红岭镇红岭村3组12号|福建省某县红岭镇",
      "福建省某县红岭乡下洋村5号|福建省某县红岭乡",
      "福州市鼓楼区鼓东街道五四路123号|福州市鼓楼区鼓东街道",
      "江苏省镇江市京口区某某镇某村8号|江苏省镇江市京口区某某镇",
      "湖南省湘乡市某某镇某村|湖南省湘乡市某某镇",
      "福建省某县红岭村3组12号|福建省某县",
      "福州市五四路123号|福州市",
      "福建省某县红岭镇|福建省某县红岭镇",
      "红岭村3组12号|''"})
  void addressesAreCutAfterTheTownship(String address, String truncated) {
    assertThat(Masker.truncateAddressToTownship(address)).isEqualTo(truncated);
    assertThat(Masker.truncateAddressToTownship(truncated)).isEqualTo(truncated);
  }

  @Test
  void nullGivesNullEverywhere() {
    assertThat(masker.mask(null, MaskingPolicy.standard())).isNull();
    assertThat(Masker.maskIdNumber(null)).isNull();
    assertThat(Masker.maskMobile(null)).isNull();
    assertThat(Masker.maskBankCard(null)).isNull();
    assertThat(Masker.maskName(null)).isNull();
    assertThat(Masker.truncateAddressToTownship(null)).isNull();
  }

  @Test
  void masksEveryValueInFreeText() {
    String text = "户主张三，身份证号440524188001010014，电话13812341234，账户6228 4800 1234 5671。";

    assertThat(masker.mask(text, MaskingPolicy.standard())).isEqualTo(
        "户主张三，身份证号440524********0014，电话138****1234，账户6228 **** **** 5671。");
  }

  @Test
  void aNullPolicyMeansTheStandardOne() {
    String text = "电话13812341234，家住红岭镇红岭村3组12号";

    assertThat(masker.mask(text, null)).isEqualTo(masker.mask(text, MaskingPolicy.standard()))
        .isEqualTo("电话138****1234，家住红岭镇***");
  }

  @Test
  void thePolicyChoosesWhatIsMasked() {
    String text = "身份证号440524188001010014，电话13812341234，账户4367421234567896，住红岭镇红岭村3组12号";

    assertThat(masker.mask(text, new MaskingPolicy(false, true, false, false))).isEqualTo(
        "身份证号440524188001010014，电话138****1234，账户4367421234567896，住红岭镇红岭村3组12号");
    assertThat(masker.mask(text, new MaskingPolicy(true, false, true, false))).isEqualTo(
        "身份证号440524********0014，电话13812341234，账户4367********7896，住红岭镇红岭村3组12号");
  }

  @Test
  void mistypedIdsAreMaskedToo() {
    assertThat(masker.mask("身份证号110105194912310021", MaskingPolicy.standard()))
        .isEqualTo("身份证号110105********0021");
  }

  @Test
  void markersAndPublicNumbersAreLeftAlone() {
    String text = "秘密★1年\n统一社会信用代码91350100M000100Y43，举报电话12380，文号闽财预〔2024〕5号，金额1,234,567.89元";

    assertThat(masker.mask(text, MaskingPolicy.standard())).isEqualTo(text);
  }

  @Test
  void freeTextAddressesKeepTheVillageButNotTheHouse() {
    MaskingPolicy policy = MaskingPolicy.standard();

    assertThat(masker.mask("红岭镇红岭村拟新增低保对象3户", policy)).isEqualTo("红岭镇红岭村拟新增低保对象3户");
    assertThat(masker.mask("现住鼓东街道五四路123号2栋1单元501室，联系人", policy)).isEqualTo("现住鼓东街道***，联系人");
    assertThat(masker.mask("推进城乡低保与乡村振兴，乡镇村3组", policy)).isEqualTo("推进城乡低保与乡村振兴，乡镇村3组");
    assertThat(masker.mask("江苏省镇江市京口区", policy)).isEqualTo("江苏省镇江市京口区");
  }

  @Test
  void socialAssistanceNoticeLeaksNothingAfterMasking() {
    String[][] households = {
      {"1", "红岭村", "张三丰", "350102198506122318", "13812345678", "红岭镇红岭村3组12号", "3", "A类", "1,260", "6228 4800 1234 5671"},
      {"2", "下洋村", "李四", "35020319900101123X", "+86 139 1234 5678", "红岭镇下洋村5组8号", "1", "B类", "520", "6222021234567890128"},
      {"3", "红岭社区", "欧阳小明", "110105491231002", "150-1234-5678", "红岭镇红岭社区幸福路6号2栋301室", "2", "A类", "840", "4367421234567896"},
    };
    StringBuilder draft = new StringBuilder()
        .append("红岭镇2026年3月拟新增城乡低保对象公示\n")
        .append("经入户调查、民主评议，拟新增以下家庭为城乡低保对象，现予以公示。公示期7天（2026年3月10日至3月16日），")
        .append("如有异议请向镇民政办反映，电话：0591-87654321。\n")
        .append("序号\t村（社区）\t户主姓名\t身份证号\t联系电话\t家庭住址\t保障人数\t保障类别\t月保障金额（元）\t发放账户\n");
    for (String[] h : households) {
      h[2] = Masker.maskName(h[2]); // local rules ask for the head's name to be masked
      draft.append(String.join("\t", h)).append('\n');
    }
    draft.append("红岭镇人民政府　2026年3月9日\n");

    String masked = masker.mask(draft.toString(), MaskingPolicy.standard());

    assertThat(scanner.scan(masked)).isEmpty();
    assertThat(masked).doesNotContain(
        "350102198506122318", "35020319900101123X", "110105491231002", "13812345678", "1234 5678",
        "150-1234-5678", "6228 4800 1234 5671", "6222021234567890128", "4367421234567896",
        "3组12号", "5组8号", "幸福路6号", "张三丰", "李四", "欧阳小明");
    assertThat(masked).contains(
        "\t张**\t350102********2318\t138****5678\t红岭镇***\t3\tA类\t1,260\t6228 **** **** 5671",
        "\t李*\t350203********123X\t+86 139 **** 5678\t红岭镇***\t",
        "\t欧阳**\t110105******002\t150-****-5678\t红岭镇***\t",
        "红岭村", "下洋村", "红岭社区", "电话：0591-87654321", "2026年3月10日至3月16日");
    assertThat(masker.mask(masked, MaskingPolicy.standard())).isEqualTo(masked);
  }

  @Test
  void landAcquisitionHouseholdListKeepsVillagerGroupsButNotNumbers() {
    String[][] households = {
      {"1", "欧阳小明", "35020319900101123X", "第三村民小组", "1.25", "81,250.00", "农村信用社", "6217 0000 1234 5678 907", "+86 139 1234 5678"},
      {"2", "王五", "350102850612231", "第五村民小组", "0.80", "52,000.00", "邮储银行", "4367421234567896", "18912345678"},
      {"3", "李四", "110105194912310021", "第五村民小组", "2.10", "136,500.00", "农商银行", "6222-0212-3456-7890-128", "0591-87654321"},
    };
    StringBuilder draft = new StringBuilder()
        .append("某县人民政府征地补偿安置方案公告（某政征公〔2026〕3号）附件\n")
        .append("征收范围：红岭镇红岭村第三、第五村民小组，共计12.35公顷（185.25亩）。\n")
        .append("序号\t户主\t身份证号\t村民小组\t被征收面积（亩）\t补偿金额（元）\t开户银行\t银行卡号\t联系电话\n");
    for (String[] h : households) {
      h[1] = Masker.maskName(h[1]);
      draft.append(String.join("\t", h)).append('\n');
    }

    String masked = masker.mask(draft.toString(), MaskingPolicy.landAcquisition());

    assertThat(scanner.scan(masked)).isEmpty();
    assertThat(masked).doesNotContain(
        "35020319900101123X", "350102850612231", "110105194912310021", "6217 0000 1234 5678 907",
        "4367421234567896", "6222-0212-3456-7890-128", "139 1234 5678", "18912345678", "欧阳小明", "王五");
    assertThat(masked).contains(
        "\t欧阳**\t350203********123X\t第三村民小组\t1.25\t81,250.00\t农村信用社\t6217 **** **** ***8 907\t+86 139 **** 5678",
        "\t王*\t350102******231\t第五村民小组\t0.80\t52,000.00\t邮储银行\t4367********7896\t189****5678",
        "\t李*\t110105********0021\t第五村民小组\t2.10\t136,500.00\t农商银行\t6222-****-****-***0-128\t0591-87654321",
        "征收范围：红岭镇红岭村第三、第五村民小组");
  }

  @Test
  void leftoversOfAMaskedValueNeverFormANewGroup() {
    // masked once, "5678 1234 5678 9015" would be a Luhn-valid card made of the mobile's tail
    String text = "手机138-1234-5678 1234 5678 9015";
    assertThat(Luhn.isValid("5678123456789015")).isTrue();

    String once = masker.mask(text, MaskingPolicy.standard());

    assertThat(once).isEqualTo("手机138-****-5678 1234 5678 9015");
    assertThat(masker.mask(once, MaskingPolicy.standard())).isEqualTo(once);
  }

  @Test
  void maskingNeverThrowsAndIsIdempotentOnArbitraryText() {
    String[] pieces = {
      "1", "3", "8", "6", "0", "9", "X", "x", "１", "Ｘ", " ", "-", ".", "+", "*", "\n", "\t", "·",
      "镇", "乡", "街道", "村", "组", "号", "红岭", "城", "市", "秘", "密", "★", "年", "长期", "、",
      "𠮷", "\uD800", "\uFEFF", "13812345678", "350102198506122318", "11010519491231002X",
      "350102850612231", "6228 4800 1234 5671", "4367421234567896", "91350100M000100Y43", "86 ",
      "1234 ", "5678", "3组", "12号", "红岭镇红岭村", "秘密★1年", "440524********0014", "20240315"
    };
    Random random = new Random(20260301L);
    List<String> failures = new ArrayList<>();
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(25);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      String once = masker.mask(input, MaskingPolicy.standard());
      String twice = masker.mask(once, MaskingPolicy.standard());
      if (!once.equals(twice) || scanner.scan(once).stream().anyMatch(f -> f.type() != FindingType.SECRECY_MARKER)) {
        failures.add(input);
      }
      Masker.maskName(input);
      Masker.maskIdNumber(input);
      Masker.maskMobile(input);
      Masker.maskBankCard(input);
      assertThat(Masker.truncateAddressToTownship(Masker.truncateAddressToTownship(input)))
          .isEqualTo(Masker.truncateAddressToTownship(input));
    }

    assertThat(failures).isEmpty();
  }
}
