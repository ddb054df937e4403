package org.opendisclosure.examples;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.SocialAssistanceList;
import org.opendisclosure.core.payload.SocialAssistanceList.Household;
import org.opendisclosure.core.payload.StatementKind;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.payload.ThreePublicExpenses.Activity;
import org.opendisclosure.core.payload.ThreePublicExpenses.Amounts;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;

/**
 * Publishes a few disclosures of a county and its township, lets the search index follow the
 * store, and runs the queries citizens type: keywords, a 文号 in another bracket form, a question
 * in everyday words, and a filtered search with facets and highlighted snippets.
 */
public final class SearchExample {
  private static final String COUNTY = "11350100MB0000001X";
  private static final String TOWNSHIP = "11350100MB0000003X";
  private static final Actor EDITOR = Actor.of("editor", "县政务公开办");
  private static final Actor REVIEWER = Actor.of("reviewer", "县政府办审核");
  private static final Actor APPROVER = Actor.of("approver", "县政府办主任");
  private static final Actor AUDITOR = Actor.of("auditor", "县审计局");

  /** Query → results, in the order run. */
  public record Result(Map<String, SearchResults> results, Map<String, ItemId> items) {}

  private SearchExample() {}

  public static Result run(DataSource dataSource, Path indexDir) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-04T02:00:00Z"), ZoneOffset.UTC);
    Disclosures d = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    d.registerOrgan(new Organ(COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
    d.registerOrgan(new Organ(TOWNSHIP, "红岭镇人民政府", OrganLevel.TOWNSHIP, COUNTY));
    for (var grant : List.of(new Grant(EDITOR.id(), COUNTY, Role.EDITOR), new Grant(REVIEWER.id(), COUNTY,
        Role.REVIEWER), new Grant(APPROVER.id(), COUNTY, Role.APPROVER), new Grant(AUDITOR.id(), COUNTY,
        Role.AUDITOR))) {
      d.grant(grant);
    }
    Map<String, ItemId> items = new LinkedHashMap<>();
    items.put("policy", publish(d, COUNTY, "regulations", "国务院关于推行政府信息公开工作的实施意见（转发）",
        new Document("国发〔2018〕43号", "国务院", LocalDate.of(2018, 12, 1), null, Document.Validity.VALID),
        "<p>各乡镇人民政府、县直各部门：现将国发〔2018〕43号文件转发给你们，请认真贯彻执行。</p>"));
    items.put("expenses", publish(d, TOWNSHIP, "three-public-expenses", "红岭镇2024年度“三公”经费决算公开",
        new ThreePublicExpenses(2024, StatementKind.FINAL_ACCOUNTS,
            new Amounts(Money.wan("0.00"), Money.wan("31.20"), Money.wan("0.00"), Money.wan("31.20"),
                Money.wan("7.42"), Money.wan("38.62")),
            new Amounts(Money.wan("0.00"), Money.wan("33.40"), Money.wan("0.00"), Money.wan("33.40"),
                Money.wan("9.37"), Money.wan("42.77")),
            "压减公务接待。", new Activity(0, 0, 0, 3, 56, 412)),
        "<p>2024年度因公出国（境）费0万元，公务用车购置及运行费31.20万元，公务接待费7.42万元。</p>"));
    items.put("assistance", publish(d, TOWNSHIP, "social-assistance", "红岭镇2026年3月农村最低生活保障对象公示",
        new SocialAssistanceList(SocialAssistanceList.Program.MINIMUM_LIVING, YearMonth.of(2026, 3), "红岭镇", "红岭村",
            List.of(new Household("张德顺", 3, Money.yuan("1260"), "A类", "440524188001010014")), 1, 3,
            Money.yuan("1260")),
        "<p>经村民代表评议、镇人民政府审核，拟将以下家庭纳入最低生活保障，现予公示。</p>"));

    Map<String, SearchResults> results = new LinkedHashMap<>();
    try (DisclosureIndex index = DisclosureIndex.open(indexDir, clock);
        IndexFollower follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build()) {
      follower.catchUp();
      for (String q : List.of("三公经费 2024", "国发[2018]43号", "我家能领低保吗", "公务接待费")) {
        results.put(q, index.search(SearchQuery.of(q)));
      }
      results.put("红岭镇 in 2024, amount ≥ 10万元", index.search(SearchQuery.builder().organ(TOWNSHIP).year(2024)
          .amount(new BigDecimal("100000"), null).facets(true).build()));
    }
    return new Result(results, items);
  }

  private static ItemId publish(Disclosures d, String organ, String category, String title, Payload payload,
      String body) {
    ItemId id = d.createDraft(organ, category, new Content(title, null, payload, body), EDITOR).id();
    d.submit(id, 1, EDITOR);
    d.review(id, 1, REVIEWER, "通过");
    if (d.catalogue().require(category, "category").auditBeforePublish()) {
      d.recordAudit(id, 1, AUDITOR, "已核实");
    }
    d.approve(id, 1, APPROVER, "同意", Map.of());
    d.publish(id, 1, EDITOR);
    return id;
  }

  public static void main(String[] args) throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:search;DB_CLOSE_DELAY=-1");
    Result r = run(h2, Files.createTempDirectory("opendisclosure-index"));
    r.results().forEach((q, res) -> {
      System.out.println("「" + q + "」 " + res.totalHits() + (res.totalExact() ? "" : "+") + " 条");
      for (SearchHit h : res.hits()) {
        System.out.println("  " + h.titleSnippet() + "  [" + h.organName() + " · " + h.categoryName() + "]");
        System.out.println("    " + h.bodySnippet());
      }
      System.out.println("  分类: " + res.facet("category") + "  年度: " + res.facet("year"));
    });
  }
}
