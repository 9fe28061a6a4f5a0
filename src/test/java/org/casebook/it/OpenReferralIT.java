package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.Assets;
import org.casebook.asset.oruk.DirectoryImports;
import org.casebook.asset.oruk.ImportRun;
import org.casebook.asset.oruk.ImportRunLine;
import org.casebook.asset.oruk.OrukDocument;
import org.casebook.asset.oruk.OrukSchemas;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open Referral UK in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: importing a file twice
 * changes nothing the second time, a changed file changes only what changed, only directory editors
 * import, and the published API needs no sign-in, pages and searches, leaves out unpublished and
 * retired assets, and answers what the standard's schemas accept (checked here, inside the server,
 * with the same validator the import uses).
 */
@ExtendWith(ArquillianExtension.class)
class OpenReferralIT {

  private static final String SAMPLE = "oruk-samples/ashford-vale-page.json";
  private static final String SAMPLE_PREFIX = "1f0c6a52-6a0e-4c39-9a59-";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook()
        .addClasses(OpenReferralIT.class, Counts.class)
        .addAsResource(SAMPLE);
  }

  /** Counts straight from the database, for checking that nothing was added. */
  @ApplicationScoped
  public static class Counts {
    @PersistenceContext EntityManager em;

    public long assets() {
      return em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    }
  }

  @Inject DirectoryImports imports;
  @Inject Assets assets;
  @Inject Accounts accounts;
  @Inject Counts counts;
  @ArquillianResource java.net.URL base;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  /** The sample directory with ids of its own, so no two tests (or runs) share services. */
  private static String sample(String idPrefix) {
    try (InputStream in = OpenReferralIT.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(SAMPLE_PREFIX, idPrefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UUID prefix ("xxxxxxxx-xxxx-4xxx-8xxx-") that keeps the sample's ids valid UUIDs. */
  private static String freshPrefix() {
    String u = UUID.randomUUID().toString();
    return u.substring(0, 24);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private ImportRun importAndWait(Caller editor, String fileName, String document)
      throws OrukDocument.Unreadable {
    ImportRun run = imports.start(editor, fileName, stream(document));
    assertEquals(ImportRun.Status.RUNNING, run.getStatus());
    // Waits for the background import; the limit only stops a broken import hanging the build.
    for (int i = 0; i < 1200; i++) {
      ImportRun now = imports.get(editor, run.getId());
      if (!now.isRunning()) {
        return now;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
    return fail("the import did not finish");
  }

  private static void assertCounts(
      ImportRun run,
      int created,
      int updated,
      int unchanged,
      int retired,
      int rejected,
      int skipped) {
    assertEquals(ImportRun.Status.FINISHED, run.getStatus(), run.getFailure());
    assertEquals(
        List.of(created, updated, unchanged, retired, rejected, skipped),
        List.of(
            run.getCreated(),
            run.getUpdated(),
            run.getUnchanged(),
            run.getRetired(),
            run.getRejected(),
            run.getSkipped()),
        "created, updated, unchanged, retired, rejected, skipped");
    assertEquals(run.getTotal(), run.getProcessed());
  }

  private ImportRunLine line(Caller editor, ImportRun run, String serviceId) {
    return imports.report(editor, run.getId()).stream()
        .filter(l -> serviceId.equals(l.getServiceId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report line for " + serviceId));
  }

  // --- importing ----------------------------------------------------------------------------

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
    Caller editor = caller("it.editor");
    assets.placePostcode("AV1 2NB", 51.1463, 0.8747, "Mill Ward");
    String prefix = freshPrefix();
    String lunchClub = prefix + "3c2f0b7d1a01";
    String garden = prefix + "3c2f0b7d1b01";
    String document = sample(prefix);

    ImportRun first = importAndWait(editor, "ashford-vale.json", document);
    assertEquals(4, first.getTotal());
    assertCounts(first, 2, 0, 0, 0, 1, 1);
    assertEquals(ImportRun.Outcome.CREATED, line(editor, first, lunchClub).getOutcome());
    ImportRunLine broken = line(editor, first, "not-a-uuid");
    assertEquals(ImportRun.Outcome.REJECTED, broken.getOutcome());
    assertTrue(
        broken.getReason().contains("id: does not match the uuid pattern"), broken.getReason());
    assertEquals(
        ImportRun.Outcome.SKIPPED, line(editor, first, prefix + "3c2f0b7d1c01").getOutcome());

    Asset club = assets.byPublicId(lunchClub).orElseThrow();
    assertEquals(Asset.Source.OPEN_REFERRAL, club.getSource());
    assertEquals("Mill Lane Lunch Club", club.getName());
    assertEquals("Mill Ward", club.getWard(), "the ward comes from the postcode directory");
    assertEquals(51.1465, club.getLatitude(), "the service's own map position is kept");
    assertEquals(java.time.LocalDate.of(2026, 9, 14), club.getLastVerifiedOn());
    assertTrue(club.isPublished());
    assertNotNull(club.getSourceDigest());
    int clubVersion = club.getVersion();
    int gardenVersion = assets.byPublicId(garden).orElseThrow().getVersion();
    long assetsAfterFirst = counts.assets();

    ImportRun second = importAndWait(editor, "ashford-vale.json", document);
    assertCounts(second, 0, 0, 2, 0, 1, 1);
    assertEquals(assetsAfterFirst, counts.assets(), "nothing added");
    assertEquals(
        clubVersion, assets.byPublicId(lunchClub).orElseThrow().getVersion(), "not written");
    assertEquals(gardenVersion, assets.byPublicId(garden).orElseThrow().getVersion());
    assertTrue(
        imports.report(editor, second.getId()).stream()
            .noneMatch(l -> l.getOutcome() == ImportRun.Outcome.UPDATED),
        "unchanged services are not in the report");

    String changed =
        document
            .replace("lunchclub@example.org", "lunch@example.org")
            .replace(
                "\"name\": \"Canal Street Knit and Natter\",\n      \"status\": \"inactive\"",
                "\"name\": \"Canal Street Knit and Natter\",\n      \"status\": \"active\"");
    ImportRun third = importAndWait(editor, "ashford-vale-changed.json", changed);
    assertCounts(third, 1, 1, 1, 0, 1, 0);
    ImportRunLine updated = line(editor, third, lunchClub);
    assertEquals(ImportRun.Outcome.UPDATED, updated.getOutcome());
    assertEquals(List.of("email"), updated.getChanged(), "only what changed");
    assertEquals("lunch@example.org", assets.byPublicId(lunchClub).orElseThrow().getEmail());
    assertEquals(gardenVersion, assets.byPublicId(garden).orElseThrow().getVersion());
    assertEquals(assetsAfterFirst + 1, counts.assets(), "only the reopened service is new");

    // What was imported is published, and the published service follows the standard.
    HttpResponse<String> published =
        new Http(base).get("/api/oruk/services/" + lunchClub, null, null);
    assertEquals(200, published.statusCode(), published.body());
    JsonNode service = JSON.readTree(published.body());
    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.Shape.SERVICE, service));
    assertEquals("lunch@example.org", service.path("email").asText());
  }

  @Test
  void aServiceClosedInTheFileIsRetiredAndComesBackWhenItReopens() throws Exception {
    Caller editor = caller("it.editor");
    String prefix = freshPrefix();
    String garden = prefix + "3c2f0b7d1b01";
    String document = sample(prefix);
    importAndWait(editor, "open.json", document);

    String closed =
        document.replace(
            "\"name\": \"Brook End Community Garden\",\n      \"description\": \"Volunteers grow vegetables together; no experience needed.\",\n      \"status\": \"active\"",
            "\"name\": \"Brook End Community Garden\",\n      \"description\": \"Volunteers grow vegetables together; no experience needed.\",\n      \"status\": \"defunct\"");
    ImportRun closing = importAndWait(editor, "closed.json", closed);
    assertCounts(closing, 0, 0, 1, 1, 1, 1);
    Asset retired = assets.byPublicId(garden).orElseThrow();
    assertTrue(retired.isRetired());
    assertEquals("Closed in the imported directory", retired.getRetiredReason());
    assertEquals(404, new Http(base).get("/api/oruk/services/" + garden, null, null).statusCode());

    ImportRun again = importAndWait(editor, "closed.json", closed);
    assertCounts(again, 0, 0, 2, 0, 1, 1);

    ImportRun reopening = importAndWait(editor, "open.json", document);
    assertCounts(reopening, 0, 1, 1, 0, 1, 1);
    assertEquals(List.of("status"), line(editor, reopening, garden).getChanged());
    assertFalse(assets.byPublicId(garden).orElseThrow().isRetired());
  }

  @Test
  void onlyDirectoryEditorsMayImportAndChangeTheDirectory() {
    Caller worker = caller("it.worker.a1");
    assertFalse(imports.mayImport(worker));
    assertThrows(
        Caller.AccessDenied.class,
        () -> imports.start(worker, "services.json", stream(sample(freshPrefix()))));
    assertThrows(Caller.AccessDenied.class, () -> imports.recent(worker, 10));
    assertThrows(
        Caller.AccessDenied.class, () -> assets.create(worker, details("Not allowed", true)));

    assertTrue(imports.mayImport(caller("it.editor")), "a nominated social worker");
    assertTrue(imports.mayImport(caller("it.admin")), "administrators");
    assertFalse(imports.mayImport(caller("it.manager.a")));
  }

  @Test
  void filesThatAreNotServicesAreRefusedBeforeAnythingStarts() {
    Caller editor = caller("it.editor");
    long before = imports.recent(editor, 1000).size();
    OrukDocument.Unreadable notJson =
        assertThrows(
            OrukDocument.Unreadable.class,
            () -> imports.start(editor, "people.csv", stream("name,postcode\nA,AV1 2NB")));
    assertEquals("oruk.import.file.notJson", notJson.messageKey());
    OrukDocument.Unreadable none =
        assertThrows(
            OrukDocument.Unreadable.class,
            () -> imports.start(editor, "empty.json", stream("{\"contents\": []}")));
    assertEquals("oruk.import.file.noServices", none.messageKey());
    assertEquals(before, imports.recent(editor, 1000).size(), "no import was started");
  }

  @Test
  void theSchemasAreCheckedInsideTheServer() throws Exception {
    // Jackson and the validator come from the WAR, not the server: the import relies on it.
    assertEquals(
        OrukSchemas.class.getClassLoader(),
        JsonNode.class.getClassLoader(),
        "Jackson from the WAR");
    JsonNode broken = JSON.readTree("{\"id\": \"42\", \"status\": \"open\"}");
    List<String> problems = OrukSchemas.problems(OrukSchemas.Shape.SERVICE, broken);
    assertTrue(problems.contains("required property 'name' not found"), problems.toString());
    assertTrue(
        OrukSchemas.isValid(
            OrukSchemas.Shape.SERVICE,
            JSON.readTree(
                "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"A\","
                    + " \"status\": \"active\"}")));
  }

  // --- publishing ---------------------------------------------------------------------------

  private static AssetDetails details(String name, boolean published) {
    return new AssetDetails(
        name,
        "Somewhere to meet people",
        AssetCategory.PHYSICAL_SPACES,
        List.of("meeting"),
        null,
        null,
        null,
        "1 Church Walk, Ashford Vale",
        "AV1 2NB",
        null,
        null,
        null,
        List.of(),
        null,
        true,
        null,
        null,
        null,
        "01632 960 505",
        null,
        null,
        published);
  }

  private JsonNode ok(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  @Test
  void thePublishedDirectoryNeedsNoSignInAndFollowsTheStandard() throws Exception {
    Caller editor = caller("it.editor");
    Http http = new Http(base);
    String word =
        "zq"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.UK);
    Asset a = assets.create(editor, details("Alder " + word + " hall", true));
    Asset b = assets.create(editor, details("Birch " + word + " hall", true));
    Asset c = assets.create(editor, details("Cedar " + word + " hall", true));
    Asset hidden = assets.create(editor, details("Damson " + word + " hall", false));
    Asset gone = assets.create(editor, details("Elm " + word + " hall", true));
    gone = assets.retire(editor, gone.getId(), gone.getVersion(), "Closed for good");

    JsonNode meta = ok(http.get("/api/oruk/", null, null));
    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.Shape.API_META, meta));
    HttpResponse<String> openapi =
        Http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(meta.path("openapi_url").asText()))
                .build());
    assertEquals(200, openapi.statusCode());
    assertEquals("3.0.0", JSON.readTree(openapi.body()).path("openapi").asText());

    HttpResponse<String> first =
        http.get("/api/oruk/services?search=" + word + "&per_page=2", null, null);
    assertEquals("*", first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    JsonNode page1 = ok(first);
    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.Shape.SERVICE_PAGE, page1));
    assertEquals(3, page1.path("total_items").asInt(), "published and not retired only");
    assertEquals(2, page1.path("total_pages").asInt());
    assertEquals(1, page1.path("page_number").asInt());
    assertEquals(2, page1.path("size").asInt());
    assertTrue(page1.path("first_page").asBoolean());
    assertFalse(page1.path("last_page").asBoolean());
    assertFalse(page1.path("empty").asBoolean());
    assertEquals(a.getPublicId(), page1.path("contents").get(0).path("id").asText());
    assertEquals(b.getPublicId(), page1.path("contents").get(1).path("id").asText());

    JsonNode page2 =
        ok(http.get("/api/oruk/services?search=" + word + "&per_page=2&page=2", null, null));
    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.Shape.SERVICE_PAGE, page2));
    assertEquals(1, page2.path("size").asInt());
    assertEquals(c.getPublicId(), page2.path("contents").get(0).path("id").asText());
    assertTrue(page2.path("last_page").asBoolean());

    JsonNode beyond =
        ok(http.get("/api/oruk/services?search=" + word + "&per_page=2&page=9", null, null));
    assertTrue(beyond.path("empty").asBoolean());
    assertEquals(0, beyond.path("contents").size());

    JsonNode two = ok(http.get("/api/oruk/services?search=" + word + "%20birch", null, null));
    assertEquals(1, two.path("total_items").asInt(), "every word must match");

    JsonNode all = ok(http.get("/api/oruk/services", null, null));
    assertTrue(all.path("total_items").asInt() >= 3);
    assertTrue(all.path("size").asInt() <= 50, "50 to a page unless asked");

    JsonNode service = ok(http.get("/api/oruk/services/" + a.getPublicId(), null, null));
    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.Shape.SERVICE, service));
    assertEquals("Alder " + word + " hall", service.path("name").asText());
    assertEquals(
        "Ashford Vale",
        service
            .path("service_at_locations")
            .get(0)
            .path("location")
            .path("addresses")
            .get(0)
            .path("city")
            .asText());

    for (String id :
        List.of(
            hidden.getPublicId(), gone.getPublicId(), UUID.randomUUID().toString(), "nonsense")) {
      HttpResponse<String> missing = http.get("/api/oruk/services/" + id, null, null);
      assertEquals(404, missing.statusCode(), id);
      assertFalse(JSON.readTree(missing.body()).path("message").asText().isEmpty());
    }

    for (String query :
        List.of("page=0", "page=abc", "per_page=0", "per_page=201", "per_page=1.5")) {
      HttpResponse<String> bad = http.get("/api/oruk/services?" + query, null, null);
      assertEquals(400, bad.statusCode(), query);
      JsonNode error = JSON.readTree(bad.body());
      assertEquals("Some of the details are not right", error.path("message").asText());
      assertEquals(1, error.path("fields").size(), query);
    }

    HttpResponse<String> post = http.send("POST", "/api/oruk/services", null, null, "{}");
    assertEquals(405, post.statusCode(), "the published directory cannot be changed over the API");
  }
}
