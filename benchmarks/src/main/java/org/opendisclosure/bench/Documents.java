package org.opendisclosure.bench;

import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.SearchDocument;

/** Turns a generated notice into the search document the index benchmarks feed to the index. */
public final class Documents {
  private Documents() {}

  public static SearchDocument of(Notice n) {
    SearchDocument.Builder b = SearchDocument.builder(new ItemId(n.id()))
        .indexNumber(n.indexNumber())
        .documentNumber(n.documentNumber())
        .title(n.title())
        .body(n.body())
        .organ(n.organ().code(), n.organ().name(), n.organ().ancestors())
        .category(n.category().code(), n.category().name(), n.category().ancestors())
        .publishedAt(n.publishedAt())
        .year(n.year())
        .amount(n.amount());
    if (n.windowStart() != null) {
      b.window(n.windowStart(), n.windowEnd());
    }
    return b.build();
  }
}
