package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice culture dashboard in headless Chromium: a team manager opens it, changes the months
 * shown, the last month and the worker, and sees line charts with their tables; a choice not on
 * offer is explained; a worker signs a conversation with a strength and sees their own figures; the
 * manager's dashboard has moved for this month. axe-core on every state of the page.
 */
@ExtendWith(ArquillianExtension.class)
class CultureBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  /** This month's records and how many have a strength, from the practice table. */
  private static int[] thisMonth(Browser b) {
    List<String> cells = row(b, "practice", MONTH.format(YearMonth.now()) + " (so far)");
    return new int[] {Integer.parseInt(cells.get(1)), Integer.parseInt(cells.get(2))};
  }

  private static String thisMonthsShare(Browser b) {
    return row(b, "practice", MONTH.format(YearMonth.now()) + " (so far)").get(3);
  }

  private static List<String> row(Browser b, String table, String label) {
    for (WebElement tr : b.driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
      List<String> cells =
          tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
      if (cells.get(0).equals(label)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + label + " in " + table);
  }

  private static int rows(Browser b, String table) {
    return b.driver.findElements(By.cssSelector("#" + table + " tbody tr")).size();
  }

  @Test
  void theManagersDashboardMovesWhenAStrengthIsRecordedThisMonth() {
    int[] before;
    String shareBefore;
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      m.submit("navCulture");
      assertEquals("Practice culture", m.heading());
      assertEquals(24, rows(m, "language"), "two years by default");
      assertTrue(
          m.driver.findElements(By.cssSelector("#group-practice canvas[role='img']")).size() == 1,
          "a chart beside the table");
      before = thisMonth(m);
      shareBefore = thisMonthsShare(m);
      m.assertAccessible("culture-dashboard");

      m.click("months-12");
      m.submit("show");
      assertTrue(m.url().contains("months=12"), m.url());
      assertEquals(12, rows(m, "language"));
      assertEquals(12, rows(m, "audits"));
      m.assertAccessible("culture-12-months");

      YearMonth last = YearMonth.now().minusMonths(1);
      new Select(m.byId("end")).selectByValue(last.toString());
      new Select(m.byId("worker")).selectByVisibleText("Ada Worker");
      m.submit("show");
      assertTrue(m.url().contains("end=" + last), m.url());
      assertTrue(m.text("about").contains("Ada Worker"), m.text("about"));
      assertTrue(m.text("about").contains(MONTH.format(last) + " (12 months)"), m.text("about"));
      assertFalse(m.exists("group-breakdown"), "one worker: no breakdown");
      assertTrue(
          m.driver
              .findElements(By.cssSelector("#language tbody tr th"))
              .get(11)
              .getText()
              .equals(MONTH.format(last)),
          "ends with the month chosen");
      m.assertAccessible("culture-one-worker");

      m.open("/practice/culture.xhtml?months=18");
      assertTrue(m.text("months-error").contains("Choose 12, 24 or 36 months"), m.bodyText());
      assertFalse(m.exists("language"), "no figures until it is put right");
      m.assertAccessible("culture-problems");
    }

    String personId =
        new Http(base)
            .newPerson(
                "it.worker.a1",
                PW,
                "Culture Browser " + UUID.randomUUID().toString().substring(0, 6));
    try (Browser w = new Browser(base)) {
      w.signIn("it.worker.a1", PW);
      w.open("/person/view.xhtml?id=" + personId);
      w.submit("startConversation");
      w.click("f:kind:0");
      w.submit("f:start");
      w.click("f:mode:0");
      w.paste("f:whatMatters", "Seeing my friends at the Tuesday club.");
      w.byId("f:strengths:0:category").sendKeys("Interests");
      w.paste("f:strengths:0:description", "Knows every song from the sixties");
      w.submit("f:finalise");
      assertTrue(w.path().startsWith("/conversation/view.xhtml"), w.bodyText());

      w.submit("navCulture");
      assertTrue(w.text("about").contains("Ada Worker"), "their own figures");
      assertFalse(w.exists("worker"), "a worker chooses nobody else");
      assertTrue(thisMonth(w)[1] >= 1);
      w.assertAccessible("culture-own-figures");
    }

    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      m.open("/practice/culture.xhtml");
      int[] after = thisMonth(m);
      assertEquals(before[0] + 1, after[0], "one more record signed this month");
      assertEquals(before[1] + 1, after[1], "one more with a strength");
      String share = thisMonthsShare(m);
      assertEquals(Math.round(100.0 * after[1] / after[0]) + "%", share);
      if (before[1] < before[0] || before[0] == 0) {
        assertNotEquals(shareBefore, share, "this month's share has moved");
      }
      m.assertAccessible("culture-dashboard-moved");
      for (String group : List.of("language", "practice", "audits", "change", "breakdown")) {
        m.driver.executeScript(
            "document.getElementById(arguments[0]).scrollIntoView()", "group-" + group);
        m.screenshot("culture-group-" + group);
      }
    }

    try (Browser l = new Browser(base)) {
      l.signIn("it.leader", PW);
      l.submit("navCulture");
      assertTrue(l.exists("group-breakdown"), "the whole council, by team");
      assertTrue(l.text("breakdown").contains(TestFixtures.TEAM_A));
      l.assertAccessible("culture-council");
    }
  }
}
