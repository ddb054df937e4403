package org.opendisclosure.portal.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textAndAttributeValuesAreEscaped() {
    Html h = new Html();
    h.open("a", "href", "/search?q=a&b=\"c\"", "title", "it's <b>").text("<script>&amp;</script>").close("a");
    assertThat(h.toString()).isEqualTo(
        "<a href=\"/search?q=a&amp;b=&quot;c&quot;\" title=\"it&#39;s &lt;b&gt;\">&lt;script&gt;&amp;amp;&lt;/script&gt;</a>");
  }

  @Test
  void nullAttributesAreLeftOutAndEmptyOnesAreBoolean() {
    assertThat(new Html().empty("input", "type", "text", "value", null, "required", "").toString())
        .isEqualTo("<input type=\"text\" required>");
  }

  @Test
  void controlCharactersCannotSmuggleMarkup() {
    assertThat(Html.escape("a\u0000b\u001bc\nd")).isEqualTo("a\uFFFDb\uFFFDc\nd");
    assertThat(Html.escape(null)).isEmpty();
    String plain = "纯文本 plain";
    assertThat(Html.escape(plain)).isSameAs(plain);
  }

  @Test
  void attributesComeInPairs() {
    assertThatThrownBy(() -> new Html().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urlsEncodeTheirValuesAndDropEmptyOnes() {
    assertThat(Urls.query("/search", "q", "三公 经费&x=1", "category", null, "sort", "date"))
        .isEqualTo("/search?q=%E4%B8%89%E5%85%AC%20%E7%BB%8F%E8%B4%B9%26x%3D1&sort=date");
    assertThat(Urls.item("01ABC/../x")).isEqualTo("/items/01ABC%2F..%2Fx");
  }
}
