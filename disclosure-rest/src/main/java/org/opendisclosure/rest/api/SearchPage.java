package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;

/** One page of search hits, the facet counts of the whole result and the next cursor. Immutable. */
public record SearchPage(
    @JsonPropertyDescription("Hits, best or newest first") List<SearchHitView> hits,
    @JsonPropertyDescription("How many items match: exact when totalExact, else at least this many") long totalHits,
    @JsonPropertyDescription("Whether totalHits is exact; always with facets, else up to 1000 hits") boolean totalExact,
    @JsonPropertyDescription("Counts per dimension (category, organ, year); each ignores its own filter; empty with facets=false")
        Map<String, List<FacetView>> facets,
    @JsonPropertyDescription("Pass as cursor to get the next page; null on the last page") String nextCursor) {}
