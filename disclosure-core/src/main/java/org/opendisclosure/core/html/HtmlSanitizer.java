package org.opendisclosure.core.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.opendisclosure.core.ValidationException;

/**
 * Makes the body HTML of a disclosure (正文) safe to publish, and extracts its plain text.
 *
 * <p>What survives is the markup notices are written in: headings, paragraphs, lists, definition
 * lists, quotes, {@code pre}/{@code code}, simple inline formatting, tables with merged cells
 * ({@code colspan}/{@code rowspan}, {@code scope}, {@code align}/{@code valign}), {@code http(s)}
 * images and {@code http(s)}/{@code mailto} links. Every link gets {@code rel="nofollow noopener"}.
 * Everything else is dropped: scripts, styles and {@code style} attributes, event handlers, other
 * URL schemes ({@code javascript:}, {@code data:}, relative URLs, …), forms, embedded content,
 * comments. Unknown tags are unwrapped and their text kept; elements whose content is never text
 * that a reader sees ({@code script}, {@code iframe}, {@code svg}, {@code textarea}, …) are dropped
 * with their content.
 *
 * <p>The output is not pretty-printed, so it is stable and diffable, and sanitising is idempotent:
 * {@code sanitize(sanitize(x).html())} equals {@code sanitize(x)}.
 *
 * <p>Thread-safe: an instance holds only configuration that is never changed after construction;
 * share {@link #standard()}.
 */
public final class HtmlSanitizer {
  /**
   * Longest body accepted, in UTF-16 chars: room for a budget disclosure with all its standard
   * tables pasted from a word processor; anything longer is more likely a whole file pasted by
   * mistake, and is refused before it is parsed.
   */
  public static final int MAX_INPUT_CHARS = 2_000_000;

  /**
   * Dropped with everything inside them before the safelist runs: their content is code, fallback
   * content or form state, never body text, and unwrapping them would publish it as text.
   */
  private static final String DROPPED_WITH_CONTENT =
      "script, style, template, title, textarea, select, button, iframe, frame, frameset, noframes,"
          + " noembed, noscript, object, embed, applet, svg, math, canvas, audio, video";

  /** The selectors, parsed once: jsoup's evaluators are thread-safe and reusable. */
  private static final Evaluator DROPPED = QueryParser.parse(DROPPED_WITH_CONTENT);
  private static final Evaluator LINK_WITHOUT_HREF = QueryParser.parse("a:not([href])");
  private static final Evaluator IMAGE_WITHOUT_SRC = QueryParser.parse("img:not([src])");

  private static final HtmlSanitizer STANDARD = new HtmlSanitizer(standardSafelist());

  private final Cleaner cleaner;

  private HtmlSanitizer(Safelist safelist) {
    this.cleaner = new Cleaner(safelist);
  }

  /** The sanitiser for notice bodies described in the class comment. */
  public static HtmlSanitizer standard() {
    return STANDARD;
  }

  /**
   * Sanitises a body fragment and extracts its text.
   *
   * @param html body HTML as an editor pasted it; {@code null} is an empty body
   * @throws ValidationException on field {@code body} when {@code html} is longer than {@link
   *     #MAX_INPUT_CHARS}
   */
  public SanitizedBody sanitize(String html) {
    if (html == null || html.isEmpty()) {
      return SanitizedBody.EMPTY;
    }
    if (html.length() > MAX_INPUT_CHARS) {
      throw ValidationException.of(
          "body",
          "must be at most " + MAX_INPUT_CHARS + " characters, was " + html.length());
    }
    Document dirty = Jsoup.parseBodyFragment(html, "");
    dirty.body().select(DROPPED).remove();
    Document clean = cleaner.clean(dirty);
    clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
    Element body = clean.body();
    tidy(body);
    return new SanitizedBody(body.html(), PlainText.of(body));
  }

  /** Removes what the safelist left without meaning. */
  private static void tidy(Element body) {
    // A link whose href was refused is no link; an image whose src was refused shows nothing.
    body.select(LINK_WITHOUT_HREF).forEach(Element::unwrap);
    body.select(IMAGE_WITHOUT_SRC).remove();
  }

  private static Safelist standardSafelist() {
    String[] cellAttributes = {"colspan", "rowspan", "scope", "align", "valign"};
    return Safelist.none()
        .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span")
        .addTags("blockquote", "pre", "code", "strong", "b", "em", "i", "u", "sub", "sup")
        .addTags("ul", "ol", "li", "dl", "dt", "dd")
        .addTags("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
        .addTags("img", "a")
        // Titles and signature blocks are centred or right-aligned with align in pasted notices.
        .addAttributes("h1", "align")
        .addAttributes("h2", "align")
        .addAttributes("h3", "align")
        .addAttributes("h4", "align")
        .addAttributes("h5", "align")
        .addAttributes("h6", "align")
        .addAttributes("p", "align")
        .addAttributes("div", "align")
        .addAttributes("ol", "start", "type")
        .addAttributes("table", "align")
        .addAttributes("caption", "align")
        .addAttributes("colgroup", "span", "align", "valign")
        .addAttributes("col", "span", "align", "valign")
        .addAttributes("thead", "align", "valign")
        .addAttributes("tbody", "align", "valign")
        .addAttributes("tfoot", "align", "valign")
        .addAttributes("tr", "align", "valign")
        .addAttributes("th", cellAttributes)
        .addAttributes("td", cellAttributes)
        .addAttributes("img", "src", "alt", "width", "height", "title")
        .addProtocols("img", "src", "http", "https")
        .addAttributes("a", "href", "title")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addEnforcedAttribute("a", "rel", "nofollow noopener");
  }
}
