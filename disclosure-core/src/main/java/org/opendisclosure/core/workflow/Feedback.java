package org.opendisclosure.core.workflow;

import java.time.Instant;
import org.opendisclosure.core.model.ItemId;

/**
 * An objection or comment received while a publicity window was open (公示期内的意见). Private:
 * visible to the organ's staff only. Immutable.
 */
public record Feedback(long id, ItemId itemId, Instant receivedAt, String body, String contact) {}
