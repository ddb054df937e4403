package org.opendisclosure.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * ETags for public reads ({@link PublicCache}): the body is serialised here, its SHA-256 becomes a
 * weak ETag (weak, because gzip may change the bytes on the wire, not the content), and a request
 * whose {@code If-None-Match} names it gets 304 with no body. The serialised bytes are sent as they
 * are, so the body is written once.
 */
@PublicCache
public final class ETags implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
    if (response.getStatus() != 200 || !response.hasEntity()) {
      return;
    }
    Object entity = response.getEntity();
    byte[] bytes = entity instanceof byte[] b ? b : entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
        : Json.mapper().writeValueAsBytes(entity);
    String tag = "W/\"" + digest(bytes) + "\"";
    response.getHeaders().putSingle("ETag", tag);
    response.getHeaders().putSingle("Cache-Control", "public, no-cache");
    if (matches(request.getHeaderString("If-None-Match"), tag)) {
      response.setStatus(304);
      response.setEntity(null);
      response.getHeaders().remove("Content-Type");
      return;
    }
    response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
  }

  /** Weak comparison (RFC 9110 §13.1.2): the opaque parts must be equal, W/ prefixes ignored. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = tag.substring(2);
    return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
        .anyMatch(t -> t.equals("*") || t.equals(opaque) || t.equals("W/" + opaque));
  }

  private static String digest(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(d, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
