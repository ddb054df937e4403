package org.opendisclosure.portal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;
import java.util.Set;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.portal.internal.web.AssetsResource;
import org.opendisclosure.portal.internal.web.ItemResource;
import org.opendisclosure.portal.internal.web.NoticeResource;
import org.opendisclosure.portal.internal.web.PortalApiResource;
import org.opendisclosure.portal.internal.web.PortalResources;
import org.opendisclosure.search.DisclosureIndex;

/**
 * The citizen portal (政务公开网站) served at {@code /}: home, search, item, history and organ
 * pages, printable notices at {@code /notices/{id}.pdf}, and a little JSON under {@code
 * /portal-api}. It reads only what the public may see ({@link Disclosures#published}, {@link
 * Disclosures#publicHistory}, the public index) and writes only objections ({@link
 * Disclosures#submitFeedback}). Thread-safe.
 *
 * <pre>{@code
 * Portal portal = Portal.create(disclosures, index, PortalOptions.defaults());
 * resourceConfig.register(portal.feature());
 * }</pre>
 */
public final class Portal {
  private final Site site;

  private Portal(Site site) {
    this.site = site;
  }

  public static Portal create(Disclosures disclosures, DisclosureIndex index, PortalOptions options) {
    return new Portal(new Site(Objects.requireNonNull(disclosures, "disclosures"),
        Objects.requireNonNull(index, "index"), Objects.requireNonNull(options, "options")));
  }

  /** The portal's resources, as instances: register each in a Jersey {@code ResourceConfig}. */
  public Set<Object> resources() {
    return Set.of(new PortalResources.Home(site), new PortalResources.Search(site), new PortalResources.Organs(site),
        new ItemResource(site), new NoticeResource(site), new PortalApiResource(site), new AssetsResource());
  }

  /** A feature that registers {@link #resources()}: {@code resourceConfig.register(portal.feature())}. */
  public Feature feature() {
    Set<Object> resources = resources();
    return new Feature() {
      @Override
      public boolean configure(FeatureContext context) {
        resources.forEach(context::register);
        return true;
      }
    };
  }
}
