package org.opendisclosure.rest.export;

import java.util.Optional;
import java.util.function.Consumer;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Page;

/** Pages through every public item a query matches, newest first, one published view at a time. */
public final class Exports {
  private Exports() {}

  public static void forEachPublished(Disclosures d, ItemQuery filters, Consumer<ItemView> each) {
    ItemQuery q = filters.onlyPublic().limit(ItemQuery.MAX_LIMIT);
    while (true) {
      Page<Item> page = d.list(q);
      for (Item i : page.items()) {
        Optional<ItemView> v = d.published(i.id());
        v.ifPresent(each);
      }
      if (page.nextCursor().isEmpty()) {
        return;
      }
      q = q.after(page.nextCursor().get());
    }
  }
}
