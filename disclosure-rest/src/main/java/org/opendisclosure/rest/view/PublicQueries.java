package org.opendisclosure.rest.view;

import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.rest.http.Params;

/**
 * The public listing filters as a core query: only public items; an organ includes the organs below
 * it and a category its subcategories. Unknown organs and categories are refused (400) rather than
 * answered with an empty page, so a typo is noticed.
 */
public final class PublicQueries {
  private PublicQueries() {}

  public static ItemQuery items(Disclosures d, String organ, String category, String year, String window,
      String cursor, String limit) {
    ItemQuery q = ItemQuery.all().onlyPublic().limit(Params.integer("limit", limit, ItemQuery.DEFAULT_LIMIT));
    return filters(d, q, organ, category, year, window).after(Params.text(cursor));
  }

  /** The filters alone, for feeds and exports that page through everything. */
  public static ItemQuery filters(Disclosures d, ItemQuery base, String organ, String category, String year,
      String window) {
    ItemQuery q = base;
    String o = Params.text(organ);
    if (o != null) {
      d.organ(o).orElseThrow(() -> ValidationException.of("organ", "unknown organ: " + o));
      q = q.organTree(o);
    }
    String c = Params.text(category);
    if (c != null) {
      q = q.categoryTree(d.catalogue().require(c, "category").code());
    }
    q = q.year(Params.integer("year", year));
    String w = Params.text(window);
    if (w != null) {
      if (!w.equals("open")) {
        throw ValidationException.of("window", "must be 'open', was " + w);
      }
      q = q.windowOpenOn(java.time.LocalDate.now(d.clock().withZone(Disclosures.ZONE)));
    }
    return q;
  }
}
