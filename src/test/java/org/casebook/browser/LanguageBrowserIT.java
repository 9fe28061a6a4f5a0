package org.casebook.browser;

import static org.casebook.browser.ConversationBrowserIT.savedVersion;
import static org.casebook.browser.ConversationBrowserIT.startConversation;
import static org.casebook.browser.ConversationBrowserIT.waitForSave;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.casebook.it.Deployments;
import org.casebook.it.Http;
import org.casebook.it.TestFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live language help and the council's lexicon in headless Chromium: a worker sees the phrases in
 * what she writes listed with their suggestions, puts the suggested words in with one click and
 * keeps writing and saving as ever; an administrator adds an entry, tries it on a sentence and
 * keeps it. axe-core checks every page on the way, the editor with its findings shown included.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  private String newPerson() {
    String name = "Language Person " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        new Http(base)
            .send("POST", "/api/people", "it.worker.a1", PW, "{\"fullName\":\"" + name + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
  }

  /** The findings listed below a field, once there are as many as expected. */
  private static List<WebElement> findings(Browser b, String fieldId, int expected) {
    By items = By.cssSelector("[data-for='" + fieldId + "'] .cb-language-finding");
    new WebDriverWait(b.driver, Duration.ofSeconds(15))
        .until(d -> d.findElements(items).size() == expected);
    return b.driver.findElements(items);
  }

  private static String summary(Browser b, String fieldId) {
    return b.byId(fieldId + "-language").getText();
  }

  private static Object js(Browser b, String script, Object... args) {
    return ((JavascriptExecutor) b.driver).executeScript(script, args);
  }

  @Test
  void aWorkerSeesThePhrasesInWhatSheWritesAndPutsASuggestionInWithOneClick() {
    String personId = newPerson();
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      startConversation(b, personId, 0);
      int version = savedVersion(b);

      String written = "She suffers from dementia and is wheelchair-bound";
      b.type("f:working", written);
      List<WebElement> found = findings(b, "f:working", 2);
      assertEquals("2 phrases you might put another way", summary(b, "f:working"));
      assertTrue(found.get(0).getText().contains("suffers from"), found.get(0).getText());
      assertTrue(found.get(0).getText().contains("Try: lives with, or has"));
      assertTrue(found.get(0).getText().contains("Deficit framing"));
      assertTrue(found.get(1).getText().contains("wheelchair-bound"));
      assertTrue(found.get(1).getText().contains("uses a wheelchair"));
      assertEquals(
          2L,
          js(b, "return document.querySelectorAll('.cb-language-layer .cb-language-mark').length;"),
          "the words are underlined in the field");
      assertTrue(
          b.byId("f:working").getAttribute("aria-describedby").contains("f:working-language"),
          "the count is part of the field's description");
      // The person's own words in quotation marks are never flagged.
      b.type("f:notWorking", "He said \"I'm a burden to them\" and then refused the tablets.");
      assertTrue(findings(b, "f:notWorking", 1).get(0).getText().contains("refused"));
      b.assertAccessible("conversation-editor-language");

      WebElement apply = found.get(0).findElement(By.tagName("button"));
      assertEquals("Change to “lives with”", apply.getText());
      apply.click();
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(
              d -> b.value("f:working").equals("She lives with dementia and is wheelchair-bound"));
      List<WebElement> left = findings(b, "f:working", 1);
      assertTrue(left.get(0).getText().contains("wheelchair-bound"), "the finding has gone");
      assertEquals("f:working", js(b, "return document.activeElement.id;"));

      // Advice rather than words to put in: the button selects the words to rewrite.
      WebElement select = left.get(0).findElement(By.tagName("button"));
      assertEquals("Select the words", select.getText());
      select.click();
      assertEquals(
          "wheelchair-bound",
          js(
              b,
              "var f = document.activeElement;"
                  + " return f.value.substring(f.selectionStart, f.selectionEnd);"));
      b.byId("f:working").sendKeys("a wheelchair user");
      new WebDriverWait(b.driver, Duration.ofSeconds(15))
          .until(d -> summary(b, "f:working").equals("No phrases to reconsider now."));

      // A field marked as the person's own words (as "what a good life looks like" is, to begin
      // with) is left alone.
      assertTrue(b.byId("f:goodLifeTheirs").isSelected());
      b.type("f:goodLife", "I suffer from loneliness");
      b.byId("f:goodLifeTheirs").sendKeys(Keys.SPACE);
      findings(b, "f:goodLife", 1);
      b.byId("f:goodLifeTheirs").sendKeys(Keys.SPACE);
      findings(b, "f:goodLife", 0);

      // The change was saved like any typing, and saving still works.
      waitForSave(b, version);
      b.click("f:saveDraft");
      b.open(b.path());
      assertEquals(
          "She lives with dementia and is a wheelchair user", b.value("f:working"), "kept");
      assertTrue(findings(b, "f:notWorking", 1).get(0).getText().contains("refused"));
      assertEquals("1 phrase you might put another way", summary(b, "f:notWorking"));
    }
  }

  @Test
  void anAdministratorAddsAnEntryTriesItAndKeepsIt() {
    try (Browser b = new Browser(base)) {
      b.signIn("it.admin", PW);
      b.open("/index.xhtml");
      assertTrue(
          b.driver
              .findElement(By.linkText("Lexicon"))
              .getAttribute("href")
              .endsWith("/admin/language.xhtml"));
      b.open("/admin/language.xhtml");
      assertTrue(b.text("entries").contains("suffer* from"));
      b.assertAccessible("lexicon-list");

      new org.openqa.selenium.support.ui.Select(b.byId("category")).selectByVisibleText("Jargon");
      new org.openqa.selenium.support.ui.Select(b.byId("source"))
          .selectByVisibleText("Comes with Casebook");
      b.submit("filterButton");
      assertTrue(b.text("entries").contains("respite"), b.text("entries"));
      assertFalse(b.text("entries").contains("suffer* from"), "only jargon");
      assertTrue(b.text("shown").startsWith("Showing "), b.text("shown"));

      b.open("/admin/language-entry.xhtml?shipped=wheelchair-bound");
      assertTrue(b.text("shippedEntry").contains("uses a wheelchair"));
      b.assertAccessible("lexicon-entry-shipped");

      b.open("/admin/language.xhtml");
      b.submit("addEntry");
      b.submit("f:save");
      assertTrue(b.text("f:phrases-error").contains("at least one phrase"), b.bodyText());
      assertTrue(b.text("f:category-error").contains("Choose why"));
      b.paste("f:phrases", "frequent caller*\nfrequent caller's");
      b.submit("f:save");
      assertTrue(b.text("f:phrases-error").contains("Phrase 2 could never be found"));
      assertEquals("frequent caller*\nfrequent caller's", b.value("f:phrases"), "kept as typed");
      b.assertAccessible("lexicon-entry-problems");

      b.click("f:category:1");
      b.paste("f:phrases", "frequent caller*\nregular caller*");
      b.paste("f:suggestion", "the person’s name, and what keeps them ringing");
      b.paste("f:explanation", "It makes a person sound like a nuisance for asking for help.");
      b.paste("f:sample", "Mrs Khan is a frequent caller to the front door.");
      b.click("f:tryIt");
      assertTrue(b.text("tryCaught").contains("Catches “frequent caller”."), b.bodyText());
      assertEquals(
          "frequent caller",
          b.driver.findElement(By.cssSelector("#trySample mark")).getText(),
          "the words are marked in the sentence");
      b.assertAccessible("lexicon-entry-try");

      b.submit("f:save");
      assertTrue(b.bodyText().contains("Saved."), b.bodyText());
      assertTrue(b.text("entries").contains("frequent caller*; regular caller*"));
      assertTrue(b.text("entries").contains("Added by our council"));
      b.driver.findElement(By.partialLinkText("frequent caller*")).click();
      b.waitForPage();
      assertEquals("frequent-caller", b.text("code").replaceAll(".*Name: (\\S+).*", "$1"));
      b.assertAccessible("lexicon-entry-change");
    }
  }
}
