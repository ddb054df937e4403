package org.opendisclosure.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The facet-dimension filters, and only they, go to the filter cache. */
class FilterCachingTest {
  private static final Query CATEGORY = new TermQuery(new Term(Fields.CATEGORY, "land"));
  private static final Query ORGAN = new TermQuery(new Term(Fields.ORGAN, "town-a"));
  private static final Query YEAR = IntPoint.newSetQuery(Fields.YEAR, 2021, 2022);

  @Test
  void dimensionFiltersAndTheirCombinationsAre() {
    BooleanQuery atLeastTwo = new BooleanQuery.Builder().add(CATEGORY, Occur.SHOULD).add(ORGAN, Occur.SHOULD)
        .add(YEAR, Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
    for (Query q : new Query[] {CATEGORY, ORGAN, YEAR, atLeastTwo}) {
      assertThat(FilterCaching.isDimensionFilter(q)).as("%s", q).isTrue();
    }
  }

  @Test
  void textDatesAmountsAndMixturesAreNot() {
    Query body = new TermQuery(new Term(Fields.BODY, "补偿"));
    Query mixed = new BooleanQuery.Builder().add(body, Occur.MUST).add(CATEGORY, Occur.FILTER).build();
    Query published = LongPoint.newRangeQuery(Fields.PUBLISHED, 0, 1_000);
    Query amount = LongPoint.newRangeQuery(Fields.AMOUNT, 0, 1_000);
    for (Query q : new Query[] {body, mixed, published, amount, new MatchAllDocsQuery()}) {
      assertThat(FilterCaching.isDimensionFilter(q)).as("%s", q).isFalse();
    }
  }
}
