package org.opendisclosure.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.payload.CadreAppointment;
import org.opendisclosure.core.payload.CadreAppointment.Person;
import org.opendisclosure.core.payload.CadreAppointment.Sex;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;

/**
 * A cadre pre-appointment notice (干部任前公示) goes through review, leadership approval and
 * scheduled publication; its five-working-day window opens, receives an objection, and closes by
 * itself. Time is a clock the example moves, as a test would.
 */
public final class CadreNoticeExample {
  private static final String COUNTY = "11350100MB0000001X";
  private static final String TOWNSHIP = "11350100MB0000003X";
  private static final Actor EDITOR = Actor.of("hl-office", "红岭镇党政办");
  private static final Actor REVIEWER = Actor.of("hl-org", "红岭镇组织委员");
  private static final Actor APPROVER = Actor.of("hl-secretary", "红岭镇党委书记");

  /** What happened, for the test and for printing. */
  public record Result(ItemId id, SchedulerRun publication, PublicityWindow window, SchedulerRun closing,
      List<ItemEvent> auditTrail) {}

  private CadreNoticeExample() {}

  public static Result run(DataSource dataSource) {
    SettableClock clock = new SettableClock(Instant.parse("2026-03-02T01:00:00Z"));
    Disclosures d = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    d.registerOrgan(new Organ(COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
    d.registerOrgan(new Organ(TOWNSHIP, "红岭镇人民政府", OrganLevel.TOWNSHIP, COUNTY));
    d.grant(new Grant(EDITOR.id(), TOWNSHIP, Role.EDITOR));
    d.grant(new Grant(REVIEWER.id(), TOWNSHIP, Role.REVIEWER));
    d.grant(new Grant(APPROVER.id(), TOWNSHIP, Role.APPROVER));

    CadreAppointment notice = new CadreAppointment(List.of(new Person("王建国", Sex.MALE, "汉族",
        YearMonth.of(1986, 5), "某县", "中共党员", "大学", YearMonth.of(2009, 7), "红岭镇副镇长", "红岭镇党委副书记", null)),
        LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10), "中共某县委组织部干部监督科", "12380",
        "某县人民路1号", "工作日8:30-12:00，14:30-17:30");
    ItemId id = d.createDraft(TOWNSHIP, "cadre-appointments",
        new Content("红岭镇干部任前公示", null, notice, "<p>经镇党委研究，拟任用王建国同志，现予以公示。</p>"), EDITOR).id();
    d.submit(id, 1, EDITOR);
    d.review(id, 1, REVIEWER, "人选材料齐全");
    d.approve(id, 1, APPROVER, "同意公示", Map.of());
    d.schedule(id, 1, EDITOR, Instant.parse("2026-03-03T00:30:00Z"));

    clock.set(Instant.parse("2026-03-03T01:00:00Z"));
    SchedulerRun publication = d.runScheduler();
    PublicityWindow window = d.published(id).orElseThrow().item().window();
    d.submitFeedback(id, "反映该同志工作作风问题", null, "198.51.100.7");

    clock.set(Instant.parse("2026-03-11T01:00:00Z"));
    SchedulerRun closing = d.runScheduler();
    return new Result(id, publication, window, closing, d.auditTrail(id));
  }

  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:cadre;DB_CLOSE_DELAY=-1");
    Result r = run(h2);
    System.out.println("公示期 " + r.window().start() + " 至 " + r.window().end());
    r.auditTrail().forEach(e -> System.out.printf("  %s  %-14s %s  %s%n", e.at(), e.type(), e.actor().name(),
        e.comment() == null ? "" : e.comment()));
  }

  /** A clock the example moves by hand. */
  static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
