package org.opendisclosure.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.util.List;
import org.opendisclosure.rest.api.AccountRequest;
import org.opendisclosure.rest.api.AccountView;
import org.opendisclosure.rest.api.ActionRequest;
import org.opendisclosure.rest.api.CalendarView;
import org.opendisclosure.rest.api.CategoryView;
import org.opendisclosure.rest.api.ComplianceView;
import org.opendisclosure.rest.api.DraftRequest;
import org.opendisclosure.rest.api.EventView;
import org.opendisclosure.rest.api.FeedbackReceipt;
import org.opendisclosure.rest.api.FeedbackRequest;
import org.opendisclosure.rest.api.FeedbackView;
import org.opendisclosure.rest.api.GrantView;
import org.opendisclosure.rest.api.HealthView;
import org.opendisclosure.rest.api.ItemPage;
import org.opendisclosure.rest.api.ItemState;
import org.opendisclosure.rest.api.NewToken;
import org.opendisclosure.rest.api.OrganRequest;
import org.opendisclosure.rest.api.OrganView;
import org.opendisclosure.rest.api.PrivacyFindingView;
import org.opendisclosure.rest.api.Problem;
import org.opendisclosure.rest.api.PublicHistoryView;
import org.opendisclosure.rest.api.ConsistencyView;
import org.opendisclosure.rest.api.LogEntriesView;
import org.opendisclosure.rest.api.LogHeadView;
import org.opendisclosure.rest.api.LogKeyView;
import org.opendisclosure.rest.api.ProofView;
import org.opendisclosure.rest.api.PublicItem;
import org.opendisclosure.rest.api.RevisionRequest;
import org.opendisclosure.rest.api.RevisionView;
import org.opendisclosure.rest.api.SearchPage;
import org.opendisclosure.rest.api.Suggestions;
import org.opendisclosure.rest.api.SchedulerRunView;
import org.opendisclosure.rest.api.TokenRequest;
import org.opendisclosure.rest.api.WorkingItem;
import org.opendisclosure.rest.api.WorkingPage;

/**
 * The OpenAPI 3.1 document served at {@code /api/v1/openapi.json}: every operation written down
 * here, every schema derived from the records ({@link Schemas}). A test compares the operations
 * with the resource methods Jersey serves, so one cannot be added without the other.
 */
public final class OpenApiDocument {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String JSON = "application/json";
  /** The workflow actions, each its own path (the resource serves them with one method). */
  public static final List<String> ACTIONS =
      List.of("submit", "review", "return", "approve", "audit", "deliberation", "schedule", "publish", "withdraw");

  private final Schemas schemas = new Schemas();
  private final ObjectNode root = F.objectNode();
  private final ObjectNode paths;

