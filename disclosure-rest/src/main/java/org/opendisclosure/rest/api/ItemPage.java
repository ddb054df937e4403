package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A page of a listing and the cursor of the next page (null on the last page). Immutable. */
public record ItemPage(
    @JsonPropertyDescription("The items of this page, newest first") List<ItemSummary> items,
    @JsonPropertyDescription("Pass as cursor to get the next page; null on the last page") String nextCursor) {}
