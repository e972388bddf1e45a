package org.dossier.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by ChromeDriver, both from the system (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths with {@code -Ddossier.chromium=} and {@code -Ddossier.chromedriver=}).
 * Nothing is downloaded: Selenium Manager is not consulted when both paths are given. Test classes that need it
 * are annotated {@code @ExtendWith(Browser.Required.class)}, so a machine without Chromium skips them with a
 * message instead of failing.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("dossier.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("dossier.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(20);

  final ChromeDriver driver;
  private final String base;

  /** Skips a test class, saying why once on stderr, when Chromium or ChromeDriver is not installed. */
  static final class Required implements ExecutionCondition {
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
        return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
      }
      String why = "browser tests skipped: no Chromium at " + CHROMIUM + " or no ChromeDriver at " + DRIVER
          + " (apt-get install chromium chromium-driver)";
      if (TOLD.compareAndSet(false, true)) {
        System.err.println(why);
      }
      return ConditionEvaluationResult.disabled(why);
    }
  }

  Browser(URI server) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    // the closed network needs the background services off, or Chromium waits on them
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    base = server.toString().replaceAll("/$", "");
  }

  /** Opens a route of the page ("#/article/ID") and waits until its view has rendered. */
  void open(String hash) {
    driver.get(base + "/" + hash);
    waitForView();
  }

  /** Waits until the current view says it is ready (app.js sets data-ready once it rendered or failed). */
  void waitForView() {
    until(d -> !d.findElements(By.cssSelector("#main .view[data-ready=true]")).isEmpty());
  }

  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  WebElement find(String css) {
    return until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() ? null : found.get(0);
    });
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The browser console's errors since the last call (failed loads, policy violations, script errors). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Saves the page as target/screenshots/NAME.png. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    return Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
