package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestOrgans;

/** The Atom feed, read by Rome: required elements, newest first, stable ids, nothing unpublished. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtomFeedTest {
  private TestServer s;
  private String first;
  private String withdrawn;

  @BeforeAll
  void start() {
    s = TestServer.start();
    first = s.published("regulations", "红岭镇第一份文件", SamplePayloads.policyDocument(), "<p>一</p>");
    s.clock.advance(Duration.ofMinutes(5));
    withdrawn = s.published("regulations", "红岭镇将被撤回的文件", SamplePayloads.policyDocument(), "<p>撤回内容</p>");
    s.clock.advance(Duration.ofMinutes(5));
    s.act(Staff.APPROVER, withdrawn, "withdraw", Map.of("reason", "文件已废止")).expect(200);
    s.clock.advance(Duration.ofMinutes(5));
    s.as(Staff.EDITOR, "POST", "/api/v1/admin/items/" + first + "/correction", Map.of("title", "红岭镇第一份文件（更正）",
        "payload", SamplePayloads.policyDocument(), "bodyHtml", "<p>一，更正</p>", "reason", "文号有误"),
        "If-Match", "\"r1\"").expect(200);
    s.approve(first);
    s.createDraft("regulations", "红岭镇草稿不应出现", SamplePayloads.policyDocument(), "<p>草稿</p>");
  }

  @AfterAll
  void stop() {
    s.close();
  }

  private Feed feed(String query) throws Exception {
    TestServer.Reply r = s.get("/api/v1/feed.atom" + query).expect(200);
    assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
    WireFeed wire = new WireFeedInput().build(new StringReader(r.body()));
    assertThat(wire.getFeedType()).isEqualTo("atom_1.0");
    return (Feed) wire;
  }

  @Test
  void hasTheRequiredElementsOfRfc4287() throws Exception {
    Feed feed = feed("");
    assertThat(feed.getId()).startsWith("urn:uuid:");
    assertThat(feed.getTitleEx().getValue()).isNotBlank();
    assertThat(feed.getUpdated()).isNotNull();
    assertThat(feed.getAuthors()).isNotEmpty();
    assertThat(feed.getOtherLinks()).anyMatch(l -> "self".equals(l.getRel()));
    assertThat(feed.getEntries()).hasSize(3);
    for (Entry e : feed.getEntries()) {
      assertThat(e.getId()).startsWith("urn:uuid:");
      assertThat(e.getTitleEx().getValue()).isNotBlank();
      assertThat(e.getUpdated()).isNotNull();
      assertThat(e.getAlternateLinks()).hasSize(1);
      assertThat(e.getAuthors()).isNotEmpty();
      assertThat(e.getSummary().getValue()).isNotBlank();
    }
  }

  @Test
  void entriesAreNewestFirstWithPublicationsCorrectionsAndWithdrawals() throws Exception {
    List<Entry> entries = feed("").getEntries();
    List<Date> updated = entries.stream().map(Entry::getUpdated).toList();
    assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(entries.get(0).getTitleEx().getValue()).isEqualTo("更正：红岭镇第一份文件（更正）");
    assertThat(entries.get(0).getSummary().getValue()).contains("文号有误");
    assertThat(entries.get(1).getTitleEx().getValue()).startsWith("撤回：");
    assertThat(entries.get(1).getSummary().getValue()).contains("文件已废止");
    assertThat(entries.get(1).getAlternateLinks().get(0).getHref()).endsWith("/api/v1/items/" + withdrawn + "/history");
  }

  @Test
  void entryIdsAreStableAndNothingUnpublishedOrWithdrawnLeaks() throws Exception {
    List<String> ids = feed("").getEntries().stream().map(Entry::getId).toList();
    assertThat(feed("").getEntries().stream().map(Entry::getId).toList()).isEqualTo(ids);
    assertThat(ids).doesNotHaveDuplicates();
    String xml = s.get("/api/v1/feed.atom").body();
    assertThat(xml).doesNotContain("草稿不应出现", "将被撤回的文件", "撤回内容");
  }

  @Test
  void filtersByOrganAndCategoryAndAnswersConditionalRequests() throws Exception {
    assertThat(feed("?organ=" + TestOrgans.QINGSHAN).getEntries()).isEmpty();
    assertThat(feed("?organ=" + TestOrgans.COUNTY).getEntries()).hasSize(3);
    assertThat(feed("?category=finance").getEntries()).isEmpty();
    String etag = s.get("/api/v1/feed.atom").header("ETag");
    s.get("/api/v1/feed.atom", "If-None-Match", etag).expect(304);
  }
}
