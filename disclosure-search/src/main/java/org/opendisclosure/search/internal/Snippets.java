package org.opendisclosure.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Title and body snippets with {@link UnifiedHighlighter}: the stored text is HTML-escaped and
 * the matches wrapped in {@code <mark>}; the title is shown whole, the body as up to two passages
 * (its start when nothing in it matched). Thread-safe: a highlighter is made per call.
 */
public final class Snippets {
  private static final String[] FIELDS = {Fields.TITLE, Fields.BODY};
  private static final int BODY_PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 120;
  private static final PassageScorer SCORER = new LeanPassageScorer();

  private Snippets() {}

  /** The snippets of {@code docIds}: {@code [i][0]} title, {@code [i][1]} body. */
  public static String[][] highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
        .withHandleMultiTermQuery(false)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(SearchLimits.MAX_HIGHLIGHT_LENGTH)
        .withScorer(SCORER);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        return Fields.TITLE.equals(field) ? new WholeBreakIterator() : new SentenceBreaks(PASSAGE_LENGTH);
      }
    };
    try {
      Map<String, String[]> out = highlighter.highlightFields(FIELDS, query, docIds, new int[] {1, BODY_PASSAGES});
      String[][] result = new String[docIds.length][2];
      for (int i = 0; i < docIds.length; i++) {
        result[i][0] = nonNull(out.get(Fields.TITLE)[i]);
        result[i][1] = nonNull(out.get(Fields.BODY)[i]);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * Lucene's passage score (BM25 over the passage's matched terms, times the position norm) with
   * the same arithmetic in the same order, without the {@code BytesRefHash} the default builds for
   * every candidate passage: its 32 KB block was an eighth of everything a search page allocated.
   * A passage has few matches, so its distinct terms are found by a linear scan.
   */
  static final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[matches];
      int[] inPassage = new int[matches];
      int[] inDoc = new int[matches];
      int size = 0;
      for (int i = 0; i < matches; i++) {
        int k = 0;
        while (k < size && !distinct[k].bytesEquals(terms[i])) {
          k++;
        }
        if (k == size) {
          distinct[size] = terms[i];
          inDoc[size] = freqsInDoc[i];
          size++;
        }
        inPassage[k]++;
      }
      double score = 0d;
      for (int k = 0; k < size; k++) {
        score += tf(inPassage[k], passage.getLength()) * weight(contentLength, inDoc[k]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }
}
