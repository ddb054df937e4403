package org.opendisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.model.ItemId;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a citizen does, in headless Chromium against the portal on a real port: search with
 * suggestions and a facet, open an item and its chart, open the history, verify against the log
 * (and see it fail after the database was tampered with), object while the window is open; every
 * page passes axe-core without serious or critical violations; screenshots at desktop and phone
 * widths go to {@code target/screenshots}.
 */
class PortalBrowserTest {
  @TempDir
  static Path dir;
  static PortalFixture f;
  static Browser browser;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    f = new PortalFixture(dir.resolve("index"));
    browser = new Browser(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (f != null) {
      f.close();
    }
  }

  static void open(String path) {
    browser.driver.get(f.base.resolve(path).toString());
  }

  static WebElement visible(String css) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void suggestionsAppearAsYouTypeAndTheKeyboardPicksOne() {
    open("/");
    WebElement box = visible("#home-q");
    box.sendKeys("红岭镇");
    WebElement option = visible("#home-q-suggestions [role=option]");
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
    List<String> options = browser.driver.findElements(By.cssSelector("#home-q-suggestions [role=option]")).stream()
        .map(WebElement::getText).toList();
    assertThat(options).allMatch(t -> t.contains("红岭镇")).contains(PortalFixture.EXPENSES_TITLE);
    assertThat(option.getText()).isNotBlank();
    box.sendKeys(Keys.ARROW_DOWN);
    String chosen = browser.driver.findElement(By.id(box.getAttribute("aria-activedescendant"))).getText();
    box.sendKeys(Keys.ENTER);
    browser.wait.until(ExpectedConditions.urlContains("/search?q="));
    assertThat(visible("#results-q").getAttribute("value")).isEqualTo(chosen);
    assertThat(browser.driver.findElements(By.cssSelector("li.hit h3")).get(0).getText()).isEqualTo(chosen);
  }

  @Test
  void searchWithAFacetOpenTheItemSeeTheChartOpenTheHistoryAndVerify() {
    open("/");
    browser.screenshots("home", () -> visible("#home-q"));
    WebElement box = visible("#home-q");
    box.sendKeys("经费");
    box.submit();
    browser.wait.until(ExpectedConditions.urlContains("/search?q="));
    visible(".facets").findElement(By.partialLinkText("三公经费")).click();
    browser.wait.until(ExpectedConditions.urlContains("category=three-public-expenses"));
    assertThat(visible(".results-count").getText()).isEqualTo("共找到 1 条");
    assertThat(browser.driver.findElement(By.cssSelector("li.hit h3 mark")).getText()).isEqualTo("经费");
    browser.screenshots("results", () -> visible(".results-count"));

    browser.driver.findElement(By.cssSelector("li.hit h3 a")).click();
    assertThat(visible("h1").getText()).isEqualTo(PortalFixture.EXPENSES_TITLE);
    WebElement chart = visible(".chart-canvas.ready svg");
    assertThat(chart.findElements(By.cssSelector("path")).size()).isGreaterThan(10);
    assertThat(chart.getAttribute("textContent")).contains("公务接待费").contains("2023年");
    verify(true);
    browser.screenshots("item", () -> {
      visible(".chart-canvas.ready svg");
      verify(true);
    });

    browser.driver.findElement(By.linkText("查看修改历史")).click();
    assertThat(visible("table.diff-fields caption").getText()).isEqualTo("第1版与第2版的字段变化");
    assertThat(visible("section.version").getText()).contains(PortalFixture.CORRECTION_NOTE);
    browser.screenshots("history", () -> visible("table.diff-body"));
  }

  /** Presses 核验 and waits for the verdict; returns the texts of the checks. */
  static List<String> verify(boolean expected) {
    WebElement button = visible(".verify-button");
    button.click();
    WebElement result = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".verify-result[data-verified]")));
    List<String> checks = result.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
    assertThat(result.getAttribute("data-verified")).as(String.join("\n", checks)).isEqualTo(Boolean.toString(expected));
    assertThat(checks).hasSize(5);
    return checks;
  }

  @Test
  void verificationFailsAfterTheStoredRevisionWasTamperedWith() {
    ItemId id = f.policy;
    open("/items/" + id.value());
    List<String> before = verify(true);
    assertThat(visible(".verify-result .summary").getText()).contains("核验通过");
    assertThat(before).allMatch(c -> c.startsWith("✓"));

    f.tamperWithBody(id, 1, "<p>各村民委员会：</p><p>现将办法印发给你们，请暂缓执行。</p>");
    open("/items/" + id.value());
    assertThat(visible(".body-text").getText()).contains("请暂缓执行");
    List<String> after = verify(false);
    assertThat(visible(".verify-result .summary").getText()).contains("核验失败");
    assertThat(after.get(0)).startsWith("✓ 检查点由日志密钥签名");
    assertThat(after.get(2)).startsWith("✗ 本页内容与日志记录的哈希一致");
    assertThat(after.get(4)).startsWith("✓ 记录包含在已签名的日志中");
  }

  @Test
  void anObjectionCanBeSubmittedWhileTheWindowIsOpen() {
    int before = f.d.feedbackCount(f.cadre);
    open("/items/" + f.cadre.value());
    assertThat(visible("#objection").getText()).contains("公示中");
    visible("#objection-body").sendKeys("对拟任人选<b>有意见</b>，请核实。");
    browser.driver.findElement(By.id("objection-contact")).sendKeys("0571-1234567");
    browser.driver.findElement(By.cssSelector(".objection-form button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("objection=received"));
    assertThat(visible("#objection [role=status]").getText()).contains("您的意见已收到");
    assertThat(f.d.feedbackCount(f.cadre)).isEqualTo(before + 1);
    assertThat(browser.driver.getPageSource()).doesNotContain("有意见</b>");
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndFocusIsVisible() {
    open("/items/" + f.cadre.value());
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("跳到主要内容");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void everyPagePassesAxeWithoutSeriousOrCriticalViolations() {
    String axe = Browser.axeSource();
    List<String> problems = new ArrayList<>();
    for (String path : List.of("/", "/search?q=" + PortalPagesTest.enc("公示"), "/items/" + f.expenses.value(),
        "/items/" + f.cadre.value(), "/items/" + f.budget.value(), "/items/" + f.expenses.value() + "/history",
        "/organs", "/organs/11350100MB0000003X", "/items/" + f.withdrawn.value())) {
      open(path);
      visible("main");
      browser.js().executeScript(axe);
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) browser.js().executeAsyncScript(
          "var done = arguments[arguments.length - 1];"
              + "axe.run(document).then(function (r) {"
              + "  done({passes: r.passes.length, violations: r.violations.map(function (v) {"
              + "    return {id: v.id, impact: v.impact, nodes: v.nodes.length,"
              + "      target: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3).join(', ')}; })});"
              + "}, function (e) { done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: 0,"
              + "  target: String(e)}]}); });");
      assertThat(((Number) result.get("passes")).intValue()).as("axe ran its rules on " + path).isGreaterThan(10);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
      for (Map<String, Object> v : violations) {
        String line = path + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes: "
            + v.get("target") + ")";
        System.out.println("[axe] " + line);
        if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
          problems.add(line);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
