package org.opendisclosure.portal.internal.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URI;
import java.util.Map;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.NoticeContent;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.portal.internal.web.Urls;

/**
 * The printable notice (公示 for the village bulletin board): A4, the issuing organ in red over a red
 * rule as official notices print it, the title, index number and dates, the body, the notice's
 * facts and tables, the publicity window and where to send objections, the organ and date, and a QR
 * code with the item's public URL and the SHA-256 of the printed (public) content, so that anyone
 * with a phone can see whether this paper is still current. Stateless and thread-safe.
 */
public final class NoticePdf {
  private static final float QR_SIDE = 32 * PdfLayout.MM;

  private NoticePdf() {}

  /** Whether this build carries the CJK font printing needs (the build fetches it with npm). */
  public static boolean fontAvailable() {
    return PdfLayout.fontAvailable();
  }

  /** The URL a notice's QR code encodes: the item page, told which content was printed. */
  public static String checkUrl(URI base, String id, String contentSha256) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + Urls.item(id) + "?printed=" + contentSha256;
  }

  public static byte[] render(Site site, ItemView view, URI baseUrl) {
    Item item = view.item();
    Revision r = view.revision();
    String organ = site.organName(item.organCode());
    String hash = ContentHashes.hash(r);
    String url = checkUrl(baseUrl, item.id().value(), hash);
    NoticeContent content = NoticeContent.of(r.payload());
    try (PdfLayout pdf = new PdfLayout()) {
      pdf.paragraph(organ, 22, 1, true, true, 0);
      pdf.rule(true, 1.5f);
      pdf.space(6);
      pdf.paragraph(r.title(), 18, 1, true, false, 0);
      pdf.space(4);
      StringBuilder meta = new StringBuilder("索引号：" + item.indexNumber() + "　发布日期：" + Format.date(item.publishedAt()));
      if (r.payload() instanceof Document d && d.documentNumber() != null) {
        meta.append("　文号：").append(d.documentNumber());
      }
      pdf.paragraph(meta.toString(), 9, 1, false, false, 0);
      pdf.space(8);
      float body = 12;
      for (String line : r.bodyText().split("\n")) {
        if (!line.isBlank()) {
          pdf.paragraph(line.strip(), body, 0, false, false, 2 * body);
        }
      }
      pdf.space(4);
      for (NoticeContent.Fact f : content.facts()) {
        pdf.paragraph(f.label() + "：" + f.value(), body, 0, false, false, 2 * body);
      }
      pdf.space(6);
      for (NoticeContent.Table t : content.tables()) {
        pdf.table(t, 9);
      }
      if (item.window() != null) {
        pdf.paragraph("公示时间：" + Format.date(item.window().start()) + "至" + Format.date(item.window().end())
            + (item.window().provisional() ? "（暂定）" : ""), body, 0, true, false, 2 * body);
      }
      String objections = content.objections() != null ? content.objections()
          : item.window() != null ? "公示期间，如有不同意见，可扫描下方二维码在网上提出，或向" + organ + "反映。" : null;
      if (objections != null) {
        pdf.paragraph("意见反映：" + objections, body, 0, false, false, 2 * body);
      }
      pdf.space(18);
      pdf.paragraph(organ, body, 2, false, false, 0);
      pdf.paragraph(Format.date(item.publishedAt()), body, 2, false, false, 0);
      qrBlock(pdf, url, hash);
      return pdf.finish();
    }
  }

  /** The QR code keeps a quiet zone of at least four modules (about 4 mm) clear of the rule and the text. */
  private static void qrBlock(PdfLayout pdf, String url, String hash) {
    pdf.space(10);
    pdf.ensure(QR_SIDE + 12 * PdfLayout.MM);
    pdf.rule(false, 0.5f);
    pdf.space(6 * PdfLayout.MM);
    float top = pdf.y();
    pdf.qr(matrix(url), pdf.left(), top, QR_SIDE);
    float x = pdf.left() + QR_SIDE + 8 * PdfLayout.MM;
    float max = pdf.width() - QR_SIDE - 8 * PdfLayout.MM;
    float baseline = pdf.textAt("扫码核验：用手机扫描左侧二维码，可查看本公告是否为最新版本、是否已更正或撤回。", x, top, 10, max);
    baseline = pdf.textAt("网址：" + url, x, baseline - 2, 7, max);
    pdf.textAt("本公告内容的 SHA-256：" + hash, x, baseline - 2, 7, max);
    pdf.space(QR_SIDE);
  }

  static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
          EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("a URL of " + text.length() + " characters fits a QR code", e);
    }
  }
}
