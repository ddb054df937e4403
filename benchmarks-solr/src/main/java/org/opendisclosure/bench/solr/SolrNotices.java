package org.opendisclosure.bench.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.bench.corpus.Queries;

/**
 * The Solr side of the comparison: the Solr home with one core, notices as Solr documents, and
 * each benchmark query as Solr parameters with the same meaning as DisclosureIndex's Lucene query.
 */
final class SolrNotices {
  static final String CORE = "notices";

  private SolrNotices() {}

  /** Writes a Solr home with the {@code notices} core's configuration into {@code home}. */
  static void writeHome(Path home) {
    try {
      Path conf = home.resolve(CORE).resolve("conf");
      Files.createDirectories(conf);
      Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
      Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
      copy("solrconfig.xml", conf.resolve("solrconfig.xml"));
      copy("managed-schema.xml", conf.resolve("schema.xml"));
      copy("quotes.txt", conf.resolve("quotes.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = SolrNotices.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      Files.write(to, in.readAllBytes());
    }
  }

  static SolrInputDocument document(Notice n) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", n.id());
    d.addField("title", n.title());
    d.addField("body", n.body());
    d.addField("index_number", n.indexNumber());
    if (n.documentNumber() != null) {
      d.addField("document_number", n.documentNumber());
    }
    d.addField("category", n.category().code());
    n.category().ancestors().forEach(a -> d.addField("category", a));
    d.addField("organ", n.organ().code());
    n.organ().ancestors().forEach(a -> d.addField("organ", a));
    d.addField("organ_name", n.organ().name());
    d.addField("category_name", n.category().name());
    d.addField("year", n.year());
    d.addField("published", n.publishedAt().toEpochMilli());
    if (n.amount() != null) {
      d.addField("amount", n.amount().movePointRight(2).longValue());
    }
    return d;
  }

  /** The query kinds, as in the benchmarks module. */
  enum Kind {
    TERM(Queries.TERM),
    AND(Queries.AND),
    PHRASE(Queries.PHRASE),
    FACETS(Queries.FACETS),
    DATE(Queries.DATE),
    HIGHLIGHT(Queries.HIGHLIGHT);

    final List<String> texts;

    Kind(List<String> texts) {
      this.texts = texts;
    }
  }

  /**
   * Query {@code i} of {@code kind}. Words match title (×3) or body as a term or phrase of bigrams;
   * quoted words are all required; the citizen's phrase uses edismax: the phrase boosted, or a third
   * of its bigrams. {@code minExactCount} 10 lets Lucene skip counting hits beyond the page (tuned);
   * null leaves Solr's default (every hit counted).
   */
  static SolrQuery query(Kind kind, int i, Integer minExactCount) {
    int k = i % kind.texts.size();
    String text = kind.texts.get(k);
    SolrQuery q = new SolrQuery();
    q.setRows(10);
    q.set("fl", "*");
    switch (kind) {
      case AND -> {
        List<String> must = new ArrayList<>();
        for (String w : text.replace("\"", " ").trim().split("\\s+")) {
          must.add("+" + either(w));
        }
        q.setQuery(String.join(" ", must));
      }
      case PHRASE -> q.setQuery(either(text.replace("\"", "")));
      case HIGHLIGHT -> {
        q.setQuery(text);
        q.set("defType", "edismax");
        q.set("qf", "title^3 body");
        q.set("pf", "title^6 body^2");
        q.set("mm", "34%");
        q.set("sow", "false");
        q.set("hl", "true");
        q.set("hl.method", "unified");
        q.set("hl.fl", "title,body");
        q.set("hl.snippets", "2");
        q.set("f.title.hl.snippets", "1");
        q.set("f.title.hl.bs.type", "WHOLE");
        q.set("hl.fragsize", "120");
        q.set("hl.tag.pre", "<mark>");
        q.set("hl.tag.post", "</mark>");
      }
      default -> q.setQuery(either(text));
    }
    if (kind == Kind.FACETS) {
      q.setFacet(true);
      q.setFacetLimit(200);
      q.setFacetMinCount(1);
      String category = Queries.facetCategory(k);
      String organ = Queries.facetOrgan(k);
      if (category != null) {
        q.addFilterQuery("{!tag=c}category:" + category);
      }
      if (organ != null) {
        q.addFilterQuery("{!tag=o}organ:" + organ);
      }
      q.addFilterQuery("{!tag=y}year:" + Queries.facetYear(k));
      q.addFacetField("{!ex=c}category", "{!ex=o}organ", "{!ex=y}year");
    }
    if (kind == Kind.DATE) {
      q.set("sort", "published desc, id asc");
    }
    if (minExactCount != null && kind != Kind.FACETS) {
      q.set("minExactCount", minExactCount);
    }
    return q;
  }

  private static String either(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return "(title:\"" + w + "\"^3 OR body:\"" + w + "\")";
  }
}
