package org.opendisclosure.search.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.opendisclosure.search.SearchDocument;

/**
 * Every field of the index, each with the reason for its type, and the mapping from a {@link
 * SearchDocument}. Stateless and thread-safe.
 */
public final class Fields {
  /** StringField, stored: the update/delete key and the hit's id. */
  public static final String ID = "id";
  /** SortedDocValuesField: the tie-breaker that makes every sort total, so cursors are exact. */
  public static final String ID_SORT = "id_sort";
  /** StoredField: only returned, never searched. */
  public static final String REVISION = "revision";
  /**
   * Analysed text with offsets in the postings (highlighting without re-analysis), stored; title
   * suggestions are looked up in its postings ({@link Suggestions}).
   */
  public static final String TITLE = "title";
  /** Analysed text with offsets in the postings, stored for the snippets. */
  public static final String BODY = "body";
  /** StoredField: the 索引号 as published, for display. */
  public static final String INDEX_NUMBER = "index_number";
  /** StringField: the normalised 索引号 ({@link Keys}) for exact lookup. */
  public static final String INDEX_NUMBER_KEY = "index_number_key";
  /** StoredField: the 文号 as published, for display. */
  public static final String DOCUMENT_NUMBER = "document_number";
  /** StringField: the normalised 文号 for exact lookup. */
  public static final String DOCUMENT_NUMBER_KEY = "document_number_key";
  /** StringField, multi-valued (own code + ancestors): "organ with its descendants" filter. */
  public static final String ORGAN = "organ";
  /** StoredField: display only. */
  public static final String ORGAN_CODE = "organ_code";

  public static final String ORGAN_NAME = "organ_name";
  /** StringField, multi-valued (own code + ancestors): "category with subcategories" filter. */
  public static final String CATEGORY = "category";
  /** StoredField: display only. */
  public static final String CATEGORY_CODE = "category_code";

  public static final String CATEGORY_NAME = "category_name";
  /** IntPoint for the year filter, StoredField for display. */
  public static final String YEAR = "year";
  /** LongPoint (epoch ms) for the date-range filter, NumericDocValues for the date sort, stored. */
  public static final String PUBLISHED = "published";
  /** LongPoint in fen (分, exact integers, no double) for the amount-range filter. */
  public static final String AMOUNT = "amount";
  /** StoredField: the amount's exact decimal text in 元, for display. */
  public static final String AMOUNT_TEXT = "amount_text";
  /** LongPoint (epoch day) for the window-open filter, stored. */
  public static final String WINDOW_START = "window_start";

  public static final String WINDOW_END = "window_end";
  /** Facet dimensions, as SortedSetDocValues facets (no taxonomy index to keep in step). */
  public static final String FACET_CATEGORY = "category";

  public static final String FACET_ORGAN = "organ";
  public static final String FACET_YEAR = "year";
  /** Every facet dimension, in the order search results list them. */
  public static final List<String> FACET_DIMENSIONS = List.of(FACET_CATEGORY, FACET_ORGAN, FACET_YEAR);

  /**
   * The layout of the index this code writes and reads, kept in the commit user data. 1 (never
   * written, implied by its absence): every facet dimension in Lucene's shared {@code $facets}
   * field. 2: one facet field per dimension ({@link #facetField}).
   */
  public static final int LAYOUT_VERSION = 2;

  /** Analysed, positions and offsets indexed, stored. */
  private static final FieldType TEXT = textType();

  private Fields() {}

  /**
   * The facet configuration: each dimension in a doc-values field of its own ({@link #facetField}),
   * so counting one dimension reads only its ordinals, and no drill-down terms; category and organ
   * are multi-valued (own value + ancestors), year has one value per document.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACET_DIMENSIONS) {
      config.setIndexFieldName(dim, facetField(dim));
      // Filters are our own StringFields (CATEGORY, ORGAN, YEAR); Lucene's drill-down terms would
      // only add postings nothing reads.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    config.setMultiValued(FACET_CATEGORY, true);
    config.setMultiValued(FACET_ORGAN, true);
    return config;
  }

  /** The index field of facet dimension {@code dim}: {@code $facets_} and the dimension. */
  public static String facetField(String dim) {
    return FacetsConfig.DEFAULT_INDEX_FIELD_NAME + "_" + dim;
  }

  /** The Lucene document for {@code doc}, before {@link FacetsConfig#build}. */
  public static Document toDocument(SearchDocument doc) {
    Document d = new Document();
    String id = doc.id().value();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(ID_SORT, new BytesRef(id)));
    d.add(new StoredField(REVISION, doc.revision()));
    d.add(new Field(TITLE, doc.title(), TEXT));
    d.add(new Field(BODY, doc.body(), TEXT));
    d.add(new StoredField(INDEX_NUMBER, doc.indexNumber()));
    d.add(new StringField(INDEX_NUMBER_KEY, Keys.normalize(doc.indexNumber()), Field.Store.NO));
    if (doc.documentNumber() != null) {
      d.add(new StoredField(DOCUMENT_NUMBER, doc.documentNumber()));
      d.add(new StringField(DOCUMENT_NUMBER_KEY, Keys.normalize(doc.documentNumber()), Field.Store.NO));
    }
    addHierarchy(d, ORGAN, FACET_ORGAN, doc.organCode(), doc.organAncestors());
    d.add(new StoredField(ORGAN_CODE, doc.organCode()));
    d.add(new StoredField(ORGAN_NAME, doc.organName()));
    addHierarchy(d, CATEGORY, FACET_CATEGORY, doc.categoryCode(), doc.categoryAncestors());
    d.add(new StoredField(CATEGORY_CODE, doc.categoryCode()));
    d.add(new StoredField(CATEGORY_NAME, doc.categoryName()));
    d.add(new IntPoint(YEAR, doc.year()));
    d.add(new StoredField(YEAR, doc.year()));
    d.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(doc.year())));
    long published = doc.publishedAt().toEpochMilli();
    d.add(new LongPoint(PUBLISHED, published));
    d.add(new NumericDocValuesField(PUBLISHED, published));
    d.add(new StoredField(PUBLISHED, published));
    if (doc.amount() != null) {
      d.add(new LongPoint(AMOUNT, toFen(doc.amount(), RoundingMode.UNNECESSARY)));
      d.add(new StoredField(AMOUNT_TEXT, doc.amount().toPlainString()));
    }
    if (doc.windowStart() != null) {
      d.add(new LongPoint(WINDOW_START, doc.windowStart().toEpochDay()));
      d.add(new StoredField(WINDOW_START, doc.windowStart().toEpochDay()));
      d.add(new LongPoint(WINDOW_END, doc.windowEnd().toEpochDay()));
      d.add(new StoredField(WINDOW_END, doc.windowEnd().toEpochDay()));
    }
    return d;
  }

  /** An amount in 元 as whole fen, rounded as asked (UNNECESSARY for stored amounts). */
  public static long toFen(BigDecimal yuan, RoundingMode rounding) {
    return yuan.movePointRight(2).setScale(0, rounding).longValueExact();
  }

  /** The epoch day of {@code date}, for the window fields. */
  public static long epochDay(LocalDate date) {
    return date.toEpochDay();
  }

  private static void addHierarchy(Document d, String field, String dim, String code, List<String> ancestors) {
    d.add(new StringField(field, code, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(dim, code));
    for (String ancestor : ancestors) {
      if (!ancestor.equals(code)) {
        d.add(new StringField(field, ancestor, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(dim, ancestor));
      }
    }
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
