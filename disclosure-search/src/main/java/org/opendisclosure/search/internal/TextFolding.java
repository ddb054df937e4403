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
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Character folding shared by indexing and querying: full-width → half-width, traditional →
 * simplified (a one-to-one table in {@code t2s.txt}), and quote marks removed so that
 * {@code “三公”经费} reads as {@code 三公经费}. Stateless and thread-safe.
 */
public final class TextFolding {
  private static final char[] T2S = loadTable();
  private static final NormalizeCharMap QUOTES = quotes();

  private TextFolding() {}

  /** Wraps {@code reader} with the folding char filters (width, quotes, traditional). */
  public static Reader fold(Reader reader) {
    return new TraditionalToSimplified(new MappingCharFilter(QUOTES, new CJKWidthCharFilter(reader)));
  }

  /** {@code text} through the same char filters as {@link #fold(Reader)} (the suggestion check). */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (Reader r = fold(new java.io.StringReader(text))) {
      for (int c = r.read(); c >= 0; c = r.read()) {
        out.append((char) c);
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

  private static NormalizeCharMap quotes() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (String quote : new String[] {"“", "”", "‘", "’", "「", "」", "『", "』", "\""}) {
      builder.add(quote, "");
    }
    return builder.build();
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

  /** Maps each character through the table; one char in, one char out, so offsets stay put. */
  private static final class TraditionalToSimplified extends CharFilter {
    TraditionalToSimplified(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = input.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        buffer[i] = T2S[buffer[i]];
      }
      return read;
    }

    @Override
    protected int correct(int currentOffset) {
      return currentOffset;
    }
  }
}
