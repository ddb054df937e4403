package org.opendisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.history.FieldChange;
import org.opendisclosure.core.history.TextChange;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.Revision;

class ExamplesTest {

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void theThreePublicExpensesExampleFilesRevisesAndShowsItsHistory() {
    ThreePublicExpensesExample.Result r = ThreePublicExpensesExample.run(h2("tpe"),
        Clock.fixed(Instant.parse("2025-06-25T02:00:00Z"), ZoneOffset.UTC));

    assertThat(r.draft().item().indexNumber()).isEqualTo("11350100MB0000003X/2025-00001");
    assertThat(r.history()).extracting(Revision::number).containsExactly(1, 2);
    assertThat(r.history().get(1).reason()).contains("公务接待费");
    assertThat(r.diff().fields()).contains(
        new FieldChange("payload.amounts.hospitality.amount", "7.42", "7.52"),
        new FieldChange("payload.amounts.total.amount", "38.62", "38.72"));
    assertThat(r.diff().body()).contains(new TextChange(TextChange.Op.ADDED, "公务接待费更正为7.52万元。"));
  }

  @Test
  void theCadreNoticeIsPublishedOnTimeAndItsWindowClosesByItself() {
    CadreNoticeExample.Result r = CadreNoticeExample.run(h2("cadre"));

    assertThat(r.publication().published()).containsExactly(r.id());
    assertThat(r.window().start()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(r.window().end()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(r.closing().windowsClosed()).containsExactly(r.id());
    assertThat(r.auditTrail()).extracting(ItemEvent::type).containsExactly(EventType.CREATED, EventType.SUBMITTED,
        EventType.REVIEWED, EventType.APPROVED, EventType.SCHEDULED, EventType.PUBLISHED, EventType.WINDOW_CLOSED);
  }
}
