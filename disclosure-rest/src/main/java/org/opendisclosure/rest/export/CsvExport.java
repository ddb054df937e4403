package org.opendisclosure.rest.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.rest.api.PublicItem;
import org.opendisclosure.rest.http.Json;

/**
 * Published items as CSV (RFC 4180) in UTF-8 with a byte-order mark, so spreadsheet programs read
 * the Chinese text. Cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
public final class CsvExport {
  public static final List<String> COLUMNS = List.of("id", "indexNumber", "title", "organCode", "organName",
      "categoryCode", "categoryName", "kind", "formedOn", "publishedAt", "revision", "corrected", "windowStart",
      "windowEnd", "url", "payload", "bodyText");

  private CsvExport() {}

  public static void header(Writer w) throws IOException {
    w.write('\uFEFF');
    row(w, COLUMNS);
  }

  public static void row(Writer w, PublicItem p, ItemView v, String url) {
    try {
      row(w, List.of(p.id(), p.indexNumber(), p.title(), p.organ().code(), p.organ().name(), p.category().code(),
          p.category().name(), nz(p.kind()), nz(p.formedOn()), nz(p.publishedAt()), Integer.toString(p.revision()),
          Boolean.toString(p.corrected()), p.window() == null ? "" : p.window().start().toString(),
          p.window() == null ? "" : p.window().end().toString(), url,
          p.payload() == null ? "" : Json.mapper().writeValueAsString(p.payload()), v.revision().bodyText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nz(Object o) {
    return o == null ? "" : o.toString();
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
