package org.opendisclosure.rest.http;

/**
 * A failure that is about HTTP rather than the domain (no credentials, a missing {@code
 * If-Match}, a body too large, a bad query parameter); {@link ProblemMapper} turns it into a
 * problem document with this status and type.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;

  public HttpProblem(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static HttpProblem unauthenticated(String detail) {
    return new HttpProblem(401, "unauthenticated", "需要有效的 API 令牌 (a valid API token is required)", detail);
  }

  public static HttpProblem preconditionRequired() {
    return new HttpProblem(428, "precondition-required", "需要 If-Match (If-Match is required)",
        "send If-Match with the ETag of the item as you read it, e.g. If-Match: \"r3\"");
  }

  public static HttpProblem tooLarge(long limit) {
    return new HttpProblem(413, "payload-too-large", "请求体过大 (request body too large)",
        "the request body is larger than " + limit + " bytes");
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }
}
