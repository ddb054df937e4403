package org.opendisclosure.portal;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How the portal presents itself: the site name, the public address printed in QR codes, where the
 * browser fetches log proofs, where the Atom feed is, and the page size of lists. Build it with
 * {@link #builder()}, which checks every argument as it is set. Immutable and thread-safe.
 */
public final class PortalOptions {
  private final String siteName;
  private final URI publicBaseUrl;
  private final String logApiBase;
  private final String feedPath;
  private final int pageSize;

  private PortalOptions(Builder b) {
    this.siteName = b.siteName;
    this.publicBaseUrl = b.publicBaseUrl;
    this.logApiBase = b.logApiBase;
    this.feedPath = b.feedPath;
    this.pageSize = b.pageSize;
  }

  /** The defaults: see each builder method. */
  public static PortalOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Shown in every page header and title; default 政务公开. */
  public String siteName() {
    return siteName;
  }

  /**
   * The site's public address, printed in the QR codes of notices; empty means the address the
   * request came in on.
   */
  public Optional<URI> publicBaseUrl() {
    return Optional.ofNullable(publicBaseUrl);
  }

  /**
   * Where the browser fetches {@code items/{id}/proof}, {@code log/checkpoint} and {@code log/key};
   * default {@code /portal-api}, served by the portal itself.
   */
  public String logApiBase() {
    return logApiBase;
  }

  /** The Atom feed linked from every list; default {@code /api/v1/feed.atom}. */
  public String feedPath() {
    return feedPath;
  }

  /** Hits per page of search results; default 10. */
  public int pageSize() {
    return pageSize;
  }

  /** Collects options; every setter checks its argument at once. Not thread-safe. */
  public static final class Builder {
    private String siteName = "政务公开";
    private URI publicBaseUrl;
    private String logApiBase = "/portal-api";
    private String feedPath = "/api/v1/feed.atom";
    private int pageSize = 10;

    private Builder() {}

    public Builder siteName(String name) {
      if (name == null || name.isBlank() || name.length() > 100) {
        throw new IllegalArgumentException("siteName must be 1–100 characters");
      }
      this.siteName = name.strip();
      return this;
    }

    /** An absolute http(s) URL such as {@code https://gk.example.gov.cn/}. */
    public Builder publicBaseUrl(URI url) {
      Objects.requireNonNull(url, "publicBaseUrl");
      if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
          || url.getHost() == null || url.getQuery() != null || url.getFragment() != null) {
        throw new IllegalArgumentException("publicBaseUrl must be an absolute http(s) URL without query, was " + url);
      }
      String s = url.toString();
      this.publicBaseUrl = URI.create(s.endsWith("/") ? s : s + "/");
      return this;
    }

    /** A path on the same site, such as {@code /api/v1}, without a trailing slash. */
    public Builder logApiBase(String path) {
      this.logApiBase = sitePath(path, "logApiBase");
      return this;
    }

    /** A path on the same site, such as {@code /api/v1/feed.atom}. */
    public Builder feedPath(String path) {
      this.feedPath = sitePath(path, "feedPath");
      return this;
    }

    public Builder pageSize(int size) {
      if (size < 1 || size > 100) {
        throw new IllegalArgumentException("pageSize must be between 1 and 100, was " + size);
      }
      this.pageSize = size;
      return this;
    }

    public PortalOptions build() {
      return new PortalOptions(this);
    }

    private static String sitePath(String path, String field) {
      if (path == null || !path.matches("(/[A-Za-z0-9._~-]+)+")) {
        throw new IllegalArgumentException(field + " must be a path like /api/v1 (no trailing slash), was " + path);
      }
      return path;
    }
  }
}
