package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.rest.http.Json;

/** Exports as JSON Lines, CSV with a BOM, and OCDS releases of procurement results. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {
  private TestServer s;
  private String procurement;

  @BeforeAll
  void start() {
    s = TestServer.start();
    procurement = s.published("procurement-award", "红岭镇污水处理设施建设中标结果", SamplePayloads.procurementResult(),
        "<p>中标</p>");
    s.published("regulations", "=HYPERLINK(\"http://x\") 红岭镇文件", SamplePayloads.policyDocument(), "<p>正文,含逗号</p>");
    s.createDraft("regulations", "未发布草稿", SamplePayloads.policyDocument(), "<p>草稿</p>");
  }

  @AfterAll
  void stop() {
    s.close();
  }

  @Test
  void jsonLinesHaveOnePublishedItemPerLine() throws Exception {
    TestServer.Reply r = s.get("/api/v1/export?format=jsonl").expect(200);
    assertThat(r.header("Content-Type")).startsWith("application/x-ndjson");
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(Json.mapper().readTree(line).get("id").asText()).hasSize(26);
    }
    assertThat(s.get("/api/v1/export?category=procurement").body().lines()).hasSize(1);
  }

  @Test
  void csvStartsWithABomAndQuotesWhatSpreadsheetsWouldMisread() {
    TestServer.Reply r = s.get("/api/v1/export?format=csv").expect(200);
    assertThat(r.header("Content-Type")).startsWith("text/csv");
    assertThat(r.header("Content-Disposition")).contains("attachment", ".csv");
    byte[] b = r.bytes();
    assertThat(new byte[] {b[0], b[1], b[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String text = new String(b, StandardCharsets.UTF_8).substring(1);
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("id,indexNumber,title,organCode");
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\") 红岭镇文件\"", "\"正文,含逗号\"")
        .doesNotContain("未发布草稿");
  }

  @Test
  void procurementResultsExportAsOcdsReleases() {
    JsonNode pkg = s.get("/api/v1/export?format=ocds").expect(200).json();
    assertThat(pkg.get("version").asText()).isEqualTo("1.1");
    JsonNode releases = pkg.get("releases");
    assertThat(releases).hasSize(1);
    JsonNode r = releases.get(0);
    assertThat(r.get("ocid").asText()).isEqualTo("ocds-opendisclosure-" + procurement);
    assertThat(r.get("tag").toString()).contains("award", "contract");
    assertThat(r.get("tender").get("procurementMethod").asText()).isEqualTo("open");
    assertThat(r.get("tender").get("value").get("amount").decimalValue()).isEqualByComparingTo("3350000");
    JsonNode award = r.get("awards").get(0);
    assertThat(award.get("value").get("amount").decimalValue()).isEqualByComparingTo("3280000");
    assertThat(award.get("value").get("currency").asText()).isEqualTo("CNY");
    assertThat(award.get("suppliers").get(0).get("id").asText()).isEqualTo("91350100M000100Y43");
    assertThat(r.get("parties").findValuesAsText("name")).contains("青石镇人民政府", "清河环保工程有限公司");
    assertThat(r.get("contracts").get(0).get("dateSigned").asText()).isEqualTo("2026-04-20");
  }
}
