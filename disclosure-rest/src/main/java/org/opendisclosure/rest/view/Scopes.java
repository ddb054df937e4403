package org.opendisclosure.rest.view;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.rest.http.Params;

/** An organ filter as the organ and every organ below it; a category filter as it and its subcategories. */
public final class Scopes {
  private Scopes() {}

  /** Null when no organ is asked for (any organ). */
  public static Set<String> organs(Disclosures d, String organ) {
    String code = Params.text(organ);
    if (code == null) {
      return null;
    }
    List<Organ> all = d.organs();
    if (all.stream().noneMatch(o -> o.code().equals(code))) {
      throw ValidationException.of("organ", "unknown organ: " + code);
    }
    Set<String> out = new HashSet<>(Set.of(code));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Organ o : all) {
        if (o.parentCode() != null && out.contains(o.parentCode()) && out.add(o.code())) {
          grew = true;
        }
      }
    }
    return out;
  }

  /** Null when no category is asked for (any category). */
  public static Set<String> categories(Disclosures d, String category) {
    String code = Params.text(category);
    return code == null ? null : d.catalogue().selfAndDescendants(d.catalogue().require(code, "category").code());
  }
}
