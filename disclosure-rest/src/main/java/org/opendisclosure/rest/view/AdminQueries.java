package org.opendisclosure.rest.view;

import java.util.Locale;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.Page;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.rest.api.WorkingPage;
import org.opendisclosure.rest.auth.Access;
import org.opendisclosure.rest.http.Params;

/** Staff listings and request-body checks shared by the admin resources. */
public final class AdminQueries {
  private AdminQueries() {}

  /** The body, or 400 when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw ValidationException.of("body", "is required");
    }
    return body;
  }

  /** The items of an organ the caller works for (and the organs below it), in every status. */
  public static WorkingPage page(Disclosures d, Actor actor, String organ, String status, String category,
      String cursor, String limit) {
    String o = Params.text(organ);
    if (o == null) {
      throw ValidationException.of("organ", "is required");
    }
    d.organ(o).orElseThrow(() -> ValidationException.of("organ", "unknown organ: " + o));
    Access.requireStaff(d, actor, o);
    ItemQuery q = ItemQuery.all().organTree(o).limit(Params.integer("limit", limit, ItemQuery.DEFAULT_LIMIT))
        .after(Params.text(cursor));
    String s = Params.text(status);
    if (s != null) {
      try {
        q = q.status(Status.valueOf(s.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("status", "must be one of " + java.util.List.of(Status.values()) + ", was " + s);
      }
    }
    String c = Params.text(category);
    if (c != null) {
      q = q.categoryTree(d.catalogue().require(c, "category").code());
    }
    Page<org.opendisclosure.core.model.Item> page = d.list(q);
    Views views = new Views(d);
    return new WorkingPage(page.items().stream().map(i -> views.working(d.working(i.id()))).toList(),
        page.nextCursor().orElse(null));
  }
}
