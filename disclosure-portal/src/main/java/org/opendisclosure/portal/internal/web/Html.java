package org.opendisclosure.portal.internal.web;

/**
 * A tiny HTML writer that escapes every text and attribute value it is given; markup can only be
 * written by naming tags and attributes in code, or through {@link #trusted} for HTML that another
 * component already made safe (search snippets, the sanitised body). Not thread-safe: one per page.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "lead").text(title).close("p");   // <p class="lead">&lt;b&gt;…</p>
 * }</pre>
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(16_384);

  /** Escapes {@code & < > " '} so that the value is safe as element text and as a quoted attribute. */
  public static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep != null || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
        if (sb == null) {
          sb = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        sb.append(rep != null ? rep : "\uFFFD");
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? value : sb.toString();
  }

  /**
   * Opens {@code tag} with attributes given as name/value pairs; a null value leaves the attribute
   * out, an empty value writes a boolean attribute ({@code hidden}).
   */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** A void element such as {@code input} or {@code meta}. */
  public Html empty(String tag, String... attributes) {
    return open(tag, attributes);
  }

  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>}. */
  public Html el(String tag, Object text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Escaped text; null writes nothing. */
  public Html text(Object text) {
    if (text != null) {
      out.append(escape(text.toString()));
    }
    return this;
  }

  /** HTML that is already safe: search snippets (escaped by the index) and the sanitised body. */
  public Html trusted(String html) {
    if (html != null) {
      out.append(html);
    }
    return this;
  }

  /** A line break in the source, for readable page source. */
  public Html nl() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(attributes[i]);
      if (!value.isEmpty()) {
        out.append("=\"").append(escape(value)).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
