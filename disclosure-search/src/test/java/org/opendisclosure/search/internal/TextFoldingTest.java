package org.opendisclosure.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The folding deletes quote marks and maps traditional characters in one pass; it must give every
 * token, position and offset (the highlighter reads offsets from the postings) that the chain it
 * replaced gave: width, Lucene's {@link MappingCharFilter} deleting the quotes, then the table.
 */
class TextFoldingTest {
  /** Characters that exercise every step: quotes (also full-width), width, kana marks, traditional. */
  private static final String ALPHABET = "“”‘’「」『』\"＂＇'三公经费關於補償說明鄉镇ＡＢａ１２ab12 ，。（）ｶｷﾞﾟｳﾞカ゛ﾞ-/\n\t";

  private static Analyzer before() {
    return ChineseAnalysis.text(reader -> new Table(new MappingCharFilter(quotes(), new CJKWidthCharFilter(reader))));
  }

  private static NormalizeCharMap quotes() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (char quote : TextFolding.QUOTE_MARKS.toCharArray()) {
      builder.add(String.valueOf(quote), "");
    }
    return builder.build();
  }

  /** The table as a char filter of its own, as before. */
  private static final class Table extends CharFilter {
    Table(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = input.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        buffer[i] = TextFolding.simplify(buffer[i]);
      }
      return read;
    }

    @Override
    protected int correct(int currentOffset) {
      return currentOffset;
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offsets.startOffset() + "-" + offsets.endOffset() + " +" + inc.getPositionIncrement());
      }
      ts.end();
      out.add("end " + offsets.endOffset());
    }
    return out;
  }

  @Test
  void quotesGoAndTokensKeepTheOffsetsOfTheOriginalText() throws IOException {
    String text = "“三公”经费關於「補償」";
    List<String> tokens = tokens(ChineseAnalysis.text(), text);
    // A token starts at its first character; like Lucene's MappingCharFilter, its end takes in a
    // quote mark that was deleted right after it.
    assertThat(tokens).contains("三公 1-4 +0", "公经 2-5 +0", "经费 4-6 +0", "关于 6-9 +0", "补偿 9-12 +0", "end 12");
    for (String t : tokens) {
      if (!t.startsWith("end")) {
        String[] range = t.split(" ")[1].split("-");
        String original = text.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
        assertThat(original).as("the text under %s", t).doesNotStartWith("“").doesNotStartWith("「");
      }
    }
    assertThat(TextFolding.fold("“三公”经费關於「補償」＂说明＂")).isEqualTo("三公经费关于补偿说明");
  }

  @Test
  void everyTokenAndOffsetEqualsThoseOfTheChainItReplaced() throws IOException {
    Analyzer before = before();
    Analyzer after = ChineseAnalysis.text();
    Random random = new Random(20_261_128L);
    for (int i = 0; i < 20_000; i++) {
      // Mostly short texts; some longer than a tokenizer's read, so reads end mid-text and inside runs of quotes.
      int length = i % 50 == 0 ? 3_000 + random.nextInt(9_000) : random.nextInt(40);
      StringBuilder text = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      assertThat(tokens(after, s)).as("tokens of %s", s).isEqualTo(tokens(before, s));
      assertThat(TextFolding.fold(s)).isEqualTo(foldBefore(s));
    }
    String quotesOnly = "“”".repeat(5_000) + "三公" + "「」".repeat(5_000);
    assertThat(tokens(after, quotesOnly)).isEqualTo(tokens(before, quotesOnly));
  }

  private static String foldBefore(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new Table(new MappingCharFilter(quotes(), new CJKWidthCharFilter(new StringReader(text))))) {
      for (int c = r.read(); c >= 0; c = r.read()) {
        out.append((char) c);
      }
    }
    return out.toString();
  }
}
