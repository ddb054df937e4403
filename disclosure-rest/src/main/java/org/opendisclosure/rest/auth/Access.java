package org.opendisclosure.rest.auth;

import org.opendisclosure.core.AccessDeniedException;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.workflow.Role;

/**
 * Who may read what as staff. The core checks every change; reads of working copies, histories
 * and reports are checked here: any role on the organ (or an organ above it) lets its holder read.
 */
public final class Access {
  private Access() {}

  public static void requireStaff(Disclosures d, Actor actor, String organCode) {
    if (d.roles(actor.id(), organCode).isEmpty()) {
      throw new AccessDeniedException(actor.id() + " holds no role on " + organCode);
    }
  }

  /** The working view of an item its caller works on. */
  public static ItemView working(Disclosures d, Actor actor, ItemId id) {
    ItemView v = d.working(id);
    requireStaff(d, actor, v.item().organCode());
    return v;
  }

  public static boolean isAdminAnywhere(Disclosures d, Actor actor) {
    return d.grants(actor.id()).stream().anyMatch(g -> g.role() == Role.ADMIN);
  }

  public static void requireAdminAnywhere(Disclosures d, Actor actor) {
    if (!isAdminAnywhere(d, actor)) {
      throw new AccessDeniedException(actor.id() + " is not an ADMIN of any organ");
    }
  }
}
