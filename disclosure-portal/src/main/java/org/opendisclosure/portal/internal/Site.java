package org.opendisclosure.portal.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.portal.PortalOptions;
import org.opendisclosure.search.DisclosureIndex;

/**
 * What every page and resource of the portal shares: the library, the index, the options, and
 * names of organs and categories for display. Thread-safe.
 */
public final class Site {
  private final Disclosures disclosures;
  private final DisclosureIndex index;
  private final PortalOptions options;
  private final Map<String, Organ> organs = new ConcurrentHashMap<>();

  public Site(Disclosures disclosures, DisclosureIndex index, PortalOptions options) {
    this.disclosures = disclosures;
    this.index = index;
    this.options = options;
  }

  public Disclosures disclosures() {
    return disclosures;
  }

  public DisclosureIndex index() {
    return index;
  }

  public PortalOptions options() {
    return options;
  }

  /** Today in Asia/Shanghai, by the library's clock. */
  public LocalDate today() {
    return LocalDate.now(disclosures.clock().withZone(Disclosures.ZONE));
  }

  /** The organ, cached once seen (organs are registered, never changed). */
  public Optional<Organ> organ(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Organ known = organs.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Organ> loaded = disclosures.organ(code);
    loaded.ifPresent(o -> organs.put(code, o));
    return loaded;
  }

  public String organName(String code) {
    return organ(code).map(Organ::name).orElse(code);
  }

  public String categoryName(String code) {
    return disclosures.catalogue().find(code).map(Category::name).orElse(code);
  }

  /** The public base URL: the configured one, or the one the request came in on. */
  public URI baseUrl(URI requestBase) {
    return options.publicBaseUrl().orElse(requestBase);
  }
}
