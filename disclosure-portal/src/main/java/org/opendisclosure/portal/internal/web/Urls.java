package org.opendisclosure.portal.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the portal's own URLs with encoded path segments and query values. Stateless and thread-safe. */
public final class Urls {
  private Urls() {}

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String item(String id) {
    return "/items/" + encode(id);
  }

  public static String history(String id) {
    return item(id) + "/history";
  }

  public static String notice(String id) {
    return "/notices/" + encode(id) + ".pdf";
  }

  public static String organ(String code) {
    return "/organs/" + encode(code);
  }

  /** {@code path?k1=v1&k2=v2}, leaving out pairs whose value is null or empty. */
  public static String query(String path, String... pairs) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] == null || pairs[i + 1].isEmpty()) {
        continue;
      }
      sb.append(sep).append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
      sep = '&';
    }
    return sb.toString();
  }
}
