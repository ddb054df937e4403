package org.opendisclosure.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.internal.Fields;

/**
 * The recall check: substrings of 1 to 6 characters cut from random notices, typed as a citizen
 * would (no quotes), must find every document that contains them. The truth is computed by plain
 * {@code String} search over every {@code stride}-th notice of the corpus; each of those documents
 * must match the query {@code DisclosureIndex} runs for the text, and {@code DisclosureIndex} must
 * count exactly as many hits as raw Lucene does for that query over the whole index.
 */
public final class Recall {
  private Recall() {}

  /** Pairs (query, containing document) checked, how many were found, and queries whose counts agreed. */
  public record Result(int queries, long pairs, long found, int countsAgreeing, List<String> misses) {
    public double recall() {
      return pairs == 0 ? 1 : (double) found / pairs;
    }
  }

  public static Result check(Corpus corpus, DisclosureIndex ours, RawLucene raw, int queries, int stride)
      throws IOException {
    Random random = new Random(7);
    List<String> subs = new ArrayList<>();
    while (subs.size() < queries) {
      Notice n = corpus.notice(random.nextInt(corpus.size()));
      String text = random.nextBoolean() ? n.title() : n.body();
      int length = 1 + random.nextInt(6);
      if (text.length() <= length) {
        continue;
      }
      int start = random.nextInt(text.length() - length);
      if (usable(text, start, start + length)) {
        subs.add(text.substring(start, start + length));
      }
    }
    List<List<String>> expected = new ArrayList<>();
    subs.forEach(s -> expected.add(new ArrayList<>()));
    for (int i = 0; i < corpus.size(); i += stride) {
      Notice n = corpus.notice(i);
      for (int q = 0; q < subs.size(); q++) {
        if (containsWhole(n.title(), subs.get(q)) || containsWhole(n.body(), subs.get(q))) {
          expected.get(q).add(n.id());
        }
      }
    }
    long pairs = 0;
    long found = 0;
    int agreeing = 0;
    List<String> misses = new ArrayList<>();
    for (int q = 0; q < subs.size(); q++) {
      Query text = raw.textQuery(subs.get(q));
      List<String> ids = expected.get(q);
      pairs += ids.size();
      if (!ids.isEmpty()) {
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        Query among = new BooleanQuery.Builder().add(text, Occur.MUST)
            .add(new TermInSetQuery(Fields.ID, terms), Occur.FILTER).build();
        int hit = raw.count(among);
        found += hit;
        if (hit < ids.size()) {
          misses.add(subs.get(q) + " (" + hit + " of " + ids.size() + ")");
        }
      }
      if (ours.search(SearchQuery.builder().text(subs.get(q)).exactTotal(true).snippets(false).build()).totalHits() == raw.count(text)) {
        agreeing++;
      }
    }
    return new Result(subs.size(), pairs, found, agreeing, misses);
  }

  /** Whether {@code text} contains {@code sub} somewhere without cutting a Latin word or number. */
  static boolean containsWhole(String text, String sub) {
    for (int i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) {
      int end = i + sub.length();
      boolean cutsStart = i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i));
      boolean cutsEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
      if (!cutsStart && !cutsEnd) {
        return true;
      }
    }
    return false;
  }

  /** Has a letter or digit, no line break or query syntax, and cuts no Latin word or number. */
  static boolean usable(String text, int start, int end) {
    String sub = text.substring(start, end);
    if (sub.chars().noneMatch(Character::isLetterOrDigit) || sub.contains("\n") || sub.contains("\"")
        || sub.startsWith("-") || sub.contains(" -") || sub.contains("OR") || sub.matches(".*[“”].*")) {
      return false;
    }
    boolean cutsStart = start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start));
    boolean cutsEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
    return !cutsStart && !cutsEnd;
  }

  /** Characters that StandardTokenizer keeps together in one Latin word or number. */
  private static boolean isWordChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '%' || c == ',' || c == ':' || c == '-';
  }
}
