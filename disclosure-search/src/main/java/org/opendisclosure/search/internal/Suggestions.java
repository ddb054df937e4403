package org.opendisclosure.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Title suggestions from the title's own postings, with no completion field to index: the
 * candidates are the titles holding every term of the typed prefix (its characters and bigrams;
 * a Latin or digit word still being typed as a prefix of a term), and a candidate is suggested
 * when its folded title has the folded prefix at the start of a word (any Han character, or the
 * start of a run of Latin letters or digits). Stateless and thread-safe.
 */
public final class Suggestions {
  private Suggestions() {}

  /** {@code text} folded and lower-cased as the title is for matching. */
  public static String fold(String text) {
    return TextFolding.fold(text).toLowerCase(Locale.ROOT);
  }

  /**
   * The query whose hits include every title that has {@code folded} (from {@link #fold}) at a
   * word start; null when the prefix has no searchable term (punctuation only).
   */
  public static Query candidates(Analyzer analyzer, String folded) {
    Set<Query> clauses = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, folded)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        // a Latin or digit word that reaches the end of the prefix may still be being typed
        boolean typing = offset.endOffset() == folded.length() && !han(t.charAt(t.length() - 1));
        Term key = new Term(Fields.TITLE, t);
        clauses.add(typing ? new PrefixQuery(key) : new TermQuery(key));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a prefix in memory failed", e);
    }
    if (clauses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    clauses.forEach(q -> all.add(q, Occur.FILTER));
    return all.build();
  }

  /** Whether {@code title} (folded) has {@code prefix} (folded) at the start of a word. */
  public static boolean startsAWord(String title, String prefix) {
    for (int i = title.indexOf(prefix); i >= 0; i = title.indexOf(prefix, i + 1)) {
      if (wordStart(title, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordStart(String s, int i) {
    char c = s.charAt(i);
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    return han(c) || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || han(s.charAt(i - 1));
  }

  private static boolean han(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
