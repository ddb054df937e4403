package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What one scheduler run did. Immutable. */
public record SchedulerRunView(
    @JsonPropertyDescription("Items it published") List<String> published,
    @JsonPropertyDescription("Items whose window it closed") List<String> windowsClosed,
    @JsonPropertyDescription("Items due but not approved") List<String> missed) {}
