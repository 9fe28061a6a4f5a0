package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with what every journey needs: signing in, typing
 * into fields by label id, waiting for PrimeFaces Ajax, axe-core checks and screenshots under
 * target/screenshots. Never downloads a browser or driver.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  final ChromeDriver driver;
  private final String base;

  public Browser(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  public void signIn(String username, String password) {
    open("/login.xhtml");
    type("f:username", username);
    type("f:password", password);
    click("f:signIn");
  }

  public WebElement byId(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public boolean exists(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public Browser type(String id, String text) {
    WebElement field = byId(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Puts text in a field in one go (long text, or characters the keyboard would not type). */
  public Browser paste(String id, String text) {
    WebElement field = byId(id);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            field,
            text);
    return this;
  }

  public String value(String id) {
    return byId(id).getAttribute("value");
  }

  /**
   * Clicks, then waits for whatever the click started: a new page (the old one is watched for
   * unloading), or a PrimeFaces Ajax update, so the next step never reads a page on its way out.
   */
  public Browser click(String id) {
    WebElement element = byId(id);
    JavascriptExecutor js = driver;
    js.executeScript(
        "arguments[0].scrollIntoView({block: 'center'});"
            + " window.__cbWatched = true; window.__cbLeaving = false;"
            + " if (!window.__cbHooked) { window.__cbHooked = true;"
            + " window.addEventListener('beforeunload', function () { window.__cbLeaving = true; }); }",
        element);
    element.click();
    settle();
    return this;
  }

  /** Waits a moment for a navigation to begin, then until the page (old or new) is quiet. */
  private void settle() {
    try {
      Thread.sleep(150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !(window.__cbWatched && window.__cbLeaving)"
                                + " && document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /** Clicks a button or link that loads a new page, and waits until the new page is there. */
  public Browser submit(String id) {
    WebElement element = byId(id);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.WebDriverException e) {
      // The new page can replace the old one while the driver is still finishing the click.
      if (!gone(element)) {
        throw e;
      }
    }
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
    waitForPage();
    return this;
  }

  /**
   * The element's page has been replaced. While the old page is going, Chromium may answer that the
   * node "does not belong to the document" instead of calling it stale: that means gone too.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      String m = e.getMessage();
      if (m != null && m.contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Presses a key on a button or link that loads a new page, and waits for the new page. */
  public Browser pressToLoad(WebElement element, CharSequence key) {
    element.sendKeys(key);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
    waitForPage();
    return this;
  }

  public String text(String id) {
    return byId(id).getText();
  }

  public String bodyText() {
    for (int attempt = 0; ; attempt++) {
      try {
        return driver.findElement(By.tagName("body")).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
        waitForPage();
      }
    }
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** Waits until the document has loaded and PrimeFaces has no Ajax request in flight. */
  public void waitForPage() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /** axe-core must find no WCAG 2.2 A/AA violation; a screenshot is kept either way. */
  public void assertAccessible(String name) {
    waitForPage();
    settleStyles();
    screenshot(name);
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          "axe-core found accessibility violations on "
              + name
              + " ("
              + path()
              + "):\n"
              + violations.stream()
                  .map(
                      v ->
                          "- "
                              + v.getId()
                              + ": "
                              + v.getHelp()
                              + "\n    "
                              + v.getNodes().stream()
                                  .map(n -> n.getTarget() + " " + n.getHtml())
                                  .collect(Collectors.joining("\n    ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  /**
   * Takes the pointer off whatever was last clicked and stops CSS transitions, so axe measures
   * colours as they stand, not half-way through a button fading back from "busy" or "hovered".
   */
  private void settleStyles() {
    ((JavascriptExecutor) driver)
        .executeScript(
            "if (!document.getElementById('cb-test-still')) {"
                + " var s = document.createElement('style'); s.id = 'cb-test-still';"
                + " s.textContent = '*, *::before, *::after { transition: none !important;"
                + " animation: none !important; }';"
                + " document.head.appendChild(s); }");
    new org.openqa.selenium.interactions.Actions(driver).moveToLocation(0, 0).perform();
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
