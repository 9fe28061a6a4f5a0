package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.it.Deployments;
import org.casebook.it.Http;
import org.casebook.it.TestFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform's journeys in headless Chromium, as each kind of user meets them, with axe-core
 * checking every page they touch. Each test makes its own people.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void theSignInPageIsAccessibleAndSaysPlainlyWhatWentWrong() {
    try (Browser b = new Browser(base)) {
      b.open("/login.xhtml");
      assertEquals("Sign in", b.heading());
      b.assertAccessible("signin");

      b.signIn("it.worker.a1", "not the password");
      assertTrue(b.bodyText().contains("The username or password is not right"));
      assertEquals("it.worker.a1", b.value("f:username"), "the username is kept");
      b.assertAccessible("signin-wrong-password");

      b.signIn("nobody.at.all", PW);
      assertTrue(b.bodyText().contains("The username or password is not right"));

      b.signIn("it.inactive", PW);
      assertTrue(b.bodyText().contains("no longer active"));

      for (int i = 0; i < 5; i++) {
        b.signIn("it.lockme2", "wrong-" + i);
      }
      assertTrue(b.bodyText().contains("locked for 15 minutes"), b.bodyText());
      b.signIn("it.lockme2", PW);
      assertTrue(b.bodyText().contains("locked"), "the right password waits for the lock too");

      b.open("/login.xhtml");
      b.click("f:signIn");
      assertTrue(b.bodyText().contains("Enter your username"));
      assertTrue(b.bodyText().contains("Enter your password"));
      b.assertAccessible("signin-empty");
    }
  }

  @Test
  void eachRoleLandsOnAHomePageThatFitsIt() {
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      assertEquals("Hello, Ada Worker", b.heading());
      assertTrue(b.bodyText().contains("My people"));
      assertTrue(b.bodyText().contains("Find a person"));
      b.assertAccessible("home-social-worker");
      b.click("signOut:signOutButton");
      assertTrue(b.bodyText().contains("You have signed out"));
      b.open("/index.xhtml");
      assertTrue(b.path().startsWith("/login.xhtml"), "signed out means signed out");
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.manager.a", PW);
      assertEquals("Hello, Anna Manager", b.heading());
      assertTrue(b.text("workers").contains("Ada Worker"));
      b.assertAccessible("home-team-manager");
      b.open("/team/index.xhtml");
      assertTrue(b.text("workers").contains("Ali Worker"));
      b.assertAccessible("team");
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer", PW);
      assertTrue(b.bodyText().contains("Training area"));
      b.open("/training/index.xhtml");
      assertTrue(
          b.exists("libraryLink"), "the training area opens on the library and the worklist");
      b.assertAccessible("training");
      b.open("/person/search.xhtml");
      assertEquals("You cannot open this page", b.heading(), "no route to identifiable records");
      b.assertAccessible("forbidden");
      b.open("/person/view.xhtml?id=1");
      assertEquals("You cannot open this page", b.heading());
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.admin", PW);
      assertTrue(b.bodyText().contains("Users"));
      b.assertAccessible("home-administrator");
      b.open("/admin/users.xhtml");
      assertTrue(b.text("users").contains("Ada Worker"));
      b.assertAccessible("admin-users");
      b.open("/admin/teams.xhtml");
      assertTrue(b.text("teams").contains(TestFixtures.TEAM_A));
      b.assertAccessible("admin-teams");
      b.open("/admin/access-log.xhtml?id=1");
      assertTrue(b.bodyText().contains("Access log for Casebook reference 1"));
      b.assertAccessible("admin-access-log");
      b.open("/person/search.xhtml");
      assertEquals("You cannot open this page", b.heading());
    }
  }

  @Test
  void aWorkerAddsAPersonAndFindsThemAgainByAnyDetail() {
    String surname = "Pemberton" + UUID.randomUUID().toString().substring(0, 5);
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a2", PW);
      b.open("/person/edit.xhtml");
      assertEquals("Add a person", b.heading());
      b.assertAccessible("person-add");
      b.type("f:fullName", "Winifred " + surname)
          .type("f:preferredName", "Winnie")
          .type("f:pronouns", "she/her")
          .type("f:dateOfBirth", "4 8 1938")
          .type("f:nhsNumber", "943 476 5919".equals("") ? "" : "")
          .type("f:address", "2 Chapel Row")
          .type("f:postcode", "ls6 2ab")
          .type("f:ward", "Hyde Park")
          .type("f:communicationNeeds", "Large print")
          .paste("f:aboutMe", "I love my allotment.\n\nMy grandson visits on Sundays.");
      b.click("f:save");
      assertEquals("Winifred " + surname, b.heading());
      assertTrue(b.bodyText().contains("has been added"));
      assertTrue(b.bodyText().contains("4 August 1938"));
      assertTrue(b.bodyText().contains("LS6 2AB"));
      assertEquals("I love my allotment.\n\nMy grandson visits on Sundays.", b.text("aboutMe"));
      b.assertAccessible("person-view");

      b.open("/person/search.xhtml");
      b.type("f:name", surname.toLowerCase()).click("f:search");
      assertTrue(b.text("results").contains("Winifred " + surname));
      b.assertAccessible("person-search-results");
      b.click("f:clear");
      b.type("f:dateOfBirth", "04/08/1938").click("f:search");
      assertTrue(b.text("results").contains("Winifred " + surname));
      b.click("f:clear");
      b.type("f:postcode", "LS6").click("f:search");
      assertTrue(b.text("results").contains("Winifred " + surname));
    }
    try (Browser other = new Browser(base)) {
      other.signIn("it.worker.b1", PW);
      other.open("/person/search.xhtml");
      other.type("f:name", surname).click("f:search");
      assertTrue(other.exists("results-empty"), "another team's worker does not find them");
    }
  }

  @Test
  void anInvalidNhsNumberIsExplainedNextToTheFieldAndNothingElseIsLost() {
    String name = unique("Keep Everything");
    String about = "Line one of my story.\n\nLine two, after a blank line.";
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/edit.xhtml");
      b.type("f:fullName", name)
          .type("f:preferredName", "K".repeat(101))
          .type("f:dateOfBirth", "31 2 1950")
          .type("f:nhsNumber", "123 456 7890")
          .type("f:postcode", "XY1 2AB")
          .type("f:address", "9 Long Lane")
          .paste("f:aboutMe", about);
      b.click("f:save");
      assertEquals("Add a person", b.heading(), "not saved");
      assertTrue(
          b.text("f:nhsNumber-error").contains("not a valid NHS number"),
          b.text("f:nhsNumber-error"));
      assertTrue(b.text("f:dateOfBirth-error").contains("Enter a real date of birth"));
      assertTrue(b.text("f:postcode-error").contains("real UK postcode"));
      assertTrue(b.text("f:preferredName-error").contains("100 characters or fewer"));
      assertEquals(name, b.value("f:fullName"));
      assertEquals("9 Long Lane", b.value("f:address"));
      assertEquals("123 456 7890", b.value("f:nhsNumber"));
      assertEquals(about, b.value("f:aboutMe"));
      assertEquals("true", b.byId("f:nhsNumber").getAttribute("aria-invalid"));
      b.assertAccessible("person-add-errors");

      b.type("f:nhsNumber", "")
          .type("f:dateOfBirth", "28 2 1950")
          .type("f:postcode", "")
          .type("f:preferredName", "Kit");
      b.click("f:save");
      assertEquals(name, b.heading());
    }
  }

  @Test
  void whatPeopleTypeIsShownAsTextNeverRun() {
    String name = "<script>alert('x')</script> " + UUID.randomUUID().toString().substring(0, 5);
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/edit.xhtml");
      b.type("f:fullName", name).type("f:ward", "'; DROP TABLE person; --");
      b.click("f:save");
      assertEquals(name, b.heading());
      assertTrue(b.bodyText().contains("'; DROP TABLE person; --"));
      assertThrows(NoAlertPresentException.class, () -> b.driver.switchTo().alert());
    }
  }

  @Test
  void aManagerSeesWhoHasOpenedARecord() {
    String name = unique("Audited");
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/edit.xhtml");
      b.type("f:fullName", name).click("f:save");
      assertEquals(name, b.heading());
      assertFalse(b.exists("accessLogLink"), "workers do not read the access log");
    }
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      m.open("/person/search.xhtml");
      m.type("f:name", name).click("f:search");
      m.driver.findElement(org.openqa.selenium.By.linkText(name)).click();
      m.waitForPage();
      m.click("accessLogLink");
      String log = m.text("accessLog");
      assertTrue(log.contains("it.manager.a"), log);
      assertTrue(log.contains("Opened"), log);
      assertTrue(log.contains("it.worker.a1"), log);
      assertTrue(log.contains("Added"), log);
      m.assertAccessible("access-log");
    }
  }

  @Test
  void aSessionThatEndsWhileAFormIsOpenLosesNothingTyped() {
    String name = unique("Not Lost");
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a3", PW);
      b.open("/person/edit.xhtml");
      b.type("f:fullName", name).paste("f:aboutMe", "Everything I said today.\n\nAnd more.");
      // The session ends on the server (as after the idle timeout) while the form is open.
      b.driver.manage().deleteCookieNamed("CASEBOOK_SESSION");
      b.driver.manage().addCookie(new Cookie("CASEBOOK_SESSION", "expired0000"));
      b.click("f:save");
      assertTrue(b.path().startsWith("/login.xhtml"), b.path());
      assertTrue(b.bodyText().contains("You were signed out"), b.bodyText());
      b.assertAccessible("signin-expired");
      b.type("f:username", "it.worker.a3").type("f:password", PW).click("f:signIn");
      assertEquals("Add a person", b.heading());
      assertTrue(b.byId("cb-restored").isDisplayed(), "the user is told their typing is back");
      assertEquals(name, b.value("f:fullName"));
      assertEquals("Everything I said today.\n\nAnd more.", b.value("f:aboutMe"));
      b.click("f:save");
      assertEquals(name, b.heading());
    }
  }

  @Test
  void beforeAnIdleSessionEndsTheWorkerIsWarnedAndCanStaySignedIn() {
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a3", PW);
      b.open("/person/search.xhtml");
      WebElement dialog = b.byId("cb-timeout");
      assertFalse(dialog.isDisplayed(), "no warning while the worker is busy");
      // Bring the warning forward rather than wait out the idle time.
      ((JavascriptExecutor) b.driver).executeScript("window.Casebook.session.warn();");
      assertTrue(dialog.isDisplayed());
      assertTrue(dialog.getText().contains("Stay signed in"), dialog.getText());
      assertEquals("cb-timeout-stay", b.driver.switchTo().activeElement().getAttribute("id"));
      b.assertAccessible("session-warning");
      b.byId("cb-timeout-stay").click();
      new WebDriverWait(b.driver, Duration.ofSeconds(5))
          .until(ExpectedConditions.invisibilityOf(dialog));
      b.open("/person/search.xhtml");
      assertEquals("Find a person", b.heading(), "still signed in");

      ((JavascriptExecutor) b.driver).executeScript("window.Casebook.session.warn();");
      b.byId("cb-timeout-leave").click();
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("/login.xhtml"));
      assertTrue(b.path().startsWith("/login.xhtml"), b.path());
      b.open("/person/search.xhtml");
      assertTrue(b.path().startsWith("/login.xhtml"), "signed out: " + b.path());
    }
  }

  @Test
  void whenSomeoneElseSavedFirstTheWorkerSeesBothVersionsAndKeepsTheirOwnText() {
    String name = unique("Two Editors");
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/edit.xhtml");
      b.type("f:fullName", name).click("f:save");
      String id = b.text("reference");
      b.click("editLink");
      b.paste("f:aboutMe", "My words, typed while someone else saved.");

      // A colleague changes the record in the meantime (through the API, as another system would).
      Http http = new Http(base);
      var read = http.get("/api/people/" + id, "it.worker.a2", PW);
      int version = Integer.parseInt(read.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
      var changed =
          http.send(
              "PUT",
              "/api/people/" + id,
              "it.worker.a2",
              PW,
              "{\"version\":"
                  + version
                  + ",\"fullName\":\""
                  + name
                  + "\",\"aboutMe\":\"Their words.\"}");
      assertEquals(200, changed.statusCode(), changed.body());

      b.click("f:save");
      assertTrue(b.bodyText().contains("Someone else saved changes"), b.bodyText());
      assertEquals("Their words.", b.text("theirAboutMe"));
      assertEquals("My words, typed while someone else saved.", b.value("f:aboutMe"));
      b.assertAccessible("person-edit-conflict");
      b.click("f:saveMine");
      assertEquals("My words, typed while someone else saved.", b.text("aboutMe"));
    }
  }

  @Test
  void anAdministratorAddsAUserWhoChoosesTheirOwnPasswordAtFirstSignIn() {
    String username = "it.fresh." + UUID.randomUUID().toString().substring(0, 5);
    String temporary;
    try (Browser a = new Browser(base)) {
      a.signIn("it.admin", PW);
      a.open("/admin/users.xhtml");
      a.click("addUser");
      a.assertAccessible("admin-user-add");
      a.type("f:displayName", "Fresh Starter").type("f:username", username);
      new org.openqa.selenium.support.ui.Select(a.byId("f:role"))
          .selectByVisibleText("Social worker");
      a.click("f:save");
      assertTrue(a.bodyText().contains("Choose a team"), "a social worker needs a team");
      new org.openqa.selenium.support.ui.Select(a.byId("f:team"))
          .selectByVisibleText(TestFixtures.TEAM_A);
      a.click("f:save");
      Matcher m = Pattern.compile("temporary password[^:]*: ([a-z0-9-]{19})").matcher(a.bodyText());
      assertTrue(m.find(), a.bodyText());
      temporary = m.group(1);
      a.assertAccessible("admin-user-edit");
    }
    try (Browser u = new Browser(base)) {
      u.signIn(username, temporary);
      assertEquals("Change your password", u.heading());
      assertTrue(u.exists("mustChange"));
      u.open("/index.xhtml");
      assertEquals(
          "Change your password", u.heading(), "nothing else until the password is changed");
      u.assertAccessible("password-change");
      u.type("f:current", temporary)
          .type("f:chosen", "short")
          .type("f:confirm", "short")
          .click("f:save");
      assertTrue(u.bodyText().contains("at least 12 characters"));
      u.type("f:current", temporary)
          .type("f:chosen", "kettle orchard lantern")
          .type("f:confirm", "kettle orchard lantern")
          .click("f:save");
      assertEquals("Hello, Fresh Starter", u.heading());
    }
  }
}
