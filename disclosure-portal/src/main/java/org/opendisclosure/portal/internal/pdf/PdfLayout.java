package org.opendisclosure.portal.internal.pdf;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.opendisclosure.portal.internal.NoticeContent;

/**
 * A small flowing layout on A4 pages with PDFBox: wrapped paragraphs, tables with repeated headers,
 * a QR code, page numbers. Text is set in Noto Sans SC, embedded as a subset; bold is drawn by
 * stroking the outline. One instance per document; not thread-safe.
 */
final class PdfLayout implements AutoCloseable {
  static final float MM = 72f / 25.4f;
  private static final float MARGIN = 22 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final Color RED = new Color(200, 16, 46);

  private final PDDocument doc = new PDDocument();
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final PDType0Font font;
  private PDPageContentStream cs;
  private float y;

  PdfLayout() {
    try {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(Font.BYTES));
      cmap = ttf.getUnicodeCmapLookup();
      font = PDType0Font.load(doc, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded CJK font", e);
    }
    newPage();
  }

  /**
   * Whether this build carries the CJK font. The build fetches it with npm; a build on a machine
   * without npm has none, and printing then answers 503 instead of producing unreadable PDFs.
   */
  /** Loaded on first use, so that a build without the font can still say so instead of failing. */
  private static final class Font {
    static final byte[] BYTES = loadFont();
  }

  static boolean fontAvailable() {
    return PdfLayout.class.getResource("NotoSansSC-Regular.ttf") != null;
  }

  private static byte[] loadFont() {
    try (InputStream in = PdfLayout.class.getResourceAsStream("NotoSansSC-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("NotoSansSC-Regular.ttf is missing: the build fetches it (see README)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  float left() {
    return MARGIN;
  }

  float y() {
    return y;
  }

  private void newPage() {
    try {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} still fits on this one. */
  void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void space(float height) {
    y -= height;
  }

  /** Characters the font has, others replaced by a question mark, so nothing fails to print. */
  String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t') {
        sb.append(' ');
      } else if (cp >= 0x20 && cmap.getGlyphId(cp) > 0) {
        sb.appendCodePoint(cp);
      } else if (cp >= 0x20) {
        sb.append('?');
      }
    });
    return sb.toString();
  }

