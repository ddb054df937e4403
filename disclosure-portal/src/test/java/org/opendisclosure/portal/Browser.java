package org.opendisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser), a
 * fresh profile per run, screenshots into {@code target/screenshots}, and axe-core from its webjar.
 * Tests that need it call {@link #assumeInstalled()} first, which skips them, saying why, on a
 * machine without the browser.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  final ChromeDriver driver;
  final WebDriverWait wait;

  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: headless Chromium needs Debian's chromium and chromium-driver at " + CHROMIUM + " and "
            + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver fonts-noto-cjk)");
  }

  Browser(Path profile) {
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN", "--window-size=1280,900");
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  JavascriptExecutor js() {
    return driver;
  }

  /** Resizes the window to {@code size} and reloads, so the page lays itself out as on such a screen. */
  void atSize(Dimension size) {
    driver.manage().window().setSize(size);
    driver.navigate().refresh();
    wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
  }

  /** The whole page as it is now, saved as {@code target/screenshots/name.png}. */
  Path capture(String name) {
    Number width = (Number) js().executeScript("return document.documentElement.clientWidth");
    Number height = (Number) js().executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
            Math.min(height.intValue(), 8000), "scale", 1)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page at desktop and phone widths, {@code name-desktop.png} and {@code name-phone.png}; {@code after} runs after each load. */
  void screenshots(String name, Runnable after) {
    for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
      atSize(size);
      after.run();
      assertThat(capture(name + (size == DESKTOP ? "-desktop" : "-phone"))).isNotEmptyFile();
    }
    atSize(DESKTOP);
  }

  /** axe-core's source, from the webjar on the test class path. */
  static String axeSource() {
    Properties p = new Properties();
    try (InputStream in = Browser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      p.load(in);
      try (InputStream axe = Browser.class.getResourceAsStream(
          "/META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js")) {
        return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
