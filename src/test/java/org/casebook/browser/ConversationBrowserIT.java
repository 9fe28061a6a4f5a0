package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.it.Deployments;
import org.casebook.it.Http;
import org.casebook.it.TestFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Good-life conversations in headless Chromium: a whole conversation by keyboard, a draft that
 * survives the browser closing, finalising and an addendum, two workers on one draft, and the
 * person's "My plan" PDF. axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  /** Adds a person through the API, as the given worker, and gives back their reference. */
  private String newPerson(String worker, String name) {
    return new Http(base).newPerson(worker, PW, name);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Keyboard only: focus goes where the keys are sent, and nothing is clicked. */
  private static void keys(Browser b, String id, CharSequence... keys) {
    b.byId(id).sendKeys(keys);
  }

  /** Presses Enter on a button that works in the page (adds a row, saves a draft). */
  private static void press(Browser b, String id) {
    keys(b, id, Keys.ENTER);
    b.waitForPage();
  }

  /** Presses Enter on a button or link that loads another page, and waits for it. */
  private static void go(Browser b, String id) {
    b.pressToLoad(b.byId(id), Keys.ENTER);
  }

  private static String focused(Browser b) {
    return (String)
        ((JavascriptExecutor) b.driver).executeScript("return document.activeElement.id;");
  }

  /** Waits until the draft has been saved at least once more than the given version. */
  static int waitForSave(Browser b, int after) {
    new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> savedVersion(b) > after);
    return savedVersion(b);
  }

  /** Read in one step: the autosave may redraw the save status at any moment. */
  static int savedVersion(Browser b) {
    b.byId("f:saveStatus");
    return Integer.parseInt(
        (String)
            ((JavascriptExecutor) b.driver)
                .executeScript(
                    "return document.getElementById('f:saveStatus').getAttribute('data-version');"));
  }

  /** Waits for the browser to arrive at a page (a key press starts navigation, not ends it). */
  private static void arriveAt(Browser b, String path) {
    new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> b.path().startsWith(path));
    b.waitForPage();
  }

  static void startConversation(Browser b, String personId, int kindIndex) {
    b.open("/person/view.xhtml?id=" + personId);
    go(b, "startConversation");
    keys(b, "f:kind:" + kindIndex, Keys.SPACE);
    go(b, "f:start");
    arriveAt(b, "/conversation/edit.xhtml");
  }

  @Test
  void aWholeConversationCanBeRecordedWithTheKeyboardAloneAndFinalised() throws Exception {
    String name = unique("Keyboard Person");
    String personId = newPerson("it.worker.a1", name);
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      b.assertAccessible("person-no-conversation");
      go(b, "startConversation");
      b.assertAccessible("conversation-start");
      keys(b, "f:kind:2", Keys.SPACE);
      go(b, "f:start");
      assertTrue(b.bodyText().contains("Draft"), "the draft is visibly a draft");
      b.assertAccessible("conversation-editor");
      int version = savedVersion(b);

      // About the conversation
      keys(b, "f:mode:0", Keys.SPACE);
      keys(b, "f:place", "At home");
      keys(b, "f:whoWasThere", "Sam and me");
      // What matters, with paragraphs
      keys(
          b,
          "f:whatMatters",
          "Getting back to my allotment.",
          Keys.ENTER,
          Keys.ENTER,
          "Seeing my grandson.");
      keys(b, "f:goodLife", "Out in the fresh air.");
      keys(b, "f:working", "My neighbour pops in.");
      keys(b, "f:notWorking", "My knees.");
      // Strengths: the first row is there; a second is added with the keyboard
      keys(b, "f:strengths:0:category", "Skills");
      keys(b, "f:strengths:0:description", "Forty years growing vegetables");
      press(b, "f:addStrength");
      assertEquals("f:strengths:1:category", focused(b), "focus moves to the new row");
      keys(b, "f:strengths:1:category", "Personal");
      keys(b, "f:strengths:1:description", "Patient teacher");
      // Network
      keys(b, "f:network:0:name", "Priya");
      keys(b, "f:network:0:relationship", "daughter");
      keys(b, "f:network:0:group", "Family");
      keys(b, "f:network:0:contact", "Every week");
      keys(b, "f:network:0:closeness:4", Keys.SPACE);
      keys(b, "f:network:0:supportGiven", "Drives me to appointments");
      keys(b, "f:network:0:supportReceived", "I look after her cat");
      // Motivational interviewing
      keys(b, "f:importance:9", Keys.SPACE);
      keys(b, "f:importanceReason", "It's where I feel like me");
      keys(b, "f:confidence:4", Keys.SPACE);
      keys(b, "f:confidenceReason", "My knees");
      press(b, "f:addChangeTalk");
      assertEquals("f:changeTalk:0:words", focused(b));
      keys(b, "f:changeTalk:0:words", "I want to be out there again");
      keys(b, "f:changeTalk:0:type", "Desire");
      keys(b, "f:sustainTalk", "What if I fall?");
      keys(b, "f:stage", "Getting ready");
      keys(b, "f:reflections", "Being useful matters to you.");
      // A risk the person chooses to take
      press(b, "f:addRisk");
      keys(b, "f:risks:0:risk", "Going to the allotment alone");
      keys(b, "f:risks:0:personsView", "Worth it");
      keys(b, "f:risks:0:saferWhen", "Phone in pocket");
      keys(b, "f:risks:0:agreedBy", "Me and Priya");
      // A goal with its whole scale, linked to a strength and to Priya
      version = waitForSave(b, version);
      keys(b, "f:goals:0:words", "Get back to my allotment");
      keys(b, "f:goals:0:expected", "Twice a week with Priya");
      keys(b, "f:goals:0:moreThanExpected", "Three times a week");
      keys(b, "f:goals:0:muchMoreThanExpected", "On my own, helping others");
      keys(b, "f:goals:0:lessThanExpected", "Once");
      keys(b, "f:goals:0:muchLessThanExpected", "Not at all");
      keys(b, "f:goals:0:weight", "3");
      keys(b, "f:goals:0:targetDate", "1 3 2027");
      keys(b, "f:goals:0:strengthKeys:0", Keys.SPACE);
      keys(b, "f:goals:0:networkKeys:0", Keys.SPACE);
      // An agreed action for Priya
      keys(b, "f:actions:0:owner", "Someone");
      b.waitForPage();
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(d -> b.exists("f:actions:0:networkKey"));
      keys(b, "f:actions:0:networkKey", "Priya");
      keys(b, "f:actions:0:what", "Drive Dad to the allotment on Tuesdays");
      keys(b, "f:actions:0:byWhen", "1 12 2030");
      keys(b, "f:actions:0:byWhen", Keys.TAB);
      waitForSave(b, version);
      b.assertAccessible("conversation-editor-filled");

      go(b, "f:finalise");
      arriveAt(b, "/conversation/view.xhtml");
      assertTrue(b.bodyText().contains("The conversation is finalised and signed."));
      assertTrue(b.text("stamp").contains("Finalised"));
      assertTrue(b.text("stamp").contains("Ada Worker"), "signed with the worker's name");
      assertEquals(
          "Getting back to my allotment.\n\nSeeing my grandson.",
          b.text("n-whatMattersText"),
          "paragraphs are kept");
      String page = b.bodyText();
      for (String expected :
          new String[] {
            "Forty years growing vegetables",
            "Patient teacher",
            "Priya",
            "9 out of 10",
            "I want to be out there again",
            "Going to the allotment alone",
            "Twice a week with Priya",
            "Drive Dad to the allotment on Tuesdays"
          }) {
        assertTrue(page.contains(expected), "the conversation shows " + expected);
      }
      assertFalse(b.exists("f:whatMatters"), "a finalised conversation has no fields to edit");
      b.assertAccessible("conversation-view");

      // The person's page at a glance
      go(b, "backToPerson");
      assertTrue(b.text("glanceStrengths").contains("Forty years growing vegetables"));
      assertTrue(b.text("glanceGoals").contains("Get back to my allotment"));
      assertTrue(b.text("glanceNetwork").contains("Priya"));
      assertTrue(
          b.byId("ecomap").getAttribute("innerHTML").contains("Priya"), "the ecomap shows Priya");
      assertTrue(b.text("openActions").contains("Drive Dad to the allotment on Tuesdays"));
      b.assertAccessible("person-at-a-glance");
      WebElement tick =
          b.driver.findElement(org.openqa.selenium.By.cssSelector("#openActions button"));
      b.pressToLoad(tick, Keys.ENTER);
      assertTrue(b.bodyText().contains("Action ticked off."));
      assertFalse(b.exists("openActions"), "no action left open");
    }
  }

  @Test
  void closingTheBrowserMidwayLosesNothingAndTheDraftIsOfferedBack() {
    String name = unique("Draft Person");
    String personId = newPerson("it.worker.a1", name);
    String words = "I'd like to sing in a choir again, like I did before Dad died.";
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      startConversation(b, personId, 0);
      int version = savedVersion(b);
      b.paste("f:whatMatters", words);
      b.paste("f:strengths:0:description", "Strong voice");
      waitForSave(b, version);
    } // the browser is closed here, with no "save" pressed

    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      assertTrue(b.text("drafts").contains("Listen and connect"), "the draft is offered back");
      b.open("/caseload/index.xhtml");
      assertTrue(b.text("myDrafts").contains(name));
      b.assertAccessible("caseload");
      WebElement draftLink =
          b.byId("myDrafts").findElement(org.openqa.selenium.By.partialLinkText(name));
      b.pressToLoad(draftLink, Keys.ENTER);
      assertEquals(words, b.value("f:whatMatters"));
      assertEquals("Strong voice", b.value("f:strengths:0:description"));
      assertTrue(b.text("draftBanner").contains("Draft"));
    }
  }

  @Test
  void problemsAreShownNextToTheirFieldsAndAnAddendumKeepsTheHistory() {
    String personId = newPerson("it.worker.a1", unique("Addendum Person"));
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      startConversation(b, personId, 0);
      b.paste("f:heldOn", "31 2 2026");
      b.paste("f:goals:0:words", "Walk to the shop");
      b.submit("f:finalise");
      assertTrue(b.text("f:heldOn-error").contains("real date"), b.bodyText());
      assertTrue(b.text("f:mode-error").contains("Choose how you met"));
      assertTrue(b.text("f:whatMatters-error").contains("what matters"));
      assertTrue(b.text("f:goals:0:expected-error").contains("what this level would look like"));
      assertEquals("Walk to the shop", b.value("f:goals:0:words"), "nothing typed is lost");
      assertEquals("true", b.byId("f:whatMatters").getAttribute("aria-invalid"));
      String summary = b.text("problems");
      assertTrue(summary.indexOf("Date of the conversation") < summary.indexOf("How you met"));
      assertTrue(
          summary.contains("Goal 1: As expected (0): Write what this level would look like"),
          summary);
      b.driver
          .findElement(
              org.openqa.selenium.By.linkText(
                  "Goal 1: As expected (0): Write what this level would look like, with the person"))
          .click();
      assertEquals("f:goals:0:expected", focused(b), "the link puts the cursor in the field");
      b.assertAccessible("conversation-problems");

      b.paste("f:heldOn", "1 11 2026");
      b.click("f:mode:1");
      b.paste("f:whatMatters", "Feeling less alone.");
      b.paste("f:goals:0:words", "");
      b.paste("f:goals:0:expected", "");
      b.submit("f:finalise");
      assertTrue(b.path().startsWith("/conversation/view.xhtml"), b.bodyText());

      b.submit("addAddendum");
      b.assertAccessible("conversation-addendum");
      b.paste("f:whatMatters", "Feeling less alone, and seeing my sister.");
      b.submit("f:saveAddendum");
      assertTrue(b.text("f:reason-error").contains("Say why"), "a reason is needed");
      assertEquals("Feeling less alone, and seeing my sister.", b.value("f:whatMatters"));
      b.paste("f:reason", "She told me about her sister after the visit.");
      b.submit("f:saveAddendum");
      assertTrue(b.bodyText().contains("Your addendum is saved"));
      assertEquals("Feeling less alone, and seeing my sister.", b.text("n-whatMattersText"));
      assertTrue(b.text("correctedNotice").contains("She told me about her sister"));
      assertTrue(b.text("historyTable").contains("Version 1"));
      assertTrue(b.text("historyTable").contains("Version 2"));

      WebElement first = b.driver.findElement(org.openqa.selenium.By.linkText("Version 1"));
      first.click();
      new WebDriverWait(b.driver, Duration.ofSeconds(20))
          .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(first));
      b.waitForPage();
      assertTrue(b.text("earlierBanner").contains("version 1 of 2"));
      assertEquals("Feeling less alone.", b.text("n-whatMattersText"), "the first version is kept");
      b.assertAccessible("conversation-history");
    }
  }

  @Test
  void twoWorkersOnOneDraftSeeEachOthersWorkAndNeitherIsLostSilently() {
    String personId = newPerson("it.worker.a1", unique("Shared Draft"));
    try (Browser first = new Browser(base);
        Browser second = new Browser(base)) {
      first.signIn("it.worker.a1", PW);
      startConversation(first, personId, 0);
      String editor = first.path();
      second.signIn("it.worker.a2", PW);
      second.open(editor);

      int v = savedVersion(first);
      first.paste("f:whatMatters", "First worker's notes");
      waitForSave(first, v);

      second.paste("f:whatMatters", "Second worker's notes");
      second.click("f:saveDraft");
      new WebDriverWait(second.driver, Duration.ofSeconds(15))
          .until(d -> second.exists("f:conflict"));
      assertTrue(second.text("theirVersion").contains("First worker's notes"), "theirs is shown");
      assertEquals(
          "Second worker's notes", second.value("f:whatMatters"), "mine is kept on screen");
      assertTrue(second.bodyText().contains("Someone else saved changes"));
      second.assertAccessible("conversation-conflict");

      second.click("f:keepMine");
      assertFalse(second.exists("f:conflict"));
      assertTrue(second.bodyText().contains("Your version is saved."));
      assertEquals("Second worker's notes", second.value("f:whatMatters"));

      // The first worker's next save now meets the second worker's version, and is told so.
      first.paste("f:whatMatters", "First worker again");
      first.click("f:saveDraft");
      new WebDriverWait(first.driver, Duration.ofSeconds(15))
          .until(d -> first.exists("f:conflict"));
      assertTrue(first.text("theirVersion").contains("Second worker's notes"));
      first.click("f:takeTheirs");
      assertEquals("Second worker's notes", first.value("f:whatMatters"));
    }
  }

  @Test
  void myPlanIsAPdfWrittenToThePersonWithWhatWasAgreed() throws IOException {
    String name = unique("Plan Person");
    String personId = newPerson("it.worker.a1", name);
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      startConversation(b, personId, 2);
      b.click("f:mode:0");
      b.paste("f:whatMatters", "My garden.\n\nMy grandchildren.");
      b.byId("f:strengths:0:category").sendKeys("Interests");
      b.paste("f:strengths:0:description", "Knows every rose by name");
      b.paste("f:network:0:name", "Alma");
      b.paste("f:network:0:relationship", "neighbour");
      b.byId("f:network:0:group").sendKeys("Neighbours");
      b.click("f:network:0:closeness:3");
      b.paste("f:goals:0:words", "Open my garden for the village day");
      b.paste("f:goals:0:expected", "Garden open for one afternoon");
      b.paste("f:goals:0:moreThanExpected", "Open all weekend");
      b.paste("f:goals:0:muchMoreThanExpected", "Open and selling cuttings");
      b.paste("f:goals:0:lessThanExpected", "Ready but not open");
      b.paste("f:goals:0:muchLessThanExpected", "Not ready");
      b.byId("f:actions:0:owner").sendKeys("The person");
      b.paste("f:actions:0:what", "Ask the village day committee for a slot");
      b.submit("f:finalise");
      assertTrue(b.path().startsWith("/conversation/view.xhtml"), b.bodyText());

      String href = b.byId("myPlan").getAttribute("href");
      String cookie =
          "CASEBOOK_SESSION=" + b.driver.manage().getCookieNamed("CASEBOOK_SESSION").getValue();
      HttpResponse<byte[]> pdf =
          Http.CLIENT.send(
              HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", cookie).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pdf.statusCode());
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
      Path saved = Path.of("target", "screenshots", "my-plan.pdf");
      Files.createDirectories(saved.getParent());
      Files.write(saved, pdf.body());
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        for (String expected :
            new String[] {
              "My plan",
              name.split(" ")[0],
              "What matters to me",
              "My garden.",
              "My grandchildren.",
              "Knows every rose by name",
              "Alma",
              "Open my garden for the village day",
              "Garden open for one afternoon",
              "Ask the village day committee for a slot"
            }) {
          assertTrue(text.contains(expected), "My plan says " + expected + ":\n" + text);
        }
        assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
      }

      // A worker in another team cannot download it: the page says there is no such page.
      try (Browser outsider = new Browser(base)) {
        outsider.signIn("it.worker.b1", PW);
        outsider.driver.get(href);
        assertEquals("Page not found", outsider.heading());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
