package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Titles that complete what a citizen is typing. Immutable. */
public record Suggestions(@JsonPropertyDescription("Published titles, newest first") List<String> suggestions) {}
