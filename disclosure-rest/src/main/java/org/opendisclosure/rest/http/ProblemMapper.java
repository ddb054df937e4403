package org.opendisclosure.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opendisclosure.core.AccessDeniedException;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.IllegalTransitionException;
import org.opendisclosure.core.ItemNotFoundException;
import org.opendisclosure.core.RateLimitException;
import org.opendisclosure.core.StaleRevisionException;
import org.opendisclosure.core.StoreException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.rest.api.FieldProblem;
import org.opendisclosure.rest.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: {@code application/problem+json} (RFC 9457)
 * with a stable {@code type} ({@code urn:opendisclosure:problem:…}). An unexpected failure is
 * logged with a fresh incident id, and the response carries only that id.
 */
public final class ProblemMapper implements ExceptionMapper<Throwable> {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
  private static final String TYPE = "urn:opendisclosure:problem:";
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    Throwable t = unwrap(e);
    if (t instanceof ValidationException v) {
      return validation(v.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
    } else if (t instanceof ItemNotFoundException n) {
      return problem(404, "not-found", "未找到 (not found)", n.getMessage());
    } else if (t instanceof StaleRevisionException s) {
      return problem(412, "stale-revision", "版本已过期 (the item changed since you read it)", s.getMessage()
          + "; read it again and send If-Match: \"r" + s.actual() + "\" if your change still applies");
    } else if (t instanceof IllegalTransitionException i) {
      return problem(409, "illegal-transition", "当前状态不允许此操作 (not allowed now)", i.getMessage());
    } else if (t instanceof AccessDeniedException a) {
      return problem(403, "forbidden", "无权操作 (forbidden)", a.getMessage());
    } else if (t instanceof RateLimitException r) {
      return Response.fromResponse(problem(429, "rate-limited", "请求过于频繁 (too many requests)", r.getMessage()))
          .header("Retry-After", "3600").build();
    } else if (t instanceof HttpProblem h) {
      return withAuthenticate(h, problem(h.status(), h.type(), h.title(), h.getMessage()));
    } else if (t instanceof JsonMappingException m) {
      FieldError f = JsonErrors.of(m, "");
      return validation(List.of(new FieldProblem(f.field(), f.message())));
    } else if (t instanceof JsonProcessingException j) {
      return problem(400, "malformed-json", "JSON 格式错误 (malformed JSON)", j.getOriginalMessage()
          + (j.getLocation() == null ? "" : " at line " + j.getLocation().getLineNr() + ", column "
          + j.getLocation().getColumnNr()));
    } else if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      Response.StatusType s = w.getResponse().getStatusInfo();
      Response r = problem(s.getStatusCode(), "http-" + s.getStatusCode(), s.getReasonPhrase(), w.getMessage());
      String allow = w.getResponse().getHeaderString("Allow");
      return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
    } else if (t instanceof StoreException s) {
      return incident(503, "unavailable", "服务暂不可用 (service unavailable)", s);
    }
    return incident(500, "internal", "服务器内部错误 (internal error)", t);
  }

  private static Throwable unwrap(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof HttpProblem) {
        return c; // e.g. a body found too large while Jackson was reading it
      }
    }
    Throwable t = e;
    while (t.getCause() != null && (t instanceof jakarta.ws.rs.ProcessingException
        || t instanceof org.glassfish.jersey.server.internal.process.MappableException)) {
      t = t.getCause();
    }
    return t;
  }

  private static Response validation(List<FieldProblem> errors) {
    String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return build(new Problem(TYPE + "validation", "输入有误 (invalid input)", 400, detail, errors, null));
  }

  static Response problem(int status, String type, String title, String detail) {
    return build(new Problem(TYPE + type, title, status, detail, null, null));
  }

  private static Response incident(int status, String type, String title, Throwable t) {
    String id = UUID.randomUUID().toString();
    LOG.error("incident {}: {}", id, t.toString(), t);
    return build(new Problem(TYPE + type, title, status, "incident " + id, null, id));
  }

  private static Response withAuthenticate(HttpProblem h, Response r) {
    return h.status() == 401 ? Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"opendisclosure\"")
        .build() : r;
  }

  private static Response build(Problem p) {
    return Response.status(p.status()).type(PROBLEM_JSON).entity(p).build();
  }
}
