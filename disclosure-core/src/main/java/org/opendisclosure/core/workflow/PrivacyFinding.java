package org.opendisclosure.core.workflow;

/**
 * A finding of the confidentiality review (保密审查) on a revision: where ({@code field}: {@code
 * title}, {@code body} or a payload path), what ({@code type}), the masked value ({@code excerpt},
 * never the raw personal data) and whether it blocks approval. {@code key} names it in an
 * approver's override. Immutable.
 */
public record PrivacyFinding(String key, String field, String type, boolean blocking, String excerpt) {}
