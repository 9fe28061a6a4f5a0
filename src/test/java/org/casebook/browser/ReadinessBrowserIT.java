package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The readiness self-assessment in headless Chromium: a leader records last year's, signs it off,
 * starts this year's from it, meets a problem beside a question (evidence too long, a rating
 * missing at sign-off) with nothing typed lost, saves over a colleague's save only by choice, signs
 * off and sees the radar chart with last year overlaid and the question-by-question comparison; a
 * team manager reads it; nobody else gets in. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  /** Last year's ratings, question 1 to 18. */
  private static final int[] LAST_YEAR = {2, 2, 1, 1, 2, 2, 2, 3, 1, 3, 2, 2, 2, 1, 3, 2, 2, 1};

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  /** Where a question's field is on the answer form: question 7's evidence is in theme 2, first. */
  private static String field(int question, String name) {
    return "f:themes:" + (question - 1) / 3 + ":questions:" + (question - 1) % 3 + ":" + name;
  }

  /** The radio button for a rating (0 is "Not rated yet"). */
  private static String rating(int question, int rating) {
    return field(question, "rating") + ":" + rating;
  }

  private static void answer(Browser b, int question, int rating, String evidence) {
    b.click(rating(question, rating));
    b.paste(field(question, "evidence"), evidence);
  }

  private static boolean checked(Browser b, String id) {
    return b.byId(id).isSelected();
  }

  private static void tick(Browser b, String id) {
    if (!checked(b, id)) {
      b.click(id);
    }
  }

  @Test
  void aLeaderAnswersSignsOffAndComparesWithLastYear() {
    int thisYear = LocalDate.now().getYear();
    int lastYear = thisYear - 1;
    try (Browser b = new Browser(base)) {
      b.signIn("it.leader", PW);
      b.submit("navReadiness");
      assertEquals("Readiness self-assessment", b.heading());
      assertTrue(b.exists("noYears"), b.bodyText());
      assertTrue(b.text("source").contains("Developing a community asset based approach"));
      b.assertAccessible("readiness-index-empty");

      // Last year's, done on paper, recorded and signed off.
      b.driver.findElement(By.cssSelector("#earlierDetails summary")).click();
      new Select(b.byId("earlier:earlierYear")).selectByValue(String.valueOf(lastYear));
      b.submit("earlier:startEarlier");
      assertEquals(
          "Readiness self-assessment " + lastYear + ": answers", b.heading(), b.bodyText());
      assertTrue(b.bodyText().contains("is started"), b.bodyText());
      assertTrue(checked(b, rating(1, 0)), "nothing rated yet");
      b.assertAccessible("readiness-edit");
      for (int q = 1; q <= 18; q++) {
        answer(b, q, LAST_YEAR[q - 1], "Paper self-assessment " + lastYear + ", question " + q);
      }
      tick(b, "f:confirm");
      b.submit("f:signOff");
      assertEquals("Readiness self-assessment " + lastYear, b.heading(), b.bodyText());
      assertTrue(b.bodyText().contains("is signed off"), b.bodyText());
      assertTrue(b.text("status").contains("Lou Leader"), b.text("status"));
      assertTrue(b.exists("noComparison"), "nothing earlier to compare with");
      b.assertAccessible("readiness-view-first-year");

      // This year's, from last year's answers.
      b.submit("allYears");
      assertTrue(checked(b, "f:fromEarlier"), "starting from last year is offered first");
      b.submit("f:start");
      assertEquals("Readiness self-assessment " + thisYear + ": answers", b.heading());
      assertTrue(
          b.text("draftBanner").contains("Started from the answers signed off for " + lastYear));
      assertTrue(checked(b, rating(1, 2)), "last year's rating copied");
      assertEquals(
          "Paper self-assessment " + lastYear + ", question 7", b.value(field(7, "evidence")));

      // Some questions move on; one piece of evidence is far too long.
      answer(b, 1, 3, "A lived experience panel now co-designs every change.");
      answer(b, 2, 3, "Joint training with the VCFSE forum, twice a year.");
      answer(b, 5, 1, "The council still sets every agenda with community groups.");
      b.click(rating(4, 0));
      String pasted = "Minutes of the performance board. ".repeat(130);
      b.paste(field(7, "evidence"), pasted);
      b.submit("f:save");
      assertTrue(
          b.text(field(7, "evidence") + "-error")
              .contains("Question 7: the evidence must be 4,000"),
          b.bodyText());
      assertEquals("true", b.byId(field(7, "evidence")).getAttribute("aria-invalid"));
      assertEquals(pasted.strip(), b.value(field(7, "evidence")).strip(), "nothing typed is lost");
      assertTrue(checked(b, rating(1, 3)), "the other answers are still as typed");
      assertEquals(
          "A lived experience panel now co-designs every change.", b.value(field(1, "evidence")));
      b.assertAccessible("readiness-edit-problems");
      b.paste(field(7, "evidence"), "Quarterly outcome reports read with stories from reviews.");
      b.submit("f:save");
      assertTrue(b.bodyText().contains("Your answers are saved as a draft."), b.bodyText());
      assertTrue(checked(b, rating(4, 0)), "question 4 left unrated in the draft");
      assertTrue(checked(b, rating(1, 3)));

      // A colleague saves the same draft in another tab; this tab's save is refused, kept, and
      // then saved over theirs by choice.
      String first = b.driver.getWindowHandle();
      b.driver.switchTo().newWindow(WindowType.TAB);
      b.open("/readiness/edit.xhtml?year=" + thisYear);
      answer(b, 10, 4, "The director chairs the programme board.");
      b.submit("f:save");
      assertTrue(b.bodyText().contains("Your answers are saved as a draft."), b.bodyText());
      b.driver.close();
      b.driver.switchTo().window(first);
      answer(b, 11, 3, "Two pilots were stopped and learnt from in public.");
      b.submit("f:save");
      assertTrue(b.bodyText().contains("Someone else saved this self-assessment"), b.bodyText());
      assertEquals(
          "Two pilots were stopped and learnt from in public.", b.value(field(11, "evidence")));
      assertTrue(b.exists("f:saveMine"));
      b.assertAccessible("readiness-edit-conflict");
      b.submit("f:saveMine");
      assertTrue(b.bodyText().contains("Your answers are saved as a draft."), b.bodyText());
      assertEquals(
          "Two pilots were stopped and learnt from in public.", b.value(field(11, "evidence")));

      // Signing off with question 4 unrated: the problem is beside it.
      tick(b, "f:confirm");
      b.submit("f:signOff");
      assertTrue(
          b.text(field(4, "rating") + "-error")
              .contains("Question 4: choose a rating before signing off"),
          b.bodyText());
      assertTrue(b.text("messagesRegion").contains("Nothing was signed off or saved"));
      b.assertAccessible("readiness-sign-off-problems");
      answer(b, 4, 2, "The corporate plan names community-led support for the first time.");
      tick(b, "f:confirm");
      b.submit("f:signOff");

      // The year beside last year: the radar, the table beside it and each question in words.
      assertEquals("Readiness self-assessment " + thisYear, b.heading(), b.bodyText());
      assertTrue(b.text("status").startsWith("Signed off"), b.text("status"));
      assertTrue(b.exists("radar"));
      String canvasLabel =
          b.driver.findElement(By.cssSelector("#radar canvas")).getAttribute("aria-label");
      assertTrue(canvasLabel.contains(thisYear + " beside " + lastYear), canvasLabel);
      String themes = b.text("themes");
      assertTrue(
          themes.contains("Co-production 2.3 (3 of 3 rated) 1.7 (3 of 3 rated) Up 0.6"), themes);
      String comparison = b.text("comparison");
      assertTrue(comparison.contains("Up 1, from Beginning to Developing"), comparison);
      assertTrue(comparison.contains("Down 1, from Beginning to Not in place"), comparison);
      assertTrue(comparison.contains("Same (Not in place)"), comparison);
      assertTrue(comparison.contains("Same (Developing)"), "question 10: mine was kept");
      assertTrue(b.text("comparisonSummary").contains("Compared with " + lastYear), b.bodyText());
      assertFalse(b.exists("carryOn"), "signed off: nothing to carry on with");
      b.assertAccessible("readiness-view-compared");

      b.open("/readiness/edit.xhtml?year=" + thisYear);
      assertEquals("Readiness self-assessment " + thisYear, b.heading(), "read-only once signed");
      assertTrue(b.bodyText().contains("cannot be changed"));
      b.open("/readiness/index.xhtml");
      assertFalse(b.exists("f:start"), "one a year");
      b.assertAccessible("readiness-index");
    }
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      m.submit("navReadiness");
      assertTrue(m.exists("readOnly"));
      assertFalse(m.exists("f:start"));
      m.assertAccessible("readiness-index-manager");
      m.open("/readiness/view.xhtml?year=" + thisYear);
      assertTrue(m.text("comparison").contains("Up 1, from Beginning to Developing"));
      m.open("/readiness/edit.xhtml?year=" + thisYear);
      assertEquals("You cannot open this page", m.heading());
    }
  }

  @Test
  void workersAndTrainersCannotOpenItAndSigningInComesFirst() {
    for (String who : new String[] {"it.worker.a1", "it.trainer"}) {
      try (Browser b = new Browser(base)) {
        b.signIn(who, PW);
        assertFalse(b.exists("navReadiness"), who);
        b.open("/readiness/index.xhtml");
        assertEquals("You cannot open this page", b.heading(), who);
        b.assertAccessible("readiness-refused");
      }
    }
    HttpResponse<String> anonymous =
        Http.send(
            HttpRequest.newBuilder(new Http(base).uri("/readiness/index.xhtml")).GET().build());
    assertEquals(302, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }
}
