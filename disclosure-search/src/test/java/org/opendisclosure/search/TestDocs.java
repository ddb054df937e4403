package org.opendisclosure.search;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.model.ItemId;

/** Small documents and ids for tests. */
final class TestDocs {
  static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T04:00:00Z"), ZoneOffset.UTC);
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private TestDocs() {}

  /** A valid, deterministic item id for {@code n}. */
  static ItemId id(long n) {
    char[] out = new char[26];
    java.util.Arrays.fill(out, '0');
    out[0] = '0';
    long v = n;
    for (int i = 25; i > 0 && v > 0; i--) {
      out[i] = ALPHABET[(int) (v & 31)];
      v >>>= 5;
    }
    return new ItemId(new String(out));
  }

  /** A document in category {@code regulations} of organ {@code county-gov}. */
  static SearchDocument.Builder doc(long n, String title, String body) {
    return SearchDocument.builder(id(n))
        .indexNumber("11330100MB/2026-" + String.format("%05d", n))
        .title(title)
        .body(body)
        .organ("county-gov", "红岭县人民政府", List.of())
        .category("regulations", "行政法规、规章和规范性文件", List.of())
        .publishedAt(T0.plusSeconds(3600 * n))
        .year(2026);
  }

  static SearchDocument simple(long n, String title, String body) {
    return doc(n, title, body).build();
  }

  /** The ids of every hit of {@code query}, following the cursor to the end. */
  static List<ItemId> allIds(DisclosureIndex index, SearchQuery query) {
    List<ItemId> ids = new ArrayList<>();
    SearchQuery q = query;
    for (int page = 0; page < 1000; page++) {
      SearchResults r = index.search(q);
      r.hits().forEach(h -> ids.add(h.id()));
      if (r.nextCursor() == null) {
        return ids;
      }
      q = q.withCursor(r.nextCursor());
    }
    throw new AssertionError("too many pages");
  }

  static List<ItemId> ids(DisclosureIndex index, String text) {
    return allIds(index, SearchQuery.builder().text(text).pageSize(100).build());
  }

  static BigDecimal yuan(String s) {
    return new BigDecimal(s);
  }

  static LocalDate date(String s) {
    return LocalDate.parse(s);
  }
}
