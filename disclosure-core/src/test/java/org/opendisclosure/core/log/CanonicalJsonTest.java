package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

  @Test
  void keysAreSortedByUtf16CodeUnitsAndWhitespaceIsDropped() {
    String json = "{ \"b\": 1, \"a\": [ 2, { \"z\": true, \"y\": null } ], \"B\": \"x\",\n"
        + " \"aa\": false, \"\u00e9\": 4, \"\ue000\": 5, \"\ud83d\ude00\": 6 }";

    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+E000 in UTF-16.
    assertThat(CanonicalJson.canonicalize(json))
        .isEqualTo("{\"B\":\"x\",\"a\":[2,{\"y\":null,\"z\":true}],\"aa\":false,\"b\":1,"
            + "\"\u00e9\":4,\"\ud83d\ude00\":6,\"\ue000\":5}");
  }

  @Test
  void stringsEscapeOnlyQuoteBackslashAndControlCharacters() {
    String value = "a\"b\\c\n\t\u0000\u001f/\u007f\u2028\u00e9\u4e2d\ud83d\ude00";

    assertThat(CanonicalJson.write(value))
        .isEqualTo("\"a\\\"b\\\\c\\u000a\\u0009\\u0000\\u001f/\u007f\u2028\u00e9\u4e2d"
            + "\ud83d\ude00\"");
    assertThat(CanonicalJson.parse(CanonicalJson.write(value))).isEqualTo(value);
  }

  @Test
  void escapesInInputAreDecoded() {
    assertThat(CanonicalJson.parse("\"\\u00E9\\n\\/\\b\\f\\r\\t\\\"\\\\\\ud83d\\ude00\""))
        .isEqualTo("\u00e9\n/\b\f\r\t\"\\\ud83d\ude00");
    assertThat(CanonicalJson.canonicalize("\"\\u4e2d\\u000A\"")).isEqualTo("\"\u4e2d\\u000a\"");
  }

  @Test
  void numbersArePlainAndKeepTheirScale() {
    assertThat(CanonicalJson.canonicalize("1.50")).isEqualTo("1.50");
    assertThat(CanonicalJson.canonicalize("1E+3")).isEqualTo("1000");
    assertThat(CanonicalJson.canonicalize("1e3")).isEqualTo("1000");
    assertThat(CanonicalJson.canonicalize("-12.0E1")).isEqualTo("-120");
    assertThat(CanonicalJson.canonicalize("1.5e-3")).isEqualTo("0.0015");
    assertThat(CanonicalJson.canonicalize("-0")).isEqualTo("0");
    assertThat(CanonicalJson.canonicalize("0.0")).isEqualTo("0.0");
    assertThat(CanonicalJson.canonicalize("0E+3")).isEqualTo("0");
    assertThat(CanonicalJson.canonicalize("123456789012345678901234567890.123"))
        .isEqualTo("123456789012345678901234567890.123");
    assertThat(CanonicalJson.parse("1.50")).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void javaNumbersAreWrittenTheSameWay() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("int", 7);
    map.put("long", -9_000_000_000L);
    map.put("big", new BigInteger("123456789012345678901234567890"));
    map.put("double", 0.1);
    map.put("decimal", new BigDecimal("2.50"));

    assertThat(CanonicalJson.write(map))
        .isEqualTo("{\"big\":123456789012345678901234567890,\"decimal\":2.50,\"double\":0.1,"
            + "\"int\":7,\"long\":-9000000000}");
    assertThatThrownBy(() -> CanonicalJson.write(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersWithHugePlainFormsAreRefused() {
    assertThat(CanonicalJson.canonicalize("1e999")).hasSize(1000);
    assertThatThrownBy(() -> CanonicalJson.parse("[1e1000]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 1")
        .hasMessageContaining("digits");
    assertThatThrownBy(() -> CanonicalJson.parse("1e-1000000000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.parse("1e99999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void parseReturnsDocumentOrderMapsListsDecimalsBooleansAndNull() {
    Object value = CanonicalJson.parse("{\"z\":[1,true,null,\"s\"],\"a\":{}}");

    assertThat(value).isInstanceOf(LinkedHashMap.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    assertThat(map.keySet()).containsExactly("z", "a");
    assertThat(map.get("z")).isEqualTo(Arrays.asList(BigDecimal.ONE, Boolean.TRUE, null, "s"));
    assertThat(map.get("a")).isEqualTo(Map.of());
    assertThat(CanonicalJson.parse(" null ")).isNull();
  }

  @Test
  void nestingIsLimitedTo100() {
    String ok = "[".repeat(100) + "]".repeat(100);
    String tooDeep = "[".repeat(101) + "]".repeat(101);
    String deepObjects = "{\"a\":".repeat(101) + "1" + "}".repeat(101);

    assertThat(CanonicalJson.canonicalize(ok)).isEqualTo(ok);
    assertThatThrownBy(() -> CanonicalJson.parse(tooDeep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 100")
        .hasMessageContaining("deeper than 100");
    assertThatThrownBy(() -> CanonicalJson.parse(deepObjects))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than 100");

    Object deep = List.of();
    for (int i = 0; i < 100; i++) {
      deep = List.of(deep);
    }
    Object tooDeepValue = deep;
    assertThatThrownBy(() -> CanonicalJson.write(tooDeepValue))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than 100");
  }

  @Test
  void duplicateKeysAreRefusedAtTheirPosition() {
    assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1,\"b\":2,\"a\":3}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid JSON at position 13: duplicate key \"a\"");
    assertThatThrownBy(() -> CanonicalJson.parse("{\"\\u0061\":1,\"a\":2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate key");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "{} x", "{}{}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "{a:1}",
      "01", "1.", ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "Infinity", "tru", "nul",
      "'a'", "\"a", "\"\t\"", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\ud800\"",
      "\"\\udc00\\ud800\"", "[1 2]", "[\"a\" \"b\"]", "\u00a0[]", "[1]]",
      "\"\\u\uff11\uff12\uff13\uff14\""
  })
  void malformedJsonIsRefused(String json) {
    assertThatThrownBy(() -> CanonicalJson.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid JSON at position ");
  }

  @Test
  void errorsNameThePosition() {
    assertThatThrownBy(() -> CanonicalJson.parse("[1,,2]"))
        .hasMessage("invalid JSON at position 3: unexpected character ','");
    assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1} x"))
        .hasMessage("invalid JSON at position 8: unexpected content after the JSON value");
  }

  @Test
  void writeRefusesWhatJsonCannotHold() {
    assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys must be strings");
    assertThatThrownBy(() -> CanonicalJson.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write java.lang.Object");
    assertThatThrownBy(() -> CanonicalJson.write("\ud800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
  }

  @Test
  void canonicalFormsRoundTripAndCanonicalizingIsIdempotent() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      Object value = randomValue(random, 0);
      String canonical = CanonicalJson.write(value);

      assertThat(CanonicalJson.parse(canonical)).isEqualTo(normalise(value));
      assertThat(CanonicalJson.canonicalize(canonical)).isEqualTo(canonical);
      assertThat(CanonicalJson.canonicalize(pretty(value, random))).isEqualTo(canonical);
    }
  }

  @Test
  void sha256HexIsOfTheUtf8Bytes() {
    // Computed with Python's hashlib.
    assertThat(CanonicalJson.sha256Hex(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(CanonicalJson.sha256Hex(CanonicalJson.canonicalize("{ \"a\" : 1 }")))
        .isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    assertThat(CanonicalJson.sha256Hex(CanonicalJson.canonicalize(
            "{\"title\":\"\u5173\u4e8e2026\u5e74\u4e09\u516c\u7ecf\u8d39\u7684\u8bf4\u660e\","
                + "\"n\":1.50}")))
        .isEqualTo("c4de1beb14223555031bf7a7230b2af298cbc0a2b087de1f23416e910e4c63da");
  }

  /** A random JSON value of the types {@link CanonicalJson#parse} returns. */
  static Object randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 5 : 7);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return randomString(random);
      case 3:
        return new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(12) - 4);
      case 4:
        return BigDecimal.valueOf(random.nextInt(1000) - 500);
      case 5: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(random, depth + 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          map.put(randomString(random), randomValue(random, depth + 1));
        }
        return map;
      }
    }
  }

  private static String randomString(Random random) {
    char[] pool = "aZ09 \"\\/\n\t\u0000\u001f\u007f\u00e9\u4e2d\u2028{}[],:".toCharArray();
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      if (random.nextInt(10) == 0) {
        sb.append("\ud83d\ude00");
      } else {
        sb.append(pool[random.nextInt(pool.length)]);
      }
    }
    return sb.toString();
  }

  /** The value as parse returns it: numbers compared as written (scale kept). */
  private static Object normalise(Object value) {
    if (value instanceof BigDecimal d) {
      return new BigDecimal(d.toPlainString());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalJsonTest::normalise).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, normalise(v)));
      return copy;
    }
    return value;
  }

  /** The value written with random whitespace, unsorted keys and escapes. */
  private static String pretty(Object value, Random random) {
    String ws = Arrays.asList(" ", "\n", "\t", "\r\n", "").get(random.nextInt(5));
    if (value instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{" + ws);
      String sep = "";
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      Collections.shuffle(entries, random);
      for (Map.Entry<?, ?> e : entries) {
        sb.append(sep).append(pretty(e.getKey(), random)).append(ws).append(':')
            .append(pretty(e.getValue(), random));
        sep = "," + ws;
      }
      return sb.append(ws).append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[" + ws);
      String sep = "";
      for (Object element : list) {
        sb.append(sep).append(pretty(element, random));
        sep = ws + "," + ws;
      }
      return sb.append(']').toString();
    }
    if (value instanceof String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\' || c < 0x20 || random.nextInt(4) == 0) {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
    if (value instanceof BigDecimal d) {
      return random.nextBoolean() ? d.toString() : d.toEngineeringString();
    }
    return String.valueOf(value);
  }
}
