package org.opendisclosure.rest.view;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.rest.api.ActionRequest;
import org.opendisclosure.rest.http.Preconditions;

/** Workflow action names to core calls; the names are the last segment of the action's path. */
public final class Actions {
  private static final ActionRequest EMPTY = new ActionRequest(null, null, null, null, null, null, null, null);

  private Actions() {}

  public static Item run(Disclosures d, String action, ItemId id, HttpHeaders headers, ActionRequest body,
      Actor actor) {
    int rev = Preconditions.expectedRevision(headers);
    ActionRequest b = body == null ? EMPTY : body;
    return switch (action) {
      case "submit" -> d.submit(id, rev, actor);
      case "review" -> d.review(id, rev, actor, b.comment());
      case "return" -> d.returnToAuthor(id, rev, actor, b.comment());
      case "approve" -> d.approve(id, rev, actor, b.comment(), b.overrides());
      case "audit" -> d.recordAudit(id, rev, actor, b.note());
      case "deliberation" -> d.recordDeliberation(id, rev, actor, b.meeting(), b.heldOn());
      case "schedule" -> d.schedule(id, rev, actor, b.publishAt());
      case "publish" -> d.publish(id, rev, actor);
      case "withdraw" -> d.withdraw(id, rev, actor, b.reason());
      default -> throw new IllegalArgumentException("no action " + action);
    };
  }

  /** Redaction names the revision it blanks in the body, not in If-Match: any revision may need it. */
  public static Item redact(Disclosures d, ItemId id, ActionRequest body, Actor actor) {
    ActionRequest b = AdminQueries.required(body);
    if (b.revision() == null) {
      throw ValidationException.of("revision", "is required");
    }
    return d.redact(id, b.revision(), actor, b.reason());
  }

  public static Response state(Disclosures d, Item item) {
    return Response.ok(new Views(d).state(item)).tag(Preconditions.etag(item.workingRevision())).build();
  }
}
