package org.opendisclosure.core;

import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Status;

/** A workflow action that the item's status, or the rules, do not allow. Nothing was written. */
public class IllegalTransitionException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  private final Status status;
  private final String action;
  private final String reason;

  public IllegalTransitionException(ItemId id, Status status, String action, String reason) {
    super("cannot " + action + " item " + id + " in status " + status + ": " + reason);
    this.status = status;
    this.action = action;
    this.reason = reason;
  }

  public Status status() {
    return status;
  }

  public String action() {
    return action;
  }

  /** Why the action was refused, in words a user can act on. */
  public String reason() {
    return reason;
  }
}
