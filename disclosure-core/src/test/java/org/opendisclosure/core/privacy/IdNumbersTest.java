package org.opendisclosure.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  /** {@code first17} followed by its GB 11643 check character. */
  static String withCheck(String first17) {
    return first17 + IdNumbers.checkCharacter(first17);
  }

  @Test
  void standardExamplesAreValid() {
    assertThat(IdNumbers.hasValidCheck("11010519491231002X")).isTrue();
    assertThat(IdNumbers.hasValidCheck("11010519491231002x")).isTrue();
    assertThat(IdNumbers.isValid("440524188001010014", TODAY)).isTrue();
    assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
  }

  @Test
  void birthYearsFrom1870AreAcceptedSoThe1880ExampleIsFound() {
    assertThat(IdNumbers.isPlausible(withCheck("44052418700101001"), TODAY)).isTrue();
    assertThat(IdNumbers.isPlausible(withCheck("44052418691231001"), TODAY)).isFalse();
  }

  @Test
  void aWrongCheckCharacterIsPlausibleButNotValid() {
    assertThat(IdNumbers.isPlausible("110105194912310021", TODAY)).isTrue();
    assertThat(IdNumbers.hasValidCheck("110105194912310021")).isFalse();
    assertThat(IdNumbers.isValid("110105194912310021", TODAY)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "350102198513051028", // month 13
      "350102198502301001", // 30 February
      "350102190002290001", // 1900 was not a leap year
      "350102202603020016", // born after today
      "950102198506122318", // region must start 1–8
      "050102198506122318",
      "35010219850612231Y", // not a check character
      "3501021985061223181", // 19 characters
      "35010219850612231", // 17 characters
      "350102851305123", // 15 digits, month 13
      "95010285061223A"})
  void implausibleNumbersAreRejected(String id) {
    assertThat(IdNumbers.isPlausible(id, TODAY)).isFalse();
  }

  @Test
  void fifteenDigitIdsHaveNoCheckAndBirthYearsInThe1900s() {
    assertThat(IdNumbers.isValid("350102850612231", TODAY)).isTrue();
    assertThat(IdNumbers.isPlausible("350102991231123", TODAY)).isTrue();
    assertThat(IdNumbers.isPlausible("350102000229123", TODAY)).isFalse(); // 1900-02-29 never was
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"abc", "１１０１０５１９４９１２３１００２Ｘ"})
  void oddInputIsNeitherPlausibleNorChecked(String id) {
    assertThat(IdNumbers.isPlausible(id, TODAY)).isFalse();
    assertThat(IdNumbers.hasValidCheck(id)).isFalse();
    assertThat(IdNumbers.isPlausible(id, null)).isFalse();
  }
}
