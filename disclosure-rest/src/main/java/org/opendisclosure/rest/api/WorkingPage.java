package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A page of items as staff see them, and the cursor of the next page. Immutable. */
public record WorkingPage(
    @JsonPropertyDescription("The items of this page, newest first") List<WorkingItem> items,
    @JsonPropertyDescription("Pass as cursor to get the next page; null on the last page") String nextCursor) {}
