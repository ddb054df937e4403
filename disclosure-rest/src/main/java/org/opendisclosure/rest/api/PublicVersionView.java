package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.LocalDate;

/** One version the public has seen. Immutable. */
public record PublicVersionView(
    @JsonPropertyDescription("The revision number") int revision,
    @JsonPropertyDescription("When it became public") Instant publishedAt,
    @JsonPropertyDescription("Whether it was a correction (更正)") boolean correction,
    @JsonPropertyDescription("The public correction note") String note,
    @JsonPropertyDescription("Its title") String title,
    @JsonPropertyDescription("生成日期") LocalDate formedOn,
    @JsonPropertyDescription("Its typed content") Object payload,
    @JsonPropertyDescription("Its body") String bodyHtml,
    @JsonPropertyDescription("Set when its content was removed") RedactionView redaction,
    @JsonPropertyDescription("What changed against the previous public version; null for the first") ChangesView changes) {}
