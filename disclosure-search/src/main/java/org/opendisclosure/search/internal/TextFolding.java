package org.opendisclosure.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Character folding shared by indexing and querying: full-width → half-width, traditional →
 * simplified (a one-to-one table in {@code t2s.txt}), and quote marks removed so that
 * {@code “三公”经费} reads as {@code 三公经费}. Stateless and thread-safe.
 */
public final class TextFolding {
  private static final char[] T2S = loadTable();
  /** The quote marks folding removes, after width folding (so {@code ＂} goes too). */
  static final String QUOTE_MARKS = "“”‘’「」『』\"";
  private static final boolean[] QUOTE = quoteTable();

  private TextFolding() {}

  /**
   * Wraps {@code reader} with the folding char filters: width ({@link CJKWidthCharFilter}), then
   * quote marks removed and traditional → simplified in one pass over whole buffers.
   */
  public static Reader fold(Reader reader) {
    return new QuotesAndTraditional(new CJKWidthCharFilter(reader));
  }

  /** {@code text} through the same char filters as {@link #fold(Reader)} (the suggestion check). */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char[] buffer = new char[Math.max(16, Math.min(text.length(), 4096))];
    try (Reader r = fold(new java.io.StringReader(text))) {
      for (int n = r.read(buffer, 0, buffer.length); n >= 0; n = r.read(buffer, 0, buffer.length)) {
        out.append(buffer, 0, n);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The simplified form of one character (itself when it has none). */
  public static char simplify(char c) {
    return T2S[c];
  }

  /**
   * Folds a short string for key comparison: NFKC (width), traditional → simplified, lower case.
   */
  public static String foldKey(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    char[] chars = nfkc.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = T2S[chars[i]];
    }
    return new String(chars).toLowerCase(Locale.ROOT);
  }

  private static boolean[] quoteTable() {
    boolean[] table = new boolean[Character.MAX_VALUE + 1];
    for (char quote : QUOTE_MARKS.toCharArray()) {
      table[quote] = true;
    }
    return table;
  }

  private static char[] loadTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    try (InputStream in = TextFolding.class.getResourceAsStream("t2s.txt")) {
      if (in == null) {
        throw new IllegalStateException("t2s.txt is missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.length() == 3 && line.charAt(1) == ' ') {
          table[line.charAt(0)] = line.charAt(2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /**
   * Deletes the quote marks and maps every other character through the table, a buffer at a time
   * (Lucene's {@code MappingCharFilter}, which did the deleting before, looks each character up on
   * its own). A deleted character moves
   * the rest of the text one place closer to the start; the offset correction recorded for it is
   * the one {@code MappingCharFilter} records for a character mapped to nothing, so tokens keep
   * the offsets they had.
   */
  private static final class QuotesAndTraditional extends BaseCharFilter {
    /** Characters read from the input so far (the input offset after the last one). */
    private int consumed;

    QuotesAndTraditional(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (true) {
        int read = input.read(buffer, offset, length);
        if (read < 0) {
          return -1;
        }
        int out = offset;
        for (int i = offset; i < offset + read; i++) {
          char c = buffer[i];
          consumed++;
          if (QUOTE[c]) {
            int diff = getLastCumulativeDiff();
            addOffCorrectMap(consumed - 1 - diff, diff + 1);
          } else {
            buffer[out++] = T2S[c];
          }
        }
        if (out > offset || read == 0) {
          return out - offset; // a read of nothing but quote marks reads on
        }
      }
    }

    private final char[] one = new char[1];

    @Override
    public int read() throws IOException {
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }
  }
}
