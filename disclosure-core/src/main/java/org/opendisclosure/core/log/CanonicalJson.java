package org.opendisclosure.core.log;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Our canonical JSON, from which content hashes and log leaves are made, and a small strict
 * parser for it.
 *
 * <p>The canonical form of a value:
 *
 * <ul>
 *   <li>no whitespace anywhere;
 *   <li>objects with their members sorted by key with {@link String#compareTo} (UTF-16 code
 *       units), each key once;
 *   <li>strings in double quotes, with {@code "} written {@code \"}, {@code \} written {@code \\}
 *       and every character below U+0020 written {@code \}{@code u00xx} with lower-case hex; every
 *       other character literally (non-ASCII stays as it is and is hashed as UTF-8; {@code /},
 *       U+007F and U+2028 are not escaped); unpaired surrogates are refused because they have no
 *       UTF-8 form;
 *   <li>numbers written as {@code new BigDecimal(text).toPlainString()}: no exponent, the scale
 *       kept ({@code 1.50} stays {@code 1.50}, {@code 1E+3} becomes {@code 1000}, {@code -0}
 *       becomes {@code 0}); numbers whose plain form would have more than {@value #MAX_DIGITS}
 *       digits are refused;
 *   <li>{@code true}, {@code false}, {@code null}.
 * </ul>
 *
 * <p>Hashes are SHA-256 of the UTF-8 bytes of the canonical form ({@link #sha256Hex}).
 *
 * <p>{@link #parse} accepts RFC 8259 JSON (any whitespace, escapes, exponents) and returns {@code
 * Map<String, Object>} ({@link LinkedHashMap}, in document order), {@code List<Object>}, {@code
 * String}, {@link BigDecimal} for every number, {@link Boolean}, and Java {@code null} for JSON
 * null. It refuses trailing content, duplicate keys, nesting deeper than {@value #MAX_DEPTH}
 * arrays and objects and unpaired surrogates, with an {@link IllegalArgumentException} naming the
 * position (0-based character offset). {@link #write} accepts the same types, and also other
 * {@link Number}s ({@code Integer}, {@code Long}, {@code BigInteger}; finite {@code Double} via
 * {@link Double#toString}).
 *
 * <p>JDK only. Stateless and thread-safe.
 */
public final class CanonicalJson {
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 100;

  /** The most digits a number may have in plain form. */
  public static final int MAX_DIGITS = 1000;

  private CanonicalJson() {}

  /** Parses RFC 8259 JSON strictly; see the class comment for the result types. */
  public static Object parse(String json) {
    Objects.requireNonNull(json, "json");
    Parser p = new Parser(json);
    p.skipWhitespace();
    Object value = p.value(0);
    p.skipWhitespace();
    if (p.pos < json.length()) {
      throw p.error("unexpected content after the JSON value");
    }
    return value;
  }

  /** The canonical form of {@code value}. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, 0);
    return sb.toString();
  }

  /** {@code write(parse(json))}. */
  public static String canonicalize(String json) {
    return write(parse(json));
  }

  /** The lower-case hex SHA-256 of the UTF-8 bytes of {@code canonical}. */
  public static String sha256Hex(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    return Merkle.hex(Merkle.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private static void write(Object value, StringBuilder sb, int depth) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      writeString(s, sb);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Number n) {
      sb.append(plain(toBigDecimal(n)));
    } else if (value instanceof Map<?, ?> map) {
      checkDepth(depth);
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("object keys must be strings, found " + e.getKey());
        }
        sorted.put(key, e.getValue());
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        writeString(e.getKey(), sb);
        sb.append(':');
        write(e.getValue(), sb, depth + 1);
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      checkDepth(depth);
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(list.get(i), sb, depth + 1);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getName() + " as JSON");
    }
  }

  private static void checkDepth(int depth) {
    if (depth >= MAX_DEPTH) {
      throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
    }
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      return new BigDecimal(Double.toString(d));
    }
    throw new IllegalArgumentException("cannot write " + n.getClass().getName() + " as JSON");
  }

  private static String plain(BigDecimal d) {
    if (digits(d) > MAX_DIGITS) {
      throw new IllegalArgumentException("number has more than " + MAX_DIGITS + " digits");
    }
    return d.toPlainString();
  }

  /** Digits in the plain form, computed without building it. */
  private static long digits(BigDecimal d) {
    long intDigits = (long) d.precision() - d.scale();
    return Math.max(intDigits, 1) + Math.max(d.scale(), 0);
  }

  private static void writeString(String s, StringBuilder sb) {
    sb.append('"');
    int plain = 0; // start of the run of characters copied as they are, not yet appended
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      sb.append(s, plain, i);
      plain = i + 1;
      if (c == '"') {
        sb.append("\\\"");
      } else if (c == '\\') {
        sb.append("\\\\");
      } else if (c < 0x20) {
        sb.append("\\u00")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 0xf, 16));
      } else {
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
            throw new IllegalArgumentException("unpaired surrogate at index " + i + " of a string");
          }
          sb.append(c).append(s.charAt(++i));
          plain = i + 1;
          continue;
        }
        throw new IllegalArgumentException("unpaired surrogate at index " + i + " of a string");
      }
    }
    sb.append(s, plain, s.length());
    sb.append('"');
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("invalid JSON at position " + pos + ": " + message);
    }

    void skipWhitespace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    Object value(int depth) {
      if (pos >= s.length()) {
        throw error("unexpected end of input");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object(depth + 1);
        case '[':
          return array(depth + 1);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, pos)) {
        throw error("expected " + word);
      }
      pos += word.length();
      return value;
    }

    private Map<String, Object> object(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw error("expected a string key");
        }
        int keyAt = pos;
        String key = string();
        if (map.containsKey(key)) {
          pos = keyAt;
          throw error("duplicate key \"" + key + "\"");
        }
        skipWhitespace();
        expect(':');
        skipWhitespace();
        map.put(key, value(depth));
        skipWhitespace();
        if (peek() == ',') {
          pos++;
        } else if (peek() == '}') {
          pos++;
          return map;
        } else {
          throw error("expected ',' or '}'");
        }
      }
    }

    private List<Object> array(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
      pos++;
      List<Object> list = new ArrayList<>();
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        skipWhitespace();
        list.add(value(depth));
        skipWhitespace();
        if (peek() == ',') {
          pos++;
        } else if (peek() == ']') {
          pos++;
          return list;
        } else {
          throw error("expected ',' or ']'");
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          break;
        }
        if (c < 0x20) {
          throw error("control character in a string must be escaped");
        }
        if (c == '\\') {
          pos++;
          sb.append(escape());
        } else {
          sb.append(c);
          pos++;
        }
      }
      String result = sb.toString();
      for (int i = 0; i < result.length(); i++) {
        char c = result.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < result.length()
            && Character.isLowSurrogate(result.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw error("string has an unpaired surrogate");
        }
      }
      return result;
    }

    private char escape() {
      if (pos >= s.length()) {
        throw error("unterminated escape");
      }
      char c = s.charAt(pos++);
      switch (c) {
        case '"':
          return '"';
        case '\\':
          return '\\';
        case '/':
          return '/';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
          if (pos + 4 > s.length()) {
            throw error("truncated \\u escape");
          }
          int v = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos), 16);
            if (d < 0 || s.charAt(pos) > 'f') {
              throw error("bad hex digit in \\u escape");
            }
            v = v * 16 + d;
            pos++;
          }
          return (char) v;
        default:
          pos--;
          throw error("unknown escape \\" + c);
      }
    }

    private BigDecimal number() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else if (isDigit(peek())) {
        while (isDigit(peek())) {
          pos++;
        }
      } else {
        throw error("expected a digit");
      }
      if (peek() == '.') {
        pos++;
        if (!isDigit(peek())) {
          throw error("expected a digit after the decimal point");
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!isDigit(peek())) {
          throw error("expected a digit in the exponent");
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      BigDecimal d;
      try {
        d = new BigDecimal(s.substring(start, pos));
      } catch (NumberFormatException | ArithmeticException e) {
        pos = start;
        throw error("number out of range");
      }
      if (digits(d) > MAX_DIGITS) {
        pos = start;
        throw error("number has more than " + MAX_DIGITS + " digits in plain form");
      }
      return d;
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private int peek() {
      return pos < s.length() ? s.charAt(pos) : -1;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }
  }
}
