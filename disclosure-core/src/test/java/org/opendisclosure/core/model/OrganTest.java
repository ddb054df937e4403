package org.opendisclosure.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

class OrganTest {

  @Test
  void defaultPatternGivesCodeYearAndFiveDigitSequence() {
    Organ organ = new Organ("11350100MB0000003X", "红岭镇人民政府", OrganLevel.TOWNSHIP, "11350100MB0000001X");
    assertThat(IndexNumberPattern.format(organ.indexPattern(), organ.code(), 2024, "budget", 12))
        .isEqualTo("11350100MB0000003X/2024-00012");
    assertThat(IndexNumberPattern.period(organ.indexPattern(), 2024)).isEqualTo("2024");
  }

  @Test
  void customPatternsMayNameTheCategoryAndRunWithoutYears() {
    String pattern = "HL-{category}-{seq:03}";
    assertThat(IndexNumberPattern.format(pattern, "x", 2024, "budget", 7)).isEqualTo("HL-budget-007");
    assertThat(IndexNumberPattern.period(pattern, 2024)).isEqualTo("all");
  }

  @Test
  void everyBadFieldIsNamed() {
    assertThatThrownBy(() -> new Organ("bad code!", " ", OrganLevel.VILLAGE, null, "{organCode}/{month}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder("code", "name", "parentCode", "indexPattern", "indexPattern"));
    assertThatThrownBy(() -> new Organ("c", "县", OrganLevel.COUNTY, "p"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("parentCode");
  }

  @Test
  void levelsNestCountyThenDepartmentOrTownshipThenVillage() {
    assertThat(OrganLevel.TOWNSHIP.mayBeChildOf(OrganLevel.COUNTY)).isTrue();
    assertThat(OrganLevel.DEPARTMENT.mayBeChildOf(OrganLevel.COUNTY)).isTrue();
    assertThat(OrganLevel.VILLAGE.mayBeChildOf(OrganLevel.TOWNSHIP)).isTrue();
    assertThat(OrganLevel.VILLAGE.mayBeChildOf(OrganLevel.COUNTY)).isFalse();
    assertThat(OrganLevel.COUNTY.mayBeChildOf(OrganLevel.COUNTY)).isFalse();
  }
}