  float textWidth(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Breaks {@code text} into lines of at most {@code max} points: anywhere between Han characters, at spaces in Latin text. */
  List<String> wrap(String text, float size, float max) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : printable(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String unit : units(paragraph)) {
        if (textWidth(line + unit, size) <= max) {
          line.append(unit);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString().stripTrailing());
          line.setLength(0);
        }
        String rest = unit.isBlank() ? "" : unit;
        while (!rest.isEmpty() && textWidth(rest, size) > max) {
          int cut = rest.offsetByCodePoints(0, 1);
          while (cut < rest.length() && textWidth(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= max) {
            cut = rest.offsetByCodePoints(cut, 1);
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** A run of Latin letters and digits stays together; every other character is a unit of its own. */
  private static List<String> units(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
        while (end < s.length() && s.charAt(end) < 0x80 && (Character.isLetterOrDigit(s.charAt(end))
            || ".,-/:%()".indexOf(s.charAt(end)) >= 0)) {
          end++;
        }
      }
      out.add(s.substring(i, end));
      i = end;
    }
    return out;
  }

  private void show(String text, float x, float baseline, float size, boolean bold, Color color) {
    try {
      cs.beginText();
      cs.setFont(font, size);
      cs.setNonStrokingColor(color);
      if (bold) {
        cs.setStrokingColor(color);
        cs.setLineWidth(size / 30f);
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
      } else {
        cs.setRenderingMode(RenderingMode.FILL);
      }
      cs.newLineAtOffset(x, baseline);
      cs.showText(text);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Wrapped text; {@code align} is 0 left, 1 centre, 2 right; {@code indent} indents the first line. */
  void paragraph(String text, float size, int align, boolean bold, boolean red, float indent) {
    float leading = size * 1.6f;
    List<String> lines = wrap(text, size, width() - indent);
    for (int i = 0; i < lines.size(); i++) {
      ensure(leading);
      String line = lines.get(i);
      float w = textWidth(line, size);
      float x = align == 1 ? left() + (width() - w) / 2 : align == 2 ? left() + width() - w
          : left() + (i == 0 ? indent : 0);
      y -= leading;
      show(line, x, y + size * 0.35f, size, bold, red ? RED : Color.BLACK);
    }
  }

  /** A horizontal rule across the text width. */
  void rule(boolean red, float thickness) {
    ensure(thickness + 4);
    try {
      cs.setStrokingColor(red ? RED : Color.BLACK);
      cs.setLineWidth(thickness);
      cs.moveTo(left(), y - 2);
      cs.lineTo(left() + width(), y - 2);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= thickness + 4;
  }

  /** A table that breaks across pages, repeating its header row; classification levels are indented. */
  void table(NoticeContent.Table t, float size) {
    paragraph(t.caption(), size + 1, 1, true, false, 0);
    float[] widths = columnWidths(t, size);
    int nameColumn = t.headers().get(0).equals("科目编码") ? 1 : 0;
    float pad = 3;
    float leading = size * 1.45f;
    drawRow(t.headers(), widths, size, leading, pad, true, t, nameColumn, 0);
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      float indent = t.depth(r) * size;
      float height = height(cellLines(row, widths, size, pad, nameColumn, indent), leading, pad);
      if (y - height < BOTTOM) {
        newPage();
        drawRow(t.headers(), widths, size, leading, pad, true, t, nameColumn, 0);
      }
      drawRow(row, widths, size, leading, pad, false, t, nameColumn, indent);
    }
    space(size);
  }

  /**
   * Each column gets at least the width of its longest cell up to four and a half characters (so
   * short names and figures never break), then the rest of the line in proportion to how much more
   * its longest cell (up to sixteen characters) would like.
   */
  private float[] columnWidths(NoticeContent.Table t, float size) {
    int n = t.headers().size();
    float pad = 8;
    float[] min = new float[n];
    float[] natural = new float[n];
    for (int c = 0; c < n; c++) {
      float longest = textWidth(printable(t.headers().get(c)), size);
      for (List<String> row : t.rows()) {
        longest = Math.max(longest, textWidth(printable(row.get(c)), size));
      }
      min[c] = Math.min(longest, 4.5f * size) + pad;
      natural[c] = Math.min(longest, 16 * size) + pad;
    }
    float minSum = 0;
    float extraSum = 0;
    for (int c = 0; c < n; c++) {
      minSum += min[c];
      extraSum += natural[c] - min[c];
    }
    float[] widths = new float[n];
    float room = width() - minSum;
    for (int c = 0; c < n; c++) {
      if (room <= 0) {
        widths[c] = min[c] / minSum * width();
      } else if (extraSum <= room) {
        widths[c] = natural[c] + (room - extraSum) * natural[c] / (minSum + extraSum);
      } else {
        widths[c] = min[c] + room * (natural[c] - min[c]) / extraSum;
      }
    }
    return widths;
  }

  private List<List<String>> cellLines(List<String> row, float[] widths, float size, float pad, int nameColumn,
      float indent) {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < row.size(); c++) {
      out.add(wrap(row.get(c), size, widths[c] - 2 * pad - (c == nameColumn ? indent : 0)));
    }
    return out;
  }

  private static float height(List<List<String>> cells, float leading, float pad) {
    int lines = 1;
    for (List<String> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines * leading + 2 * pad;
  }

  private void drawRow(List<String> row, float[] widths, float size, float leading, float pad, boolean header,
      NoticeContent.Table t, int nameColumn, float indent) {
    List<List<String>> cells = cellLines(row, widths, size, pad, nameColumn, indent);
    float height = height(cells, leading, pad);
    ensure(height);
    try {
      float x = left();
      if (header) {
        cs.setNonStrokingColor(new Color(235, 235, 235));
        cs.addRect(left(), y - height, width(), height);
        cs.fill();
      }
      for (int c = 0; c < cells.size(); c++) {
        float lineY = y - pad;
        for (String line : cells.get(c)) {
          lineY -= leading;
          float w = textWidth(line, size);
          float tx = !header && t.numeric().contains(c) ? x + widths[c] - pad - w
              : x + pad + (c == nameColumn ? indent : 0);
          show(line, tx, lineY + size * 0.4f, size, header, Color.BLACK);
        }
        cs.setStrokingColor(Color.DARK_GRAY);
        cs.setLineWidth(0.5f);
        cs.addRect(x, y - height, widths[c], height);
        cs.stroke();
        x += widths[c];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  /** Draws the QR code's dark modules as squares, {@code side} points wide, top-left at (x, top). */
  void qr(BitMatrix matrix, float x, float top, float side) {
    float module = side / matrix.getWidth();
    try {
      cs.setNonStrokingColor(Color.BLACK);
      for (int row = 0; row < matrix.getHeight(); row++) {
        for (int col = 0; col < matrix.getWidth(); col++) {
          if (matrix.get(col, row)) {
            cs.addRect(x + col * module, top - (row + 1) * module, module, module);
          }
        }
      }
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text at a fixed place, not flowing (beside the QR code). Returns the baseline of the last line. */
  float textAt(String text, float x, float top, float size, float max) {
    float baseline = top;
    for (String line : wrap(text, size, max)) {
      baseline -= size * 1.5f;
      show(line, x, baseline, size, false, Color.BLACK);
    }
    return baseline;
  }

  /** Adds "第 n 页 共 m 页" to every page and returns the saved document. */
  byte[] finish() {
    try {
      cs.close();
      int total = doc.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
            PDPageContentStream.AppendMode.APPEND, true)) {
          String text = "第 " + (i + 1) + " 页 共 " + total + " 页";
          float size = 9;
          footer.beginText();
          footer.setFont(font, size);
          footer.setNonStrokingColor(Color.DARK_GRAY);
          footer.newLineAtOffset(left() + (width() - textWidth(text, size)) / 2, BOTTOM / 2);
          footer.showText(text);
          footer.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
      ttf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
