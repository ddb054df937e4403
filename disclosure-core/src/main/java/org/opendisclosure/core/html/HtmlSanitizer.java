package org.opendisclosure.core.html;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Interim sanitiser; replaced by the full implementation. Thread-safe. */
public final class HtmlSanitizer {
  private static final HtmlSanitizer STANDARD = new HtmlSanitizer();

  private HtmlSanitizer() {}

  public static HtmlSanitizer standard() {
    return STANDARD;
  }

  public SanitizedBody sanitize(String html) {
    String clean = Jsoup.clean(html == null ? "" : html, Safelist.relaxed());
    return new SanitizedBody(clean, Jsoup.parse(clean).text());
  }
}
