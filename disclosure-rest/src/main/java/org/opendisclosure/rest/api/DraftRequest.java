package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A new draft: where it belongs and its content. Immutable. */
public record DraftRequest(
    @JsonPropertyDescription("The organ's code") String organ,
    @JsonPropertyDescription("The category's code") String category,
    @JsonPropertyDescription("The title, at most 500 characters") String title,
    @JsonPropertyDescription("生成日期; today when absent") LocalDate formedOn,
    @JsonPropertyDescription("The typed content of the category's payload kind") JsonNode payload,
    @JsonPropertyDescription("The body; sanitised on the way in") String bodyHtml) {}
