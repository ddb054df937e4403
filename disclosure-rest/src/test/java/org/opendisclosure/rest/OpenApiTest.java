package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI document parses as valid 3.1 and lists exactly the operations the server serves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
  private TestServer s;
  private String json;

  @BeforeAll
  void start() {
    s = TestServer.start();
    json = s.get("/api/v1/openapi.json").expect(200).body();
  }

  @AfterAll
  void stop() {
    s.close();
  }

  @Test
  void isValidOpenApi31ForARealParser() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).startsWith("3.1");
    assertThat(api.getComponents().getSchemas()).containsKeys("PublicItem", "Problem", "BudgetStatement",
        "BudgetStatementLine", "SocialAssistanceListHousehold", "WorkingItem", "SearchPage");
    assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearer");
  }

  @Test
  void everyResourceMethodIsDocumentedAndNothingElse() {
    Set<String> served = new TreeSet<>();
    ResourceConfig rc = DisclosureServer.application(s.ctx);
    for (Object o : rc.getInstances()) {
      if (o.getClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        collect(Resource.from(o.getClass()), "", served);
      }
    }
    Set<String> documented = new TreeSet<>();
    OpenAPI api = new OpenAPIV3Parser().readContents(json, null, new ParseOptions()).getOpenAPI();
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      e.getValue().readOperationsMap().keySet().forEach(m -> documented.add(m.name() + " " + e.getKey()));
    }
    assertThat(served).hasSizeGreaterThan(40);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
  }

  private static void collect(Resource r, String prefix, Set<String> out) {
    String path = join(prefix, r.getPath());
    for (ResourceMethod m : r.getResourceMethods()) {
      for (String p : expand(path)) {
        out.add(m.getHttpMethod() + " " + p);
      }
    }
    for (Resource child : r.getChildResources()) {
      collect(child, path, out);
    }
  }

  private static String join(String a, String b) {
    String path = (a + "/" + (b == null ? "" : b)).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** A template parameter with a regex of alternatives ({action: a|b}) stands for one path each. */
  private static Set<String> expand(String path) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+):\\s*([^}]+)}").matcher(path);
    if (!m.find()) {
      return Set.of(path);
    }
    Set<String> out = new TreeSet<>();
    for (String alt : m.group(2).split("\\|")) {
      out.addAll(expand(path.substring(0, m.start()) + alt.strip() + path.substring(m.end())));
    }
    return out;
  }
}
