package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The community directory in headless Chromium: from a person's conversation to the nearest free
 * gardening group open on Saturdays, suggesting it and recording that they went; flagging a closed
 * asset and finding it on the editors' worklist; an editor adding an asset. The map's tile server
 * cannot be reached in these tests, and the list still shows every result.
 */
@ExtendWith(ArquillianExtension.class)
class AssetBrowserIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.casebook();
  }

  @ArquillianResource URL base;

  private String newPerson(String worker, String name, String postcode) {
    HttpResponse<String> created =
        new Http(base)
            .send(
                "POST",
                "/api/people",
                worker,
                PW,
                "{\"fullName\":\""
                    + name
                    + "\",\"preferredName\":\"Bea\",\"postcode\":\""
                    + postcode
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
  }

  private static Object js(Browser b, String script) {
    return ((JavascriptExecutor) b.driver).executeScript(script);
  }

  @Test
  void aWorkerFindsTheNearestFreeSaturdayGardenForAPersonAndRecordsThatTheyWent() {
    String personId =
        newPerson(
            "it.worker.a1",
            "Beatrice Garden " + UUID.randomUUID().toString().substring(0, 5),
            TestFixtures.HOME_POSTCODE);
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      assertTrue(b.exists("connectionsNeedConversation"), "connections start from a conversation");
      b.submit("startConversation");
      b.click("f:kind:0");
      b.submit("f:start");
      assertTrue(b.path().startsWith("/conversation/edit.xhtml"), b.path());
      b.submit("f:findConnections");

      assertTrue(b.text("context").contains("Bea"), "the search is for Bea");
      assertEquals(TestFixtures.HOME_POSTCODE, b.value("f:near"), "from Bea's postcode");
      b.assertAccessible("directory-for-person");

      b.type("f:text", "gardening");
      new Select(b.byId("f:openOn")).selectByVisibleText("Saturday");
      b.click("f:free");
      b.submit("f:search");
      assertTrue(b.text("resultsHeading").contains("nearest first"), b.text("resultsHeading"));
      String first =
          b.driver.findElement(org.openqa.selenium.By.cssSelector("#results li h3")).getText();
      assertTrue(first.contains(TestFixtures.NEAREST_FREE_SATURDAY_GARDEN), first);
      String list = b.text("results");
      assertFalse(list.contains("Allotment Society Saturday Plots"), "it charges");
      assertFalse(list.contains("Sunday Community Garden"), "not open on Saturdays");
      assertTrue(list.contains("Hilltop Saturday Garden Club"), "further away, but it fits");
      assertTrue(
          list.indexOf(TestFixtures.NEAREST_FREE_SATURDAY_GARDEN)
              < list.indexOf("Hilltop Saturday Garden Club"),
          "nearest first");

      // The map cannot fetch its tiles here: its numbered markers are drawn and the list stands.
      assertTrue(b.exists("cb-map"));
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(
              d ->
                  ((Number) js(b, "return document.querySelectorAll('.cb-map-marker').length;"))
                          .intValue()
                      == 2);
      assertEquals(
          0L,
          ((Number) js(b, "return document.querySelectorAll('.leaflet-tile-loaded').length;"))
              .longValue(),
          "no tile could load");
      b.assertAccessible("directory-results-without-tiles");

      b.submit("f:r:0:suggest");
      assertTrue(
          b.bodyText()
              .contains("Suggested " + TestFixtures.NEAREST_FREE_SATURDAY_GARDEN + " to Bea"),
          b.bodyText());
      assertTrue(b.text("f:r:0:suggestedTag").contains("Suggested"));

      b.open("/person/view.xhtml?id=" + personId);
      String connections = b.text("connectionList");
      assertTrue(connections.contains(TestFixtures.NEAREST_FREE_SATURDAY_GARDEN), connections);
      new Select(b.byId("connectionsForm:connections:0:next")).selectByVisibleText("Attended");
      b.type("connectionsForm:connections:0:note", "Went with her neighbour");
      b.submit("connectionsForm:connections:0:record");
      assertEquals("Attended", b.text("connectionsForm:connections:0:status"));
      assertTrue(b.text("connectionList").contains("Went with her neighbour"));
      b.assertAccessible("person-connections");
    }
  }

  @Test
  void aFlaggedAssetWaitsOnTheEditorsWorklistAndAnEditorAddsAnAsset() {
    String note = "Gate padlocked " + UUID.randomUUID().toString().substring(0, 5);
    try (Browser w = new Browser(base)) {
      w.signIn("it.worker.b1", PW);
      w.open("/directory/index.xhtml");
      w.type("f:text", "Hilltop");
      w.submit("f:search");
      w.submit("f:r:0:assetLink");
      assertEquals("Hilltop Saturday Garden Club", w.heading());
      w.assertAccessible("asset-page");
      assertFalse(w.exists("editor:verify"), "workers do not keep the directory");
      w.submit("flag:send");
      assertTrue(w.bodyText().contains("Choose what is wrong"), "the reason is needed");
      new Select(w.byId("flag:reason")).selectByVisibleText("It has closed");
      w.type("flag:note", note);
      w.submit("flag:send");
      assertTrue(w.bodyText().contains("The editors will check the asset"), w.bodyText());
      w.open("/directory/worklist.xhtml");
      assertTrue(
          w.bodyText().contains("cannot be found")
              || w.bodyText().contains("not found")
              || w.bodyText().contains("no such page")
              || w.bodyText().contains("Page not found"),
          "only editors see the worklist: " + w.bodyText());
    }
    try (Browser e = new Browser(base)) {
      e.signIn("it.editor", PW);
      e.open("/directory/worklist.xhtml");
      String flags = e.text("flags");
      assertTrue(flags.contains("Hilltop Saturday Garden Club") && flags.contains(note), flags);
      e.assertAccessible("editors-worklist");

      e.open("/directory/edit.xhtml");
      e.assertAccessible("asset-add");
      e.type("f:name", "Tuesday Knit and Natter");
      new Select(e.byId("f:category")).selectByVisibleText("Groups and associations");
      e.type("f:tags", "crafts, company");
      e.type("f:days:1:sessions", "2pm till 4");
      e.type("f:latitude", "north");
      e.submit("f:save");
      assertTrue(
          e.text("f:days:1:sessions-error").contains("10:00-12:00"), "says how to write times");
      assertTrue(e.text("f:latitude-error").contains("number"));
      assertEquals("2pm till 4", e.value("f:days:1:sessions"), "what was typed is kept");
      assertEquals("Tuesday Knit and Natter", e.value("f:name"));
      e.assertAccessible("asset-add-problems");
      e.type("f:days:1:sessions", "2pm-4pm");
      e.type("f:latitude", "10.001");
      e.type("f:longitude", "10.001");
      e.submit("f:save");
      assertEquals("Tuesday Knit and Natter", e.heading());
      assertTrue(
          e.text("opening").contains("Tuesday") && e.text("opening").contains("14:00–16:00"),
          e.text("opening"));
    }
  }

  @Test
  void aManagerSeesGapsByWardAndDownloadsThem() {
    String fetchCsv =
        "var done = arguments[arguments.length - 1];"
            + " fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(function (r) { return r.text().then(function (t) {"
            + " done(r.status + '|' + (r.headers.get('Content-Type') || '') + '|' + t); }); })"
            + ".catch(function (e) { done('error|' + e); });";
    try (Browser m = new Browser(base)) {
      m.signIn("it.manager.a", PW);
      m.open("/directory/index.xhtml");
      m.submit("gapsLink");
      assertTrue(m.text("gaps").contains("Test Ward"), m.text("gaps"));
      m.assertAccessible("gaps-by-ward");
      String href = m.byId("downloadCsv").getAttribute("href");
      String answer = (String) ((JavascriptExecutor) m.driver).executeAsyncScript(fetchCsv, href);
      assertTrue(answer.startsWith("200|text/csv"), answer);
      assertTrue(answer.contains("Test Ward"), answer);
    }
    try (Browser w = new Browser(base)) {
      w.signIn("it.worker.a1", PW);
      w.open("/directory/index.xhtml");
      assertFalse(w.exists("gapsLink"), "gaps are for managers");
      String answer =
          (String)
              ((JavascriptExecutor) w.driver)
                  .executeAsyncScript(
                      fetchCsv, base.toString().replaceAll("/$", "") + "/directory/gaps.csv");
      assertTrue(answer.startsWith("403|"), answer);
    }
  }

  @Test
  void anEditorImportsAnOpenReferralFileAndFindsItsServices() {
    String file =
        java.nio.file.Path.of("src/test/resources/oruk-samples/ashford-vale-page.json")
            .toAbsolutePath()
            .toString();
    try (Browser e = new Browser(base)) {
      e.signIn("it.editor", PW);
      e.open("/directory/worklist.xhtml");
      e.submit("importLink");
      e.assertAccessible("directory-import");
      e.byId("f:file").sendKeys(file);
      e.submit("f:start");
      new WebDriverWait(e.driver, Duration.ofSeconds(60))
          .until(
              d -> {
                e.open("/directory/import.xhtml");
                return e.exists("runsTable") && e.text("runsTable").contains("Finished");
              });
      String runs = e.text("runsTable");
      assertTrue(runs.contains("ashford-vale-page.json"), runs);
      e.assertAccessible("directory-import-finished");
      e.open("/directory/worklist.xhtml");
      e.submit("postcodesLink");
      e.assertAccessible("directory-postcodes");
      e.submit("f:upload");
      assertTrue(e.text("f:file-error").contains("Choose a CSV file"), "the file is needed");
      e.byId("f:file")
          .sendKeys(
              java.nio.file.Path.of("src/test/resources/postcodes-sample.csv")
                  .toAbsolutePath()
                  .toString());
      e.submit("f:upload");
      assertTrue(
          e.bodyText().contains("Loaded: 2 new postcodes, 0 corrected, 2 lines skipped"),
          e.bodyText());
      assertTrue(e.text("skipped").contains("line 4: not a postcode"), e.text("skipped"));
      e.assertAccessible("directory-postcodes-loaded");

      e.open("/directory/index.xhtml");
      e.type("f:text", "Brook End Community Garden");
      e.submit("f:search");
      assertTrue(e.text("results").contains("Brook End Community Garden"), e.text("results"));
    }
  }
}
