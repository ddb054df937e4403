package org.opendisclosure.core.history;

/**
 * A field whose value differs between two revisions: its path ({@code payload.lines[3].amount},
 * {@code title}) and the values before and after as text; {@code null} means the field was absent.
 * Immutable.
 */
public record FieldChange(String path, String before, String after) {}
