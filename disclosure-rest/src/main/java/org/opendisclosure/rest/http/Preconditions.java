package org.opendisclosure.rest.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags of items as staff see them: {@code "r<working revision>"}. Every mutation names the
 * revision it expects in {@code If-Match}; without one it is refused with 428, and a tag that is
 * not the current one makes the core refuse the change (412).
 */
public final class Preconditions {
  private static final Pattern TAG = Pattern.compile("\"r([0-9]{1,9})\"");

  private Preconditions() {}

  public static EntityTag etag(int workingRevision) {
    return new EntityTag("r" + workingRevision);
  }

  /** The revision {@code If-Match} names; 428 when absent. An unusable tag can never match (412). */
  public static int expectedRevision(HttpHeaders headers) {
    String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (value == null || value.isBlank()) {
      throw HttpProblem.preconditionRequired();
    }
    Matcher m = TAG.matcher(value.strip());
    if (!m.find()) {
      throw new HttpProblem(412, "stale-revision", "版本已过期 (the item changed since you read it)",
          "If-Match must be an ETag this service issued for the item, such as \"r3\"; was " + value.strip());
    }
    return Integer.parseInt(m.group(1));
  }
}
