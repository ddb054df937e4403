package org.opendisclosure.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.Synonyms;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.ParsedText;
import org.opendisclosure.search.internal.TextQueries;
import com.ibm.icu.text.Transliterator;

/**
 * The alternatives measured on the relevance set (figures in the README): a dictionary segmenter
 * (SmartChineseAnalyzer) alone, plain CJKAnalyzer bigrams with Lucene's query builder, the
 * production chain, and the production chain plus a SmartChineseAnalyzer field; and the analysis
 * speed of each chain, including ICU's Traditional-Simplified transform instead of the table.
 */
class AnalyzerComparisonTest {
  private static final List<Corpus.Doc> CORPUS = Corpus.generate();

  @Test
  void productionChainRanksAtLeastAsWellAsTheAlternatives() throws IOException {
    Metrics.Result smart = plain(new SmartChineseAnalyzer());
    Metrics.Result cjk = plain(new CJKAnalyzer());
    Metrics.Result production = production(0f);
    Metrics.Result withSegmented = production(1f);
    System.out.println("[analyzers] SmartChineseAnalyzer alone, OR of words: " + smart);
    System.out.println("[analyzers] CJKAnalyzer bigrams, OR of bigrams:       " + cjk);
    System.out.println("[analyzers] production bigram chain + query rules:    " + production);
    System.out.println("[analyzers] production + SmartChinese field (boost 1): " + withSegmented);
    assertThat(production.ndcg()).isGreaterThan(smart.ndcg()).isGreaterThan(cjk.ndcg());
    // a segmented field must earn its place; measured +0.001 nDCG at 6-10x the analysis cost, so
    // production has none. Should this fail, the field has started to pay: measure and add it.
    System.out.println("[analyzers] segmented field gain: " + (withSegmented.ndcg() - production.ndcg()));
    assertThat(withSegmented.ndcg() - production.ndcg()).isLessThan(0.01);
  }

  @Test
  void analysisSpeed() throws IOException {
    StringBuilder all = new StringBuilder();
    CORPUS.forEach(d -> all.append(d.document().title()).append('\n').append(d.document().body()).append('\n'));
    String text = all.toString();
    Analyzer icu = new Analyzer() {
      private final Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");

      @Override
      protected java.io.Reader initReader(String f, java.io.Reader r) {
        return new CJKWidthCharFilter(r);
      }

      @Override
      protected TokenStreamComponents createComponents(String f) {
        StandardTokenizer t = new StandardTokenizer();
        TokenStream s = new ICUTransformFilter(new LowerCaseFilter(t), t2s);
        return new TokenStreamComponents(t, new CJKBigramFilter(s, CJKBigramFilter.HAN, true));
      }
    };
    Map<String, Analyzer> chains = new java.util.LinkedHashMap<>();
    chains.put("production (table t2s)", ChineseAnalysis.text());
    chains.put("ICU Traditional-Simplified", icu);
    chains.put("CJKAnalyzer", new CJKAnalyzer());
    chains.put("SmartChineseAnalyzer", new SmartChineseAnalyzer());
    for (Map.Entry<String, Analyzer> e : chains.entrySet()) {
      long tokens = 0;
      for (int warm = 0; warm < 3; warm++) {
        tokens = count(e.getValue(), text);
      }
      long start = System.nanoTime();
      int rounds = 5;
      for (int i = 0; i < rounds; i++) {
        count(e.getValue(), text);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double mb = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length * (double) rounds / 1e6;
      System.out.printf("[analyzers] speed %-28s %6.1f MB/s (%d tokens)%n", e.getKey(), mb / seconds, tokens);
      assertThat(tokens).isPositive();
    }
  }

  private static long count(Analyzer analyzer, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }

  /** One analyzer for both fields, queries as an OR of the analysed words (title boosted). */
  private static Metrics.Result plain(Analyzer analyzer) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Corpus.Doc d : CORPUS) {
        Document doc = new Document();
        doc.add(new StringField("id", d.document().id().value(), Field.Store.YES));
        doc.add(new TextField("title", d.document().title(), Field.Store.NO));
        doc.add(new TextField("body", d.document().body(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    QueryBuilder qb = new QueryBuilder(analyzer);
    return run(dir, text -> {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      Query t = qb.createBooleanQuery("title", text);
      Query body = qb.createBooleanQuery("body", text);
      if (t != null) {
        b.add(new BoostQuery(t, 3f), Occur.SHOULD);
      }
      if (body != null) {
        b.add(body, Occur.SHOULD);
      }
      return t == null && body == null ? new MatchNoDocsQuery() : b.build();
    });
  }

  /** The production fields and queries, optionally plus SmartChinese title/body fields. */
  private static Metrics.Result production(float segmentedBoost) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    Analyzer smart = new SmartChineseAnalyzer();
    Analyzer text = ChineseAnalysis.text();
    Analyzer perField = new PerFieldAnalyzerWrapper(text, Map.of("title_seg", smart, "body_seg", smart));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
      for (Corpus.Doc d : CORPUS) {
        Document doc = new Document();
        doc.add(new StringField("id", d.document().id().value(), Field.Store.YES));
        doc.add(new TextField("title", d.document().title(), Field.Store.NO));
        doc.add(new TextField("body", d.document().body(), Field.Store.NO));
        doc.add(new StringField("document_number_key",
            d.document().documentNumber() == null ? "-" : org.opendisclosure.search.internal.Keys.normalize(d.document().documentNumber()),
            Field.Store.NO));
        if (segmentedBoost > 0) {
          doc.add(new TextField("title_seg", d.document().title(), Field.Store.NO));
          doc.add(new TextField("body_seg", d.document().body(), Field.Store.NO));
        }
        w.addDocument(doc);
      }
    }
    TextQueries queries = new TextQueries(text, Synonyms.defaults());
    QueryBuilder qb = new QueryBuilder(smart);
    return run(dir, q -> {
      Query main = queries.build(ParsedText.parse(q)).query();
      if (segmentedBoost == 0) {
        return main;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(main, Occur.MUST);
      Query t = qb.createBooleanQuery("title_seg", q);
      Query body = qb.createBooleanQuery("body_seg", q);
      if (t != null) {
        b.add(new BoostQuery(t, 3f * segmentedBoost), Occur.SHOULD);
      }
      if (body != null) {
        b.add(new BoostQuery(body, segmentedBoost), Occur.SHOULD);
      }
      return b.build();
    });
  }

  private static Metrics.Result run(ByteBuffersDirectory dir, Function<String, Query> queries) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return Metrics.evaluate(CORPUS, q -> {
        try {
          List<ItemId> ids = new ArrayList<>();
          for (ScoreDoc sd : searcher.search(queries.apply(q), Metrics.K).scoreDocs) {
            ids.add(new ItemId(searcher.storedFields().document(sd.doc).get("id")));
          }
          return ids;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
