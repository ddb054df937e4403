package org.opendisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.model.ItemId;

/** The printable notice: its text in Chinese, the embedded font, and a QR code that leads back to the item. */
class NoticePdfTest {
  @TempDir
  static Path dir;
  static PortalFixture f;

  @BeforeAll
  static void start() {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.opendisclosure.portal.internal.pdf.NoticePdf.fontAvailable(),
        "this build has no CJK font: npm was not on the PATH when disclosure-portal was built "
            + "(.ci/run installs it); the PDF tests need the font and are skipped");
    f = new PortalFixture(dir);
  }

  @AfterAll
  static void stop() {
    if (f != null) {
      f.close();
    }
  }

  static byte[] pdf(ItemId id) {
    HttpResponse<byte[]> r = f.getBytes("/notices/" + id.value() + ".pdf");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    return r.body();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Renders the last page at 200 dpi and decodes the QR code on it. */
  static String qr(byte[] pdf) throws IOException, NotFoundException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
      Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return result.getText();
    }
  }

  /** Keeps a sample in {@code target/notices/} for people to look at. */
  static void save(String name, byte[] pdf) throws IOException {
    Path notices = Files.createDirectories(Path.of("target", "notices"));
    Files.write(notices.resolve(name + ".pdf"), pdf);
  }

  static String publicHash(ItemId id) {
    return ContentHashes.hash(f.d.published(id).orElseThrow().revision());
  }

  @Test
  void threePublicExpensesNoticeCarriesTitleOrganFiguresAndTheEmbeddedChineseFont() throws IOException {
    byte[] bytes = pdf(f.expenses);
    save("three-public-expenses", bytes);
    String text = text(bytes);
    assertThat(text).contains("红岭镇人民政府").contains("红岭镇2024年度“三公”经费决算情况说明")
        .contains("“三公”经费决算表").contains("38.62").contains("42.77").contains("-4.15").contains("-9.7%")
        .contains("公务接待费").contains("2026年3月2日").contains("索引号：" + f.d.published(f.expenses).orElseThrow()
            .item().indexNumber()).contains("压减公务接待和车辆运行费用");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDPage first = doc.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      List<PDFont> fonts = new ArrayList<>();
      for (var name : first.getResources().getFontNames()) {
        fonts.add(first.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
      });
    }
    assertThat(bytes.length).as("a subset, not the 10 MB font").isLessThan(600_000);
  }

  @Test
  void cadreNoticeShowsPersonsWindowDatesAndWhereToObject() throws IOException {
    byte[] bytes = pdf(f.cadre);
    save("cadre-appointment", bytes);
    String text = text(bytes);
    assertThat(text).contains(PortalFixture.CADRE_TITLE).contains("王建国").contains("李晓梅").contains("拟任职务")
        .contains("公示时间：2026年3月2日至2026年3月9日").contains("意见反映").contains("12380")
        .contains("中共清河县委组织部干部监督科");
  }

  @Test
  void householdListPrintsMaskedNamesListWithoutIdNumbers() throws IOException {
    String text = text(pdf(f.assistance));
    assertThat(text).contains("张德顺").contains("1260元").contains("公示时间：2026年3月2日至2026年3月9日");
    for (String id : PortalFixture.UNMASKED_IDS) {
      assertThat(text).doesNotContain(id);
    }
    assertThat(text).doesNotContain("********");
  }

  @Test
  void theQrCodeNamesTheItemAndTheHashOfThePrintedContentAndOpensTheCheck() throws Exception {
    for (ItemId id : List.of(f.land, f.expenses, f.cadre, f.assistance, f.procurement)) {
      byte[] bytes = pdf(id);
      String url = qr(bytes);
      String hash = publicHash(id);
      assertThat(url).isEqualTo(f.base + "items/" + id.value() + "?printed=" + hash);
      assertThat(text(bytes).replaceAll("\\s", "")).contains(hash);
      String page = f.get(url.substring(f.base.toString().length() - 1)).body();
      assertThat(Jsoup.parse(page).select("section.check.ok").text()).contains("与本站当前公开的版本一致");
    }
  }

  @Test
  void aPrintedVersionThatWasCorrectedSaysSoAndHow() {
    String page = f.get("/items/" + f.expenses.value() + "?printed=" + f.expensesFirstHash).body();
    assertThat(Jsoup.parse(page).select("section.check.warn").text()).contains("已被更正")
        .contains(PortalFixture.CORRECTION_NOTE);
    String unknown = f.get("/items/" + f.expenses.value() + "?printed=" + "0".repeat(64)).body();
    assertThat(Jsoup.parse(unknown).select("section.check.warn").text()).contains("没有与该纸质公告内容一致的公开版本");
    HttpResponse<String> withdrawn = f.get("/items/" + f.withdrawn.value() + "?printed=" + "0".repeat(64));
    assertThat(withdrawn.statusCode()).isEqualTo(410);
    assertThat(withdrawn.body()).contains("该信息已撤回").contains(PortalFixture.WITHDRAWAL_REASON);
  }

  @Test
  void aLongDocumentFlowsOntoFurtherPagesWithPageNumbers() throws IOException {
    byte[] bytes = pdf(f.budget);
    save("budget", bytes);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
    }
    String text = text(bytes);
    assertThat(text).contains("一般公共预算支出表（按支出功能分类）").contains("2130705").contains("367.00")
        .contains("第 1 页 共 ").contains("第 2 页 共 ");
  }

  @Test
  void unpublishedAndWithdrawnItemsHaveNoNotice() {
    assertThat(f.getBytes("/notices/" + f.draft.value() + ".pdf").statusCode()).isEqualTo(404);
    assertThat(f.getBytes("/notices/" + f.withdrawn.value() + ".pdf").statusCode()).isEqualTo(404);
    assertThat(f.getBytes("/notices/nonsense.pdf").statusCode()).isEqualTo(404);
  }
}
