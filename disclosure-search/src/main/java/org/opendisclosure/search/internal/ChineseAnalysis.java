package org.opendisclosure.search.internal;

import java.io.Reader;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers. Text is folded ({@link TextFolding}), split by {@link StandardTokenizer} (one
 * token per Han character, words for Latin and digits), lower-cased, and Han runs become
 * overlapping bigrams with every single character kept as well: bigrams give precise phrase
 * matches without a dictionary (a dictionary segmenter misses 杭州 inside 杭州市), the single
 * characters let a one-character query (村) match. Thread-safe (Lucene analyzers are).
 */
public final class ChineseAnalysis {
  private ChineseAnalysis() {}

  /** The analyzer of the title and body fields, used for indexing and for queries. */
  public static Analyzer text() {
    return text(TextFolding::fold);
  }

  /** The same chain with {@code folding} as its char filters (a test compares two foldings). */
  static Analyzer text(UnaryOperator<Reader> folding) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return folding.apply(reader);
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return folding.apply(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