  private OpenApiDocument() {
    root.put("openapi", "3.1.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "OpenDisclosure API");
    info.put("version", "1");
    info.put("description", "政务公开: published government information for everyone, and the workflow that publishes"
        + " it for staff (Authorization: Bearer <token>). Errors are application/problem+json (RFC 9457).");
    info.putObject("license").put("name", "See the project repository").put("identifier", "NOASSERTION");
    root.putArray("servers").addObject().put("url", "/");
    ArrayNode tags = root.putArray("tags");
    tags.addObject().put("name", "public").put("description", "No credentials; any token is ignored");
    tags.addObject().put("name", "admin").put("description", "Authorization: Bearer <token>");
    tags.addObject().put("name", "operations").put("description", "Health and metrics");
    tags.addObject().put("name", "log").put("description", "The transparency log (RFC 9162, C2SP checkpoints); no credentials");
    paths = root.putObject("paths");
  }

  /** The document, built afresh. */
  public static ObjectNode build() {
    OpenApiDocument d = new OpenApiDocument();
    d.publicOperations();
    d.adminItems();
    d.adminOther();
    d.finish();
    return d.root;
  }

  private void publicOperations() {
    String list = "organ,category,year,window,cursor,limit";
    op("get", "/api/v1/items", "listItems", "public", "Published items, newest first, with cursor pagination",
        query(list), null, ok(ItemPage.class, true), 400);
    op("get", "/api/v1/items/{id}", "getItem", "public",
        "The published view of an item; unpublished, withdrawn and unknown items are all 404", path("id"), null,
        ok(PublicItem.class, true), 404);
    op("get", "/api/v1/items/{id}/history", "getItemHistory", "public",
        "Public versions with correction notes and field-level diffs, or the withdrawal", path("id"), null,
        ok(PublicHistoryView.class, true), 404);
    op("post", "/api/v1/items/{id}/feedback", "sendFeedback", "public",
        "An objection or comment while the notice's publicity window is open (rate-limited per client)", path("id"),
        FeedbackRequest.class, created(FeedbackReceipt.class), 400, 404, 409, 413, 429);
    op("get", "/api/v1/items/{id}/proof", "getItemProof", "log",
        "RFC 9162 inclusion proof of the item's latest public event against the latest checkpoint", path("id"), null,
        ok(ProofView.class, true), 404);
    op("get", "/api/v1/log/checkpoint", "getLogCheckpoint", "log",
        "The latest signed tree head: a C2SP tlog-checkpoint in a signed note (Ed25519)", null, null,
        withEtag(response("The signed note", "text/plain", F.objectNode().put("type", "string"))));
    op("get", "/api/v1/log/key", "getLogKey", "log", "The log's public key", null, null, ok(LogKeyView.class, true));
    op("get", "/api/v1/log/head", "getLogHead", "log", "The latest signed tree head as JSON", null, null,
        ok(LogHeadView.class, true));
    op("get", "/api/v1/log/entries", "getLogEntries", "log", "Leaves [start, end), at most 1000, base64",
        query("start,end"), null, ok(LogEntriesView.class, true), 400);
    op("get", "/api/v1/log/consistency", "getLogConsistency", "log",
        "RFC 9162 consistency proof between two tree sizes", query("first,second"), null,
        ok(ConsistencyView.class, true), 400);
    op("get", "/api/v1/search", "search", "public",
        "Full-text search of published items: words, \"phrases\", -exclusions, OR; filters, facets, highlights",
        query("q,category,organ,year,from,to,amountMin,amountMax,window,sort,limit,cursor,facets"), null,
        ok(SearchPage.class, true), 400);
    op("get", "/api/v1/suggest", "suggest", "public", "Published titles completing what is typed",
        query("q,limit"), null, ok(Suggestions.class, true), 400);
    op("get", "/api/v1/catalogue", "getCatalogue", "public", "The disclosure catalogue (主动公开目录)", null, null,
        ok(arrayOf(CategoryView.class), true));
    op("get", "/api/v1/organs", "listOrgans", "public", "The disclosing organs", null, null,
        ok(arrayOf(OrganView.class), true));
    ObjectNode atom = response("An Atom feed (RFC 4287)", "application/atom+xml", F.objectNode().put("type", "string"));
    withEtag(atom);
    op("get", "/api/v1/feed.atom", "getFeed", "public", "Publications, corrections and withdrawals, newest first",
        query("organ,category"), null, atom, 400);
    ObjectNode export = F.objectNode().put("description", "The export, streamed");
    ObjectNode content = export.putObject("content");
    content.putObject("application/x-ndjson").putObject("schema").put("type", "string");
    content.putObject("text/csv").putObject("schema").put("type", "string");
    content.putObject(JSON).putObject("schema").put("type", "object")
        .put("description", "An OCDS 1.1 release package (format=ocds)");
    op("get", "/api/v1/export", "exportItems", "public",
        "Every published item as JSON Lines or CSV (UTF-8 with BOM), or procurement results as OCDS releases",
        query("format,organ,category,year"), null, export, 400);
    op("get", "/api/v1/openapi.json", "getOpenApi", "operations", "This document", null, null,
        response("OpenAPI 3.1", JSON, F.objectNode().put("type", "object")));
    op("get", "/health", "getHealth", "operations", "Readiness: database and search index", null, null,
        response("Ready", JSON, schemas.of(HealthView.class)), 503);
    op("get", "/health/live", "getLiveness", "operations", "Liveness: the process answers", null, null,
        response("Alive", JSON, schemas.of(HealthView.class)));
    op("get", "/metrics", "getMetrics", "operations", "Prometheus text format", null, null,
        response("Metrics", "text/plain", F.objectNode().put("type", "string")));
  }

  private void adminItems() {
    String item = "/api/v1/admin/items/{id}";
    op("post", "/api/v1/admin/items", "createDraft", "admin", "A new draft (EDITOR of the organ)", null,
        DraftRequest.class, withEtag(created(WorkingItem.class)), 400, 401, 403, 413);
    op("get", "/api/v1/admin/items", "listWorkingItems", "admin",
        "Items of an organ (and the organs below it) in every status, for its staff",
        query("organ,status,category,cursor,limit"), null, ok(WorkingPage.class, false), 400, 401, 403);
    op("get", item, "getWorkingItem", "admin", "The working view; the ETag names the working revision", path("id"),
        null, withEtag(ok(WorkingItem.class, false)), 400, 401, 403, 404);
    op("put", item, "reviseDraft", "admin", "A new revision of a draft (If-Match required)", ifMatch("id"),
        RevisionRequest.class, withEtag(ok(WorkingItem.class, false)), 400, 401, 403, 404, 409, 412, 428);
    op("post", item + "/correction", "correctItem", "admin",
        "Starts a correction (更正) of a published item; reason is the public note (If-Match required)",
        ifMatch("id"), RevisionRequest.class, withEtag(ok(WorkingItem.class, false)), 400, 401, 403, 404, 409, 412,
        428);
    for (String action : ACTIONS) {
      op("post", item + "/" + action, action + "Item", "admin", "Workflow action " + action + " (If-Match required)",
          ifMatch("id"), ActionRequest.class, withEtag(ok(ItemState.class, false)), 400, 401, 403, 404, 409, 412,
          428);
    }
    op("post", item + "/redact", "redactItem", "admin",
        "Blanks a revision that must never have been public (ADMIN); names the revision in the body", path("id"),
        ActionRequest.class, withEtag(ok(ItemState.class, false)), 400, 401, 403, 404, 409);
    op("get", item + "/revisions", "listRevisions", "admin", "Every revision with author, time and reason", path("id"),
        null, ok(arrayOf(RevisionView.class), false), 400, 401, 403, 404);
    op("get", item + "/events", "listEvents", "admin", "The audit trail", path("id"), null,
        ok(arrayOf(EventView.class), false), 400, 401, 403, 404);
    op("get", item + "/privacy-findings", "listPrivacyFindings", "admin",
        "Findings of the confidentiality review on the working revision", path("id"), null,
        ok(arrayOf(PrivacyFindingView.class), false), 400, 401, 403, 404);
    op("get", item + "/feedback", "listFeedback", "admin", "The feedback inbox of an item", path("id"), null,
        ok(arrayOf(FeedbackView.class), false), 400, 401, 403, 404);
  }

  private void adminOther() {
    op("get", "/api/v1/admin/organs/{organ}/compliance", "getCompliance", "admin",
        "Overdue, due soon, stale and missing periodic disclosures of an organ", path("organ"), null,
        ok(ComplianceView.class, false), 401, 403);
    op("get", "/api/v1/admin/organs/{organ}", "getOrgan", "admin", "One organ", path("organ"), null,
        ok(OrganView.class, false), 401, 404);
    op("post", "/api/v1/admin/organs", "registerOrgan", "admin", "A new organ under one the caller administers",
        null, OrganRequest.class, created(OrganView.class), 400, 401, 403);
    op("post", "/api/v1/admin/scheduler/run", "runScheduler", "admin",
        "Publishes due items and closes windows now (ADMIN)", null, null, ok(SchedulerRunView.class, false), 401, 403);
    op("get", "/api/v1/admin/calendar", "getCalendar", "admin", "The years whose holidays are loaded", null, null,
        ok(CalendarView.class, false), 401);
    ObjectNode holidays = F.objectNode().put("type", "object")
        .put("description", "A holiday file: {\"years\": [{\"year\", \"source\", \"daysOff\", \"makeUpWorkdays\"}]}");
    ObjectNode loadCalendar = op("put", "/api/v1/admin/calendar", "loadCalendar", "admin",
        "Loads a year's holidays and make-up workdays (ADMIN); kept for every later start", null, null,
        ok(CalendarView.class, false), 400, 401, 403, 413);
    loadCalendar.putObject("requestBody").put("required", true).putObject("content").putObject(JSON)
        .set("schema", holidays);
    op("get", "/api/v1/admin/me", "getMe", "admin", "The caller's account and roles", null, null,
        ok(AccountView.class, false), 401);
    op("post", "/api/v1/admin/accounts", "createAccount", "admin", "A new account (ADMIN of some organ)", null,
        AccountRequest.class, created(AccountView.class), 400, 401, 403);
    op("get", "/api/v1/admin/accounts/{account}", "getAccount", "admin", "An account with its roles and tokens",
        path("account"), null, ok(AccountView.class, false), 401, 403, 404);
    op("post", "/api/v1/admin/accounts/{account}/grants", "grantRole", "admin",
        "Grants a role on an organ (ADMIN of that organ)", path("account"), GrantView.class,
        ok(AccountView.class, false), 400, 401, 403, 404);
    op("delete", "/api/v1/admin/accounts/{account}/grants/{organ}/{role}", "revokeRole", "admin", "Revokes a role",
        path("account,organ,role"), null, ok(AccountView.class, false), 400, 401, 403, 404);
    op("post", "/api/v1/admin/accounts/{account}/tokens", "issueToken", "admin",
        "A new API token, shown once (the account itself, or an ADMIN of every organ it holds a role on)",
        path("account"), TokenRequest.class, created(NewToken.class), 400, 401, 403, 404);
    ObjectNode noContent = F.objectNode().put("description", "Revoked");
    op("delete", "/api/v1/admin/tokens/{token}", "revokeToken", "admin", "Revokes a token", path("token"), null,
        noContent, 401, 403, 404);
  }

  private void finish() {
    ObjectNode components = root.putObject("components");
    schemas.of(Problem.class);
    components.set("schemas", schemas.components());
    ObjectNode security = components.putObject("securitySchemes");
    security.putObject("bearer").put("type", "http").put("scheme", "bearer")
        .put("description", "An API token (od_…) from `token create` or POST /api/v1/admin/accounts/{id}/tokens");
  }

  // --- building blocks ------------------------------------------------------------------------

  private ObjectNode op(String method, String path, String id, String tag, String summary, ArrayNode params,
      Class<?> body, ObjectNode success, int... errors) {
    ObjectNode op = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    ObjectNode o = op.putObject(method);
    o.put("operationId", id);
    o.putArray("tags").add(tag);
    o.put("summary", summary);
    if (params != null) {
      o.set("parameters", params);
    }
    if (body != null) {
      o.putObject("requestBody").put("required", true).putObject("content").putObject(JSON)
          .set("schema", schemas.of(body));
    }
    if (tag.equals("admin")) {
      o.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode responses = o.putObject("responses");
    String code = success.has("x-status") ? success.remove("x-status").asText() : "200";
    responses.set(code, success);
    for (int e : errors) {
      responses.set(Integer.toString(e), response(reason(e), "application/problem+json", schemas.of(Problem.class)));
    }
    responses.set("default", response("Any other error", "application/problem+json", schemas.of(Problem.class)));
    return o;
  }

  private ObjectNode ok(Type type, boolean cached) {
    ObjectNode r = response("OK", JSON, schemas.of(type));
    if (cached) {
      r.putObject("headers").set("ETag", header("Weak ETag of the body; send it in If-None-Match to get 304"));
    }
    return r;
  }

  private ObjectNode created(Class<?> type) {
    ObjectNode r = response("Created", JSON, schemas.of(type));
    r.put("x-status", "201");
    return r;
  }

  private ObjectNode withEtag(ObjectNode response) {
    ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
    headers.set("ETag", header("The entity tag of the resource"));
    return response;
  }

  private static ObjectNode header(String description) {
    ObjectNode h = F.objectNode().put("description", description);
    h.putObject("schema").put("type", "string");
    return h;
  }

  private static Type arrayOf(Class<?> element) {
    return new java.lang.reflect.ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  private static ObjectNode response(String description, String mediaType, ObjectNode schema) {
    ObjectNode r = F.objectNode().put("description", description);
    r.putObject("content").putObject(mediaType).set("schema", schema);
    return r;
  }

  private static ArrayNode path(String names) {
    ArrayNode a = F.arrayNode();
    for (String n : names.split(",")) {
      ObjectNode p = a.addObject().put("name", n).put("in", "path").put("required", true);
      p.putObject("schema").put("type", "string");
    }
    return a;
  }

  private static ArrayNode ifMatch(String pathNames) {
    ArrayNode a = path(pathNames);
    ObjectNode h = a.addObject().put("name", "If-Match").put("in", "header").put("required", true)
        .put("description", "The ETag of the item as read, e.g. \"r3\"");
    h.putObject("schema").put("type", "string");
    return a;
  }

  private static ArrayNode query(String names) {
    ArrayNode a = F.arrayNode();
    for (String n : names.split(",")) {
      ObjectNode p = a.addObject().put("name", n).put("in", "query").put("required", false);
      if (names.contains("amountMin") && List.of("category", "organ", "year").contains(n)) {
        p.put("description", QUERY_DOCS.getOrDefault(n, n) + "; repeat for any of several");
        p.putObject("schema").put("type", "array").putObject("items").put("type", n.equals("year") ? "integer" : "string");
        p.put("explode", true);
        continue;
      }
      p.put("description", QUERY_DOCS.getOrDefault(n, n));
      ObjectNode s = p.putObject("schema");
      if (n.equals("limit") || n.equals("year") && !names.contains("amountMin")) {
        s.put("type", "integer");
      } else if (n.equals("facets")) {
        s.put("type", "boolean");
      } else {
        s.put("type", "string");
      }
    }
    return a;
  }

  private static final java.util.Map<String, String> QUERY_DOCS = java.util.Map.ofEntries(
      java.util.Map.entry("organ", "An organ's code; its descendants are included"),
      java.util.Map.entry("category", "A category's code; its subcategories are included"),
      java.util.Map.entry("year", "Publication year (Asia/Shanghai)"),
      java.util.Map.entry("window", "'open': only publicity notices whose window is open today"),
      java.util.Map.entry("cursor", "nextCursor of the previous page"),
      java.util.Map.entry("limit", "Page size, 1–200 (default 20)"),
      java.util.Map.entry("status", "DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED or WITHDRAWN"),
      java.util.Map.entry("format", "jsonl (default), csv or ocds"),
      java.util.Map.entry("q", "The text as typed (search), or the start of a word (suggest)"),
      java.util.Map.entry("sort", "relevance (default) or date"),
      java.util.Map.entry("from", "First publication day, e.g. 2026-03-01"),
      java.util.Map.entry("to", "Last publication day, inclusive"),
      java.util.Map.entry("amountMin", "Smallest amount in 元"),
      java.util.Map.entry("amountMax", "Largest amount in 元"),
      java.util.Map.entry("facets", "true (default): counts per category, organ and year and an exact total; "
          + "false: no counts, totalHits exact up to 1000 hits (see totalExact), faster"));

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Invalid input; for validation errors every bad field is listed";
      case 401 -> "No valid token";
      case 403 -> "The token's account may not do this";
      case 404 -> "Not found";
      case 409 -> "Not possible in the item's current status";
      case 412 -> "If-Match does not name the current revision";
      case 413 -> "Request body too large";
      case 428 -> "If-Match is required";
      case 429 -> "Too many requests";
      case 503 -> "Not ready";
      default -> "Error";
    };
  }
}
