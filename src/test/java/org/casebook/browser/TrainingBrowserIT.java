package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.casebook.it.Deployments;
import org.casebook.it.Http;
import org.casebook.it.TestFixtures;
import org.casebook.platform.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The training journeys in headless Chromium: a trainer takes a signed record into the library and
 * reviews it anonymised, a second trainer approves it; a programme with a rewriting exercise on the
 * case and a coding exercise on the sample conversation; a trainee rewrites the note with the
 * language checker's feedback side by side and codes the conversation to see the MITI summary; the
 * case withdrawn takes its exercise with it. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  /** What identifies the person: none of it may appear in the training area. */
  private static final List<String> IDENTIFYING =
      List.of("Pemberton", "Wynona", "Dilys", "07700 900982");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  private String signedRecord() {
    HttpResponse<String> created =
        new Http(base)
            .send(
                "POST",
                "/api/people",
                "it.worker.a1",
                PW,
                "{\"fullName\":\"Wynona Pemberton\",\"ward\":\"Hillside\"}");
    assertEquals(201, created.statusCode(), created.body());
    String personId = created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      b.submit("startConversation");
      b.click("f:kind:0");
      b.submit("f:start");
      b.paste("f:heldOn", UkDates.forInput(LocalDate.now()));
      b.click("f:mode:0");
      b.paste(
          "f:whatMatters",
          "Wynona wants to sing with the choir again, with her neighbour Dilys Pemberton.");
      b.paste(
          "f:working",
          "Mrs Pemberton suffers from arthritis and refuses to engage with physio. She is"
              + " wheelchair-bound since March. Her son rings on 07700 900982 every Sunday.");
      b.submit("f:finalise");
      assertTrue(b.path().startsWith("/conversation/view.xhtml"), b.bodyText());
    }
    return personId;
  }

  private static void assertAnonymous(Browser b) {
    String page = b.bodyText();
    for (String s : IDENTIFYING) {
      assertFalse(page.contains(s), b.path() + " shows " + s);
    }
  }

  private static void tick(Browser b, String css) {
    WebElement box = b.driver.findElement(By.cssSelector(css));
    if (!box.isSelected()) {
      ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
      box.click();
    }
  }

  @Test
  void aCaseGoesIntoTheLibraryAndIsUsedInExercises() {
    signedRecord();
    String casePath;

    // The first trainer takes the record in and sees it only anonymised.
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer", PW);
      b.open("/training/index.xhtml");
      b.assertAccessible("training-home");
      b.open("/training/records.xhtml");
      assertAnonymous(b);
      b.assertAccessible("training-records");
      WebElement take = b.driver.findElements(By.cssSelector("input[id$='takeButton']")).get(0);
      b.submit(take.getAttribute("id"));
      assertTrue(b.path().startsWith("/training/case.xhtml"), b.bodyText());
      casePath = b.path();
      assertAnonymous(b);
      assertTrue(b.driver.findElements(By.cssSelector("mark.cb-repl")).size() >= 4);
      assertTrue(
          b.text("text_working").contains("[phone number]")
              || b.text("text_working").contains("phone"),
          b.text("text_working"));
      b.assertAccessible("training-case-review");

      // Submitting too soon: problems beside the fields, nothing typed lost.
      b.paste("review:tags", "choir, arthritis");
      b.submit("review:submit");
      assertTrue(b.text("review:title-error").contains("title"), b.bodyText());
      assertTrue(b.text("review:checked-error").contains("Tick"), b.bodyText());
      assertEquals("choir, arthritis", b.value("review:tags"));
      b.assertAccessible("training-case-problems");

      b.paste("review:title", "Singing again");
      tick(b, "input[name='review:themes'][value='MI']");
      tick(b, "#review\\:checked");
      b.submit("review:submit");
      assertEquals("Waiting for approval", b.text("caseStatus"));
      assertFalse(b.exists("approval:approve"), "the trainer who prepared it cannot approve it");
    }

    // The second trainer approves it.
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer2", PW);
      b.open("/training/index.xhtml");
      assertTrue(b.text("toApprove").contains("Singing again"), b.bodyText());
      b.open(casePath);
      assertAnonymous(b);
      b.submit("approval:approve");
      assertTrue(b.text("approval:approveChecked-error").contains("Tick"), b.bodyText());
      tick(b, "#approval\\:approveChecked");
      b.submit("approval:approve");
      assertEquals("In the library", b.text("caseStatus"));
      assertTrue(b.text("approvedBy").contains("Theo Trainer"));
      b.assertAccessible("training-case-approved");
      b.open("/training/library.xhtml?theme=MI");
      assertTrue(b.text("library").contains("Singing again"));
      b.assertAccessible("training-library");
    }

    // A programme with a rewriting exercise on the case and a coding exercise on the sample.
    String programmePath;
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer", PW);
      b.open("/training/programmes.xhtml");
      b.submit("create:start");
      assertTrue(b.text("create:name-error").contains("name"), b.bodyText());
      b.paste("create:name", "Strengths in our words");
      b.submit("create:start");
      assertTrue(b.path().startsWith("/training/programme.xhtml"), b.bodyText());
      programmePath = b.path();
      new Select(b.byId("enrol:trainee")).selectByVisibleText("Ali Worker (Social worker)");
      b.submit("enrol:enrolButton");
      assertTrue(b.text("progress").contains("Ali Worker"));
      b.submit("newRewrite");
      b.paste("exercise:title", "Rewrite the choir note");
      Select source = new Select(b.byId("exercise:source"));
      source.getOptions().stream()
          .filter(o -> o.getText().startsWith("TC-") && o.getText().contains("working"))
          .findFirst()
          .orElseThrow()
          .click();
      b.assertAccessible("training-exercise-new");
      b.submit("exercise:set");
      b.submit("newMiti");
      b.paste("exercise:title", "Code the allotment conversation");
      b.submit("exercise:set");
      assertTrue(b.text("exercises").contains("Rewrite the choir note"));
      assertTrue(b.text("exercises").contains("Code the allotment conversation"));
      b.assertAccessible("training-programme");
    }

    // The trainee rewrites the note and codes the conversation.
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a2", PW);
      assertTrue(b.exists("navTraining"), "a trainee has the training area in the menu");
      b.open(programmePath);
      b.driver.findElement(By.linkText("Rewrite the choir note")).click();
      b.waitForPage();
      assertAnonymous(b);
      assertTrue(
          b.text("beforeHeading").contains("phrases to reconsider"), b.text("beforeHeading"));
      b.byId("work:answer").clear();
      b.paste(
          "work:answer",
          "Mrs Hart lives with arthritis and has chosen not to go to physio for now. She uses a"
              + " wheelchair and her son rings every Sunday.");
      b.submit("work:check");
      assertTrue(b.text("afterHeading").contains("nothing to reconsider"), b.text("afterHeading"));
      b.assertAccessible("training-rewrite");
      b.submit("work:handIn");
      assertEquals("Handed in", b.text("attemptStatus"));

      b.open(programmePath);
      b.driver.findElement(By.linkText("Code the allotment conversation")).click();
      b.waitForPage();
      tick(b, "input[name='work:codes_1'][value='QUESTION']");
      tick(b, "input[name='work:codes_3'][value='SIMPLE_REFLECTION']");
      tick(b, "input[name='work:codes_5'][value='COMPLEX_REFLECTION']");
      for (String g :
          new String[] {
            "CULTIVATING_CHANGE_TALK", "SOFTENING_SUSTAIN_TALK", "PARTNERSHIP", "EMPATHY"
          }) {
        tick(b, "input[name='work:global_" + g + "'][value='4']");
      }
      b.submit("work:check");
      String summary = b.text("summary");
      assertTrue(summary.contains("Relational global"), summary);
      assertTrue(summary.contains("Good"), summary);
      assertTrue(
          b.byId("work:codes_5:5").isSelected()
              || b.driver
                  .findElement(
                      By.cssSelector("input[name='work:codes_5'][value='COMPLEX_REFLECTION']"))
                  .isSelected());
      b.assertAccessible("training-miti");
      b.submit("work:handIn");
      assertEquals("Handed in", b.text("attemptStatus"));
    }

    // A trainer reads the trainee's work, codes the conversation too, and compares the two.
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer", PW);
      b.open("/training/programmes.xhtml");
      assertTrue(b.text("programmes").contains("Strengths in our words"));
      b.assertAccessible("training-programmes");
      b.open(programmePath);
      b.driver.findElement(By.linkText("Code the allotment conversation")).click();
      b.waitForPage();
      tick(b, "input[name='work:codes_1'][value='QUESTION']");
      tick(b, "input[name='work:codes_3'][value='COMPLEX_REFLECTION']");
      b.submit("work:check");
      b.driver.findElement(By.linkText("Read it")).click();
      b.waitForPage();
      assertTrue(b.text("coding").contains("SR"), b.text("coding"));
      b.assertAccessible("training-work");
      b.open(programmePath);
      b.driver.findElement(By.linkText("Code the allotment conversation")).click();
      b.waitForPage();
      b.driver.findElement(By.linkText("Compare with my coding")).click();
      b.waitForPage();
      assertTrue(b.text("agreement").contains("SR"), b.text("agreement"));
      assertTrue(b.text("percentAgreed").contains("%"), b.text("percentAgreed"));
      b.assertAccessible("training-agreement");
    }

    // Withdrawn: the case leaves the library and takes its exercise with it.
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer2", PW);
      b.open(casePath);
      b.paste("withdrawal:withdrawReason", "Someone might recognise the choir.");
      b.submit("withdrawal:withdraw");
      assertEquals("Withdrawn", b.text("caseStatus"));
      b.open(programmePath);
      assertFalse(b.text("exercises").contains("Rewrite the choir note"));
      assertTrue(b.text("exercises").contains("Code the allotment conversation"));
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a2", PW);
      b.open("/training/library.xhtml");
      assertTrue(b.exists("noCases"), b.bodyText());
    }
  }
}
