package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.ItemId;

/**
 * Random documents in several segments (some replaced, so some deleted), random queries with up to
 * three facet filters and an amount filter: every facet count, the total and the hits must equal
 * what counting the documents one by one gives (each dimension counted with every filter but its
 * own).
 */
class FacetCountsAgainstBruteForceTest {
  private static final String[] WORDS = {"低保", "预算", "公示", "征地", "补偿", "采购", "决算", "任前"};
  private static final String[][] CATEGORIES = {
      {"budget", "finance"}, {"final-accounts", "finance"}, {"three-public-expenses", "finance"},
      {"social-assistance", "livelihood"}, {"land-compensation", "land"}, {"procurement-award", "procurement"}};
  private static final String[][] ORGANS = {
      {"county"}, {"town-a", "county"}, {"town-b", "county"}, {"village-a1", "town-a", "county"},
      {"village-a2", "town-a", "county"}, {"village-b1", "town-b", "county"}};
  private static final int[] YEARS = {2022, 2023, 2024, 2025, 2026};

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final Map<Long, Model> live = new HashMap<>();
  private DisclosureIndex index;

  /** What the test knows about one indexed document. */
  private record Model(long n, String text, String category, List<String> categoryPath, String organ,
      List<String> organPath, int year, long amountYuan) {}

  @BeforeEach
  void open() {
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
    Random random = new Random(20261128);
    for (int i = 0; i < 600; i++) {
      // a quarter of the writes replace an earlier document, leaving deleted ones behind
      long n = i > 50 && random.nextInt(4) == 0 ? 1 + random.nextInt(i) : 1000 + i;
      String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      String[] organ = ORGANS[random.nextInt(ORGANS.length)];
      int year = YEARS[random.nextInt(YEARS.length)];
      StringBuilder body = new StringBuilder("关于");
      for (int w = 0; w < 3; w++) {
        body.append(WORDS[random.nextInt(WORDS.length)]).append("的说明。");
      }
      long amount = 1000L * (1 + random.nextInt(100));
      Model m = new Model(n, "公开事项" + n + body, category[0], List.of(category), organ[0], List.of(organ), year, amount);
      live.put(n, m);
      index.upsert(TestDocs.doc(n, "公开事项" + n, body.toString())
          .category(category[0], category[0], List.of(category).subList(1, category.length))
          .organ(organ[0], organ[0], List.of(organ).subList(1, organ.length))
          .year(year)
          .amount(BigDecimal.valueOf(amount))
          .publishedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i))
          .build());
      if (i % 97 == 0) {
        index.refresh(); // several segments
      }
    }
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    directory.close();
  }

  @Test
  void facetCountsTotalsAndHitsEqualACountDocumentByDocument() {
    Random random = new Random(7);
    for (int q = 0; q < 300; q++) {
      String word = random.nextInt(4) == 0 ? null : WORDS[random.nextInt(WORDS.length)];
      Set<String> categories = pick(random, CATEGORIES, a -> a[random.nextInt(a.length)]);
      Set<String> organs = pick(random, ORGANS, a -> a[0]);
      Set<Integer> years = new HashSet<>();
      if (random.nextBoolean()) {
        years.add(YEARS[random.nextInt(YEARS.length)]);
        if (random.nextBoolean()) {
          years.add(YEARS[random.nextInt(YEARS.length)]);
        }
      }
      Long minAmount = random.nextInt(3) == 0 ? 1000L * (1 + random.nextInt(100)) : null;
      SearchQuery.Builder b = SearchQuery.builder().facets(true).pageSize(1 + random.nextInt(20))
          .sort(random.nextBoolean() ? SearchSort.RELEVANCE : SearchSort.DATE);
      if (word != null) {
        b.text(word);
      }
      categories.forEach(b::category);
      organs.forEach(b::organ);
      years.forEach(b::year);
      if (minAmount != null) {
        b.amount(BigDecimal.valueOf(minAmount), null);
      }
      SearchQuery query = b.build();
      String described = query.toString();

      SearchResults results = index.search(query);
      List<Model> matching = live.values().stream()
          .filter(m -> matches(m, word, categories, organs, years, minAmount, null)).toList();
      assertThat(results.totalHits()).as(described).isEqualTo(matching.size());
      assertThat(results.totalExact()).as(described).isTrue();
      assertThat(counts(results, SearchResults.CATEGORY)).as("categories of %s", described).isEqualTo(
          expected(word, categories, organs, years, minAmount, "category", Model::categoryPath));
      assertThat(counts(results, SearchResults.ORGAN)).as("organs of %s", described).isEqualTo(
          expected(word, categories, organs, years, minAmount, "organ", Model::organPath));
      assertThat(counts(results, SearchResults.YEAR)).as("years of %s", described).isEqualTo(
          expected(word, categories, organs, years, minAmount, "year", m -> List.of(Integer.toString(m.year()))));
      // every page together holds each matching document once
      List<ItemId> all = TestDocs.allIds(index, query);
      assertThat(all).as(described).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(matching.stream().map(m -> TestDocs.id(m.n())).toList());
    }
  }

  private Map<String, Long> expected(String word, Set<String> categories, Set<String> organs, Set<Integer> years,
      Long minAmount, String without, Function<Model, List<String>> values) {
    Map<String, Long> counts = new TreeMap<>();
    for (Model m : live.values()) {
      if (matches(m, word, categories, organs, years, minAmount, without)) {
        values.apply(m).forEach(v -> counts.merge(v, 1L, Long::sum));
      }
    }
    return counts;
  }

  private static boolean matches(Model m, String word, Set<String> categories, Set<String> organs,
      Set<Integer> years, Long minAmount, String without) {
    return (word == null || m.text().contains(word))
        && ("category".equals(without) || categories.isEmpty() || m.categoryPath().stream().anyMatch(categories::contains))
        && ("organ".equals(without) || organs.isEmpty() || m.organPath().stream().anyMatch(organs::contains))
        && ("year".equals(without) || years.isEmpty() || years.contains(m.year()))
        && (minAmount == null || m.amountYuan() >= minAmount);
  }

  private static Set<String> pick(Random random, String[][] from, Function<String[], String> value) {
    Set<String> out = new HashSet<>();
    int count = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      out.add(value.apply(from[random.nextInt(from.length)]));
    }
    return out;
  }

  private static Map<String, Long> counts(SearchResults r, String dim) {
    return new TreeMap<>(r.facet(dim).stream()
        .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count)));
  }
}
