package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchSort;

/**
 * The PostgreSQL peer: the corpus in one table of embedded PostgreSQL 14, searched with {@code
 * ILIKE '%…%'} on title or body (a results page: the 10 newest hits and the total count; for the
 * facet kind also the counts per category, organ and year), first without an index (sequential
 * scan), then with pg_trgm GIN indexes on title and body. Ours is {@link DisclosureIndex} over the
 * same corpus in the same run. PostgreSQL queries take hundreds of milliseconds, so both sides are
 * timed with a plain loop (median and slowest of the repetitions), not JMH. Default size 50,000
 * (loading and trigram-indexing 200,000 bodies takes longer than the suite's 10 minutes here).
 */
public final class PostgresSuite {
  private static final QueryKind[] KINDS = {QueryKind.TERM, QueryKind.AND, QueryKind.PHRASE, QueryKind.FACETS};

  private PostgresSuite() {}

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(50_000);
    int repetitions = Integer.getInteger("pg.repetitions", 3);
    Path folder = Corpora.builtIndex(corpus);
    Map<QueryKind, double[]> ours = new LinkedHashMap<>();
    try (DisclosureIndex index = DisclosureIndex.open(folder, Clock.systemUTC())) {
      for (QueryKind kind : KINDS) {
        int n = kind.texts().size();
        for (int i = 0; i < 200 * n; i++) {
          index.search(samePage(kind.query(i)));
        }
        double[] times = new double[100 * n];
        for (int i = 0; i < times.length; i++) {
          SearchQuery q = samePage(kind.query(i));
          long t = System.nanoTime();
          index.search(q);
          times[i] = (System.nanoTime() - t) / 1e6;
        }
        ours.put(kind, times);
      }
    }
    Map<QueryKind, double[]> like = new LinkedHashMap<>();
    Map<QueryKind, double[]> trigram = new LinkedHashMap<>();
    Map<QueryKind, String> plans = new LinkedHashMap<>();
    String version;
    try (EmbeddedPostgres pg = Databases.postgres(Corpora.dataFolder().resolve("peer-pg"));
        HikariDataSource ds = Databases.pooled(pg, 2); Connection c = ds.getConnection()) {
      version = scalar(c, "SHOW server_version") + ", lc_ctype " + scalar(c, "SHOW lc_ctype");
      long start = System.nanoTime();
      load(c, corpus);
      System.out.printf("[postgres] loaded %,d rows in %.1f s%n", corpus.size(), (System.nanoTime() - start) / 1e9);
      for (QueryKind kind : KINDS) {
        like.put(kind, time(c, kind, repetitions));
      }
      start = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION pg_trgm");
        s.execute("CREATE INDEX notices_title_trgm ON notices USING gin (title gin_trgm_ops)");
        s.execute("CREATE INDEX notices_body_trgm ON notices USING gin (body gin_trgm_ops)");
        s.execute("ANALYZE notices");
      }
      System.out.printf("[postgres] pg_trgm GIN indexes built in %.1f s%n", (System.nanoTime() - start) / 1e9);
      for (QueryKind kind : KINDS) {
        trigram.put(kind, time(c, kind, repetitions));
        plans.put(kind, plan(c, kind));
      }
    }
    StringBuilder md = new StringBuilder(String.format("PostgreSQL peer: %,d items, %s; a results page is the 10 newest "
        + "hits plus the total count (facets: plus counts per category, organ and year). PostgreSQL: median (slowest) of "
        + "%d runs of each text after one warm-up run; ours: median / p99 of 100 runs of each text.%n%n", corpus.size(),
        version, repetitions));
    md.append("| kind | ours p50 / p99 | ILIKE, no index | ratio p50 | ILIKE with pg_trgm GIN | ratio p50 | plan with pg_trgm |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (QueryKind kind : KINDS) {
      double[] o = ours.get(kind);
      double[] l = like.get(kind);
      double[] t = trigram.get(kind);
      md.append(String.format("| %s | %s / %s ms | %s (%s) ms | %.0f× | %s (%s) ms | %.0f× | %s |%n",
          kind.name().toLowerCase(java.util.Locale.ROOT), Results.ms(pct(o, 50)), Results.ms(pct(o, 99)),
          Results.ms(pct(l, 50)), Results.ms(pct(l, 100)), pct(l, 50) / pct(o, 50), Results.ms(pct(t, 50)),
          Results.ms(pct(t, 100)), pct(t, 50) / pct(o, 50), plans.get(kind)));
    }
    Results.publish("postgres", md.toString());
  }

  private static void load(Connection c, Corpus corpus) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notices (id text PRIMARY KEY, title text NOT NULL, body text NOT NULL, "
          + "category text NOT NULL, categories text[] NOT NULL, organ text NOT NULL, organs text[] NOT NULL, "
          + "year int NOT NULL, published timestamptz NOT NULL)");
    }
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < corpus.size(); i++) {
        Notice n = corpus.notice(i);
        ps.setString(1, n.id());
        ps.setString(2, n.title());
        ps.setString(3, n.body());
        ps.setString(4, n.category().code());
        ps.setArray(5, c.createArrayOf("text", with(n.category().code(), n.category().ancestors())));
        ps.setString(6, n.organ().code());
        ps.setArray(7, c.createArrayOf("text", with(n.organ().code(), n.organ().ancestors())));
        ps.setInt(8, n.year());
        ps.setTimestamp(9, Timestamp.from(n.publishedAt()));
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE INDEX notices_published ON notices (published DESC)");
      s.execute("VACUUM ANALYZE notices");
    }
  }

  private static Object[] with(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }

  /** The WHERE clause of text {@code i} of {@code kind}, and its parameters. */
  private record Where(String sql, List<Object> params) {}

  private static Where where(QueryKind kind, int i) {
    int k = i % kind.texts().size();
    List<Object> params = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (String word : kind.texts().get(k).replace("\"", " ").trim().split("\\s+")) {
      parts.add("(title ILIKE ? OR body ILIKE ?)");
      String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      params.add(pattern);
      params.add(pattern);
    }
    if (kind == QueryKind.FACETS) {
      if (QueryKind.facetCategory(k) != null) {
        parts.add("categories @> ?");
        params.add(new String[] {QueryKind.facetCategory(k)});
      }
      if (QueryKind.facetOrgan(k) != null) {
        parts.add("organs @> ?");
        params.add(new String[] {QueryKind.facetOrgan(k)});
      }
      parts.add("year = ?");
      params.add(QueryKind.facetYear(k));
    }
    return new Where(String.join(" AND ", parts), params);
  }

  private static double[] time(Connection c, QueryKind kind, int repetitions) throws SQLException {
    int n = kind.texts().size();
    for (int i = 0; i < n; i++) {
      page(c, kind, i);
    }
    double[] times = new double[repetitions * n];
    for (int i = 0; i < times.length; i++) {
      long t = System.nanoTime();
      page(c, kind, i);
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    return times;
  }

  /** One results page: the 10 newest hits, the total, and for facets the grouped counts. */
  private static long page(Connection c, QueryKind kind, int i) throws SQLException {
    Where w = where(kind, i);
    long sum = 0;
    sum += run(c, "SELECT id, title, published FROM notices WHERE " + w.sql() + " ORDER BY published DESC LIMIT 10", w);
    sum += run(c, "SELECT count(*) FROM notices WHERE " + w.sql(), w);
    if (kind == QueryKind.FACETS) {
      sum += run(c, "SELECT category, organ, year, count(*) FROM notices WHERE " + w.sql()
          + " GROUP BY GROUPING SETS ((category), (organ), (year))", w);
    }
    return sum;
  }

  private static long run(Connection c, String sql, Where w) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(c, ps, w.params());
      long rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  private static void bind(Connection c, PreparedStatement ps, List<Object> params) throws SQLException {
    for (int p = 0; p < params.size(); p++) {
      Object v = params.get(p);
      if (v instanceof String[] a) {
        Array array = c.createArrayOf("text", a);
        ps.setArray(p + 1, array);
      } else {
        ps.setObject(p + 1, v);
      }
    }
  }

  /** Whether the count of text 0 uses a trigram index, from its plan. */
  private static String plan(Connection c, QueryKind kind) throws SQLException {
    Where w = where(kind, 0);
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT count(*) FROM notices WHERE " + w.sql())) {
      bind(c, ps, w.params());
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString().contains("trgm") ? "bitmap scan of the trigram index" : "sequential scan";
    }
  }

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static double pct(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    int i = (int) Math.ceil(p / 100 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }

  /** The page PostgreSQL makes: the 10 newest hits and the exact total (facets where the kind has them). */
  static SearchQuery samePage(SearchQuery q) {
    return new SearchQuery(q.text(), q.categories(), q.organs(), q.years(), q.publishedFrom(), q.publishedTo(),
        q.amountMin(), q.amountMax(), q.windowOpen(), SearchSort.DATE, q.pageSize(), null, q.facets(), true,
        q.snippets());
  }
}
