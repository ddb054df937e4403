package org.opendisclosure.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.calendar.DayCount;
import org.opendisclosure.core.calendar.StatutoryPeriod;
import org.opendisclosure.core.payload.PayloadKind;

class CatalogueTest {
  private final Catalogue catalogue = Catalogue.defaults();

  @Test
  void defaultsCoverTheTenKeyItemsAndArticles20And21() {
    assertThat(catalogue.categories()).hasSizeGreaterThanOrEqualTo(35);
    for (String code : new String[] {"budget", "final-accounts", "three-public-expenses", "land-compensation-plan",
        "cadre-appointments", "procurement-award", "social-assistance", "regulations", "village-finances",
        "public-projects", "family-planning", "violation-cases", "service-guides", "fund-and-labour-raising"}) {
      assertThat(catalogue.find(code)).as(code).isPresent();
    }
  }

  @Test
  void eachCategoryCarriesItsRules() {
    Category budget = catalogue.require("budget", "category");
    assertThat(budget.payload()).isEqualTo(PayloadKind.BUDGET);
    assertThat(budget.deadline().period()).isEqualTo(new StatutoryPeriod(20, DayCount.CALENDAR_DAYS));
    assertThat(budget.deadline().trigger()).isEqualTo(DeadlineTrigger.APPROVED);
    assertThat(budget.auditBeforePublish()).isTrue();

    Category regulations = catalogue.require("regulations", "category");
    assertThat(regulations.deadline().period()).isEqualTo(StatutoryPeriod.workingDays(20));
    assertThat(regulations.isPublicityNotice()).isFalse();

    Category cadres = catalogue.require("cadre-appointments", "category");
    assertThat(cadres.window().period()).isEqualTo(StatutoryPeriod.workingDays(5));
    assertThat(catalogue.require("land-compensation-plan", "category").window().period())
        .isEqualTo(StatutoryPeriod.days(30));
    assertThat(catalogue.require("social-assistance", "category").privacy()).isEqualTo(PrivacyPolicy.HOUSEHOLD_LIST);
    assertThat(catalogue.require("major-decisions", "category").decision()).isTrue();
  }

  @Test
  void subcategoriesAreFoundUnderTheirParents() {
    assertThat(catalogue.selfAndDescendants("finance"))
        .contains("finance", "budget", "final-accounts", "three-public-expenses", "village-finances")
        .doesNotContain("land");
    assertThat(catalogue.selfAndDescendants("land")).contains("land-pre-announcement", "land-compensation-plan");
  }

  @Test
  void anEmbeddingApplicationAddsCategoriesFromJson() {
    String json = """
        {"categories": [{"code": "rural-revitalisation", "name": "乡村振兴项目", "payload": "DOCUMENT",
          "deadline": {"period": {"amount": 20, "count": "WORKING_DAYS"}, "trigger": "FORMED"},
          "cadence": "QUARTERLY"}]}
        """;
    Catalogue extended = catalogue.with(Catalogue.fromJson(stream(json)).categories());
    assertThat(extended.find("rural-revitalisation")).hasValueSatisfying(c -> {
      assertThat(c.cadence()).isEqualTo(Cadence.QUARTERLY);
      assertThat(c.privacy()).isEqualTo(PrivacyPolicy.STANDARD);
    });
    assertThat(catalogue.find("rural-revitalisation")).isEmpty();
  }

  @Test
  void badCategoryFilesNameEveryBadEntry() {
    String json = """
        {"categories": [
          {"code": "Bad Code", "name": "", "payload": "DOCUMENT",
           "deadline": {"period": {"amount": 20, "count": "WORKING_DAYS"}, "trigger": "FORMED"}},
          {"code": "ok", "name": "好", "payload": "NO_SUCH_KIND",
           "deadline": {"period": {"amount": 20, "count": "WORKING_DAYS"}, "trigger": "FORMED"}}
        ]}
        """;
    assertThatThrownBy(() -> Catalogue.fromJson(stream(json)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder("categories[0].code", "categories[0].name", "categories[1]"));
    assertThatThrownBy(() -> Catalogue.fromJson(stream("{not json")))
        .isInstanceOf(ValidationException.class);
    Category orphan = new Category("orphan", "孤儿", "missing-parent", PayloadKind.DOCUMENT,
        new DeadlineRule(StatutoryPeriod.workingDays(20), DeadlineTrigger.FORMED, null), null, false, false, null,
        null, null);
    assertThatThrownBy(() -> catalogue.with(orphan)).hasMessageContaining("orphan.parentCode");
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
