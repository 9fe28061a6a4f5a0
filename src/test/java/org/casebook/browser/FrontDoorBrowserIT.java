package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front door and reviews in headless Chromium: a contact, its resolution, and a repeat contact
 * four months later flagged beside the earlier resolution; a conversation with a goal reviewed,
 * with the T-score shown as the level is chosen; the coded lists kept by an administrator; and no
 * way in for roles that do not work with people's records.
 */
@ExtendWith(ArquillianExtension.class)
class FrontDoorBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  private String newPerson(String worker, String name) {
    HttpResponse<String> created =
        new Http(base)
            .send(
                "POST",
                "/api/people",
                worker,
                PW,
                "{\"fullName\":\"" + name + "\",\"preferredName\":\"Vi\",\"ward\":\"Hillside\"}");
    assertEquals(201, created.statusCode(), created.body());
    return created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  private static String daysAgo(int days) {
    return UkDates.forInput(LocalDate.now().minusDays(days));
  }

  private static void waitForText(Browser b, String id, String text) {
    new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.text(id).contains(text));
  }

  /** Requests begun and repeats within 6 months, from the dashboard's repeat table. */
  private static int[] requestsAndRepeatsWithinSixMonths(Browser b) {
    b.open("/outcomes/index.xhtml?period=last12");
    var rows = b.driver.findElements(org.openqa.selenium.By.cssSelector("#repeats tbody tr"));
    var cells = rows.get(1).findElements(org.openqa.selenium.By.cssSelector("th, td"));
    assertTrue(cells.get(0).getText().contains("6"), cells.get(0).getText());
    return new int[] {
      Integer.parseInt(cells.get(1).getText().replace(",", "")),
      Integer.parseInt(cells.get(2).getText().replace(",", ""))
    };
  }

  @Test
  void aRepeatContactFourMonthsAfterASustainableResolutionIsFlagged() {
    String personId = newPerson("it.worker.a1", unique("Violet Front"));
    int[] before;
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      before = requestsAndRepeatsWithinSixMonths(m);
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      assertTrue(b.exists("noContacts"));
      b.submit("recordContact");
      assertTrue(b.exists("noPrevious"), "the first contact has nothing beside it");
      b.assertAccessible("contact-form");

      // Bad input: messages next to the fields, nothing typed lost.
      b.paste("f:contactedOn", "31 2 2026");
      b.paste("f:reason", "Her neighbour says she has stopped going out.");
      b.submit("f:save");
      assertTrue(b.text("f:contactedOn-error").contains("real date"), b.bodyText());
      assertTrue(b.text("f:source-error").contains("who got in touch"));
      assertTrue(b.text("f:route-error").contains("route of access"));
      assertTrue(b.text("f:nextStep-error").contains("what happened next"));
      assertEquals("Her neighbour says she has stopped going out.", b.value("f:reason"));
      b.assertAccessible("contact-form-problems");

      b.paste("f:contactedOn", daysAgo(130));
      b.click("f:source:1");
      b.click("f:route:0");
      b.click("f:nextStep:1");
      b.submit("f:save");
      assertTrue(b.path().startsWith("/person/view.xhtml"), b.path());
      assertTrue(b.bodyText().contains("Contact saved."));
      assertTrue(b.text("contacts").contains("Connected to a community asset"), b.text("contacts"));

      b.submit("contactRows:0:resolve");
      b.assertAccessible("resolution-form");
      b.paste("f:resolvedOn", daysAgo(125));
      b.click("f:route:1");
      b.click("f:sustainable:0");
      b.paste("f:reason", "Goes to the lunch club with her friend every Tuesday.");
      b.submit("f:save");
      assertTrue(b.bodyText().contains("Resolution saved."));
      assertTrue(b.text("contacts").contains("Resolved through a community asset"));

      // About four months later she is back.
      b.submit("recordContact");
      assertTrue(b.text("previousResolution").contains("community asset"));
      b.click("f:source:4");
      b.click("f:route:1");
      b.paste("f:reason", "Home from hospital after a fall; the lunch club has closed.");
      b.click("f:nextStep:3");
      b.submit("f:save");
      assertTrue(b.bodyText().contains("It is a repeat"), b.bodyText());
      String latest =
          b.driver.findElement(org.openqa.selenium.By.cssSelector("#contacts tbody tr")).getText();
      assertTrue(latest.contains("Repeat contact"), latest);
      assertTrue(latest.contains("Resolved through a community asset"), latest);
      assertTrue(b.bodyText().contains("Look at the judgement again"), "the resolution is flagged");
      b.assertAccessible("person-front-door");
    }
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      int[] after = requestsAndRepeatsWithinSixMonths(m);
      assertEquals(before[0] + 2, after[0], "two more requests begun in the last 12 months");
      assertEquals(before[1] + 1, after[1], "one more repeat within 6 months");
      m.assertAccessible("outcomes-dashboard");
    }
  }

  @Test
  void aReviewShowsTheTScoreAsTheLevelIsChosenAndKeepsIt() {
    String personId = newPerson("it.worker.a1", unique("Violet Review"));
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      b.submit("startConversation");
      b.click("f:kind:2");
      b.submit("f:start");
      b.paste("f:heldOn", UkDates.forInput(LocalDate.now().minusMonths(3).minusDays(3)));
      b.click("f:mode:0");
      b.paste("f:whatMatters", "Seeing people again.");
      new Select(b.byId("f:khiPeople")).selectByValue("2");
      b.click("f:khiControl:3");
      b.paste("f:goals:0:words", "Go to the reading group");
      b.paste("f:goals:0:muchLessThanExpected", "Not gone");
      b.paste("f:goals:0:lessThanExpected", "Gone once");
      b.paste("f:goals:0:expected", "Most weeks");
      b.paste("f:goals:0:moreThanExpected", "Every week");
      b.paste("f:goals:0:muchMoreThanExpected", "Every week and chooses the books");
      b.submit("f:finalise");
      assertTrue(b.path().startsWith("/conversation/view.xhtml"), b.bodyText());
      assertTrue(b.text("n-khiValues").contains("2"), "Key Human Indicators kept");

      b.open("/review/index.xhtml");
      assertTrue(b.text("reviewsDue").contains("Vi"), "overdue review on the worklist");
      b.assertAccessible("reviews-worklist");
      b.open("/person/view.xhtml?id=" + personId);
      b.paste("reviewDueForm:newReviewDue", "31 2 2027");
      b.click("reviewDueForm:move");
      assertTrue(b.text("reviewDueForm:newReviewDue-error").contains("real date"), b.bodyText());
      b.paste("reviewDueForm:newReviewDue", UkDates.forInput(LocalDate.now().plusDays(3)));
      b.click("reviewDueForm:move");
      assertTrue(b.bodyText().contains("Review date moved."), b.bodyText());
      assertTrue(
          b.text("reviewDue")
              .contains(org.casebook.platform.UkDates.show(LocalDate.now().plusDays(3))),
          b.text("reviewDue"));
      b.submit("recordReview");
      b.assertAccessible("review-form");
      assertTrue(b.text("tScore").contains("Choose a level"));
      assertTrue(b.text("firstKhi").contains("2 people"), b.text("firstKhi"));

      b.click("f:goals:0:level:1");
      waitForText(b, "tScore", "60.0");
      assertTrue(b.text("suggestion").contains("suggests: sustainable"), b.text("suggestion"));
      new Select(b.byId("f:khiPeople")).selectByValue("5");
      b.click("f:khiControl:7");
      b.paste("f:goals:0:comment", "I go every week now.");
      b.submit("f:save");
      assertTrue(b.text("f:resolved-error").contains("resolved"), b.bodyText());
      assertEquals("I go every week now.", b.value("f:goals:0:comment"), "nothing typed is lost");
      b.click("f:resolved:0");
      b.click("f:route:0");
      b.click("f:sustainable:0");
      b.paste("f:reason", "Her sister drives her to the group and they have lunch after.");
      b.submit("f:save");
      assertTrue(b.path().startsWith("/review/view.xhtml"), b.bodyText());
      assertEquals("60.0", b.text("tScore"));
      assertTrue(b.text("khi").contains("+3"), b.text("khi"));
      assertTrue(b.text("resolution").contains("their own network"));
      b.assertAccessible("review-view");
      b.open("/person/view.xhtml?id=" + personId);
      assertTrue(b.text("reviews").contains("60.0"));
      assertFalse(b.exists("recordReview"), "nothing left to review");
    }
  }

  @Test
  void anAdministratorKeepsTheCodedListsAndOtherRolesCannotReachTheFrontDoor() {
    String personId = newPerson("it.worker.a1", unique("Violet Lists"));
    try (Browser b = new Browser(base)) {
      b.signIn("it.admin", PW);
      b.open("/admin/coded-lists.xhtml");
      assertTrue(b.text("table-ROUTE").contains("Discharge from hospital"));
      b.assertAccessible("coded-lists");
      b.open("/admin/coded-value.xhtml?list=ROUTE");
      b.submit("f:save");
      assertTrue(b.text("f:label-error").contains("Enter the words"), b.bodyText());
      b.assertAccessible("coded-value-form");
      b.paste("f:label", "Referred by the housing team");
      b.paste("f:cldValue", "Community / Other route");
      b.submit("f:save");
      assertTrue(b.text("table-ROUTE").contains("Referred by the housing team"));
      b.open("/person/contact.xhtml?person=" + personId);
      assertEquals("You cannot open this page", b.heading(), "administrators see no records");
    }
    for (String role : new String[] {"it.trainer", "it.leader"}) {
      try (Browser b = new Browser(base)) {
        b.signIn(role, PW);
        b.open("/person/contact.xhtml?person=" + personId);
        assertEquals("You cannot open this page", b.heading(), role);
        b.open("/review/index.xhtml");
        assertEquals("You cannot open this page", b.heading(), role);
        b.open("/admin/coded-lists.xhtml");
        assertEquals("You cannot open this page", b.heading(), role);
      }
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.b1", PW);
      b.open("/person/contact.xhtml?person=" + personId);
      assertFalse(b.bodyText().contains("Violet Lists"), "another team's person is not shown");
      assertTrue(b.heading().contains("not") || b.heading().contains("cannot"), b.heading());
    }
  }
}
