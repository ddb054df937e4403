package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The public history of an item: its public versions, or once withdrawn only the withdrawal. Immutable. */
public record PublicHistoryView(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("Public versions, oldest first; empty once withdrawn") List<PublicVersionView> versions,
    @JsonPropertyDescription("Set once the item was withdrawn") WithdrawalView withdrawal) {}
