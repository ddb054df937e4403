package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What changed against the previous public version. Immutable. */
public record ChangesView(
    @JsonPropertyDescription("Changed fields") List<FieldChangeView> fields,
    @JsonPropertyDescription("Line diff of the body text") List<LineChangeView> body) {}
