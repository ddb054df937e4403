package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** RFC 9162 inclusion proof of an item's latest public event against the latest checkpoint. Immutable. */
public record ProofView(
    @JsonPropertyDescription("The leaf's index") long leafIndex,
    @JsonPropertyDescription("The tree size of the latest checkpoint") long treeSize,
    @JsonPropertyDescription("Base64 of the exact leaf bytes, which name the item id") String leaf,
    @JsonPropertyDescription("Base64 hashes of the audit path, from the leaf upward") List<String> auditPath) {}
