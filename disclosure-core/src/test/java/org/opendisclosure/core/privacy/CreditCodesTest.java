package org.opendisclosure.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {
  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91350102MA2XY2123G", "11350100003591015N", "441900195001058613"})
  void validCodesPass(String code) {
    assertThat(CreditCodes.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "91350100M000100Y44", // wrong check
      "91350100m000100y43", // lower case is not in the alphabet
      "91350100I000100Y43", // I is never used
      "91350100M000100Y4", // 17 characters
      "91350100M000100Y433"})
  void invalidCodesFail(String code) {
    assertThat(CreditCodes.isValid(code)).isFalse();
  }

  @Test
  void checkCharacterFollowsGb32100() {
    assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void issuedStructureNeedsRegionAndOrganisationCodeCheck() {
    assertThat(CreditCodes.looksIssued("91350100M000100Y43")).isTrue();
    assertThat(CreditCodes.looksIssued("441900195001058613")).isTrue();
    // valid GB 32100 check, but its organisation code (positions 9–17) fails GB 11714
    assertThat(CreditCodes.isValid("350119195001010744")).isTrue();
    assertThat(CreditCodes.looksIssued("350119195001010744")).isFalse();
    // region code (positions 3–8) must start 1–8
    assertThat(CreditCodes.isValid("110119195001012966")).isTrue();
    assertThat(CreditCodes.looksIssued("110119195001012966")).isFalse();
  }
}
