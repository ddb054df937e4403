package org.opendisclosure.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.history.RevisionDiff;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.StatementKind;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.payload.ThreePublicExpenses.Activity;
import org.opendisclosure.core.payload.ThreePublicExpenses.Amounts;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;

/**
 * Embeds the library on H2: a township files its 2024 three-public-expenses (三公经费) final
 * accounts, corrects a figure in a second revision, and prints the item's history with the
 * field-level diff. Run it with {@code mvn -q -pl examples -am -DskipTests install exec:java}.
 */
public final class ThreePublicExpensesExample {
  private static final Actor CLERK = Actor.of("hl-clerk", "红岭镇财政所 陈会计");

  /** What the example produced, for its test and for printing. */
  public record Result(ItemView draft, List<Revision> history, RevisionDiff diff) {}

  private ThreePublicExpensesExample() {}

  public static Result run(DataSource dataSource, Clock clock) {
    Disclosures disclosures = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    disclosures.registerOrgan(new Organ("11350100MB0000001X", "某县人民政府", OrganLevel.COUNTY, null));
    disclosures.registerOrgan(new Organ("11350100MB0000003X", "红岭镇人民政府", OrganLevel.TOWNSHIP, "11350100MB0000001X"));
    disclosures.grant(new Grant(CLERK.id(), "11350100MB0000003X", Role.EDITOR));

    ItemView draft = disclosures.createDraft("11350100MB0000003X", "three-public-expenses",
        content("7.42", "38.62", "<p>2024年度“三公”经费财政拨款支出决算38.62万元。</p>"), CLERK);
    disclosures.revise(draft.id(), 1, content("7.52", "38.72",
        "<p>2024年度“三公”经费财政拨款支出决算38.72万元。</p><p>公务接待费更正为7.52万元。</p>"), CLERK,
        "公务接待费录入有误，按决算报表更正");

    return new Result(draft, disclosures.history(draft.id()), disclosures.diff(draft.id(), 1, 2));
  }

  private static Content content(String hospitality, String total, String body) {
    ThreePublicExpenses payload = new ThreePublicExpenses(2024, StatementKind.FINAL_ACCOUNTS,
        new Amounts(Money.wan("0.00"), Money.wan("31.20"), Money.wan("0.00"), Money.wan("31.20"),
            Money.wan(hospitality), Money.wan(total)),
        new Amounts(Money.wan("0.00"), Money.wan("33.40"), Money.wan("0.00"), Money.wan("33.40"),
            Money.wan("9.37"), Money.wan("42.77")),
        "严格落实过紧日子要求，压减公务接待，公务用车运行维护费下降。",
        new Activity(0, 0, 0, 3, 56, 412));
    return new Content("红岭镇2024年度“三公”经费决算公开", LocalDate.of(2025, 6, 20), payload, body);
  }

  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:example;DB_CLOSE_DELAY=-1");
    Result result = run(h2, Clock.systemUTC());
    System.out.println("索引号 " + result.draft().item().indexNumber() + "  " + result.draft().revision().title());
    for (Revision r : result.history()) {
      System.out.printf("  第%d版  %s  %s  %s%n", r.number(), r.createdAt(), r.author().name(), r.reason());
    }
    System.out.println("第1版 → 第2版 的变化：");
    result.diff().fields().forEach(c -> System.out.printf("  %s: %s → %s%n", c.path(), c.before(), c.after()));
    result.diff().body().forEach(c -> System.out.printf("  %s %s%n", switch (c.op()) {
      case KEPT -> " ";
      case ADDED -> "+";
      case REMOVED -> "-";
    }, c.line()));
  }
}
