package org.opendisclosure.rest.view;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.rest.api.CategoryRef;
import org.opendisclosure.rest.api.FacetView;
import org.opendisclosure.rest.api.OrganRef;
import org.opendisclosure.rest.api.SearchHitView;
import org.opendisclosure.rest.api.SearchPage;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;
import org.opendisclosure.search.SearchSort;

/** Search parameters to a {@link SearchQuery} and results to API records; errors name the HTTP parameters. */
public final class Searches {
  private Searches() {}

  /** The parameters of {@code GET /api/v1/search}. */
  public record Request(String q, List<String> categories, List<String> organs, List<String> years, String from,
      String to, String amountMin, String amountMax, String window, String sort, String limit, String cursor,
      String facets) {}

  public static SearchQuery query(Request p) {
    try {
      SearchQuery.Builder b = SearchQuery.builder();
      if (p.q() != null) {
        b.text(p.q());
      }
      p.categories().stream().map(Params::text).filter(c -> c != null).forEach(b::category);
      p.organs().stream().map(Params::text).filter(c -> c != null).forEach(b::organ);
      for (String y : p.years()) {
        Integer year = Params.integer("year", y);
        if (year != null) {
          b.year(year);
        }
      }
      b.published(Params.date("from", p.from()), Params.date("to", p.to()));
      b.amount(decimal("amountMin", p.amountMin()), decimal("amountMax", p.amountMax()));
      String w = Params.text(p.window());
      if (w != null && !w.equals("open")) {
        throw ValidationException.of("window", "must be 'open', was " + w);
      }
      b.windowOpen(w != null);
      String s = Params.text(p.sort());
      if (s != null) {
        b.sort(Enums.parse(SearchSort.class, "sort", s.toUpperCase(Locale.ROOT)));
      }
      Integer limit = Params.integer("limit", p.limit());
      if (limit != null) {
        b.pageSize(limit);
      }
      // Facets by default (the v1 contract); facets=false makes a page cost what its hits cost.
      b.facets(Params.bool("facets", p.facets(), true));
      return b.cursor(Params.text(p.cursor())).build();
    } catch (ValidationException e) {
      throw new ValidationException(e.errors().stream().map(Searches::renamed).toList());
    }
  }

  private static FieldError renamed(FieldError f) {
    String field = switch (f.field()) {
      case "text" -> "q";
      case "categories" -> "category";
      case "organs" -> "organ";
      case "years" -> "year";
      case "publishedFrom" -> "from";
      case "publishedTo" -> "to";
      case "pageSize" -> "limit";
      default -> f.field();
    };
    return new FieldError(field, f.message());
  }

  private static BigDecimal decimal(String name, String value) {
    String v = Params.text(value);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a number of 元, was " + value);
    }
  }

  public static SearchPage page(SearchResults r) {
    Map<String, List<FacetView>> facets = new LinkedHashMap<>();
    r.facets().forEach((dim, counts) -> facets.put(dim,
        counts.stream().map(c -> new FacetView(c.value(), c.count())).toList()));
    return new SearchPage(r.hits().stream().map(Searches::hit).toList(), r.totalHits(), r.totalExact(), facets,
        r.nextCursor());
  }

  private static SearchHitView hit(SearchHit h) {
    return new SearchHitView(h.id().value(), h.revision(), h.title(), h.titleSnippet(), h.bodySnippet(), h.score(),
        h.publishedAt(), h.indexNumber(), h.documentNumber(), new OrganRef(h.organCode(), h.organName()),
        new CategoryRef(h.categoryCode(), h.categoryName()), h.year(), h.amount(), h.windowStart(), h.windowEnd());
  }
}
