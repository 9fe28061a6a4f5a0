package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.audit.AccessLogEntry;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.person.PersonSearch;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.SignInOutcome;
import org.casebook.security.SignIns;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: persistence, access rules
 * by role, team and restriction, the access log, lock-out, the REST API and the HTTP headers. One
 * deployment for all of it: each deployment costs a server start.
 */
@ExtendWith(ArquillianExtension.class)
class CasebookIT {

  private static final String PW = TestFixtures.PASSWORD;

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(CasebookIT.class);
  }

  @Inject People people;
  @Inject Accounts accounts;
  @Inject AccessLog accessLog;
  @Inject SignIns signIns;

  @ArquillianResource URL base;

  // --- helpers (in the container) -------------------------------------------------------------

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static PersonDetails details(String fullName) {
    return new PersonDetails(fullName, null, null, null, null, null, null, null, null, null);
  }

  private Person add(String worker, PersonDetails details) {
    Caller c = caller(worker);
    return people.create(
        c, details, new People.Allocation(c.accountId(), false, List.of()), "test");
  }

  /** A valid NHS number no other test uses. */
  private static String freshNhsNumber() {
    while (true) {
      String nine = String.format("%09d", (long) (Math.random() * 1_000_000_000L));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return nine + check;
      }
    }
  }

  // --- persistence -----------------------------------------------------------------------------

  @Test
  void aPersonIsSavedWithEveryDetailAndTheirOwnWordsKeptAsWritten() {
    String nhs = freshNhsNumber();
    String about = "I’ve lived here fifty years.\n\nSiobhán next door helps with the garden 💐";
    Person saved =
        add(
            "it.worker.a1",
            new PersonDetails(
                unique("Zoë Ó Briain"),
                "Zo",
                "she/her",
                LocalDate.of(1950, 2, 28),
                nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6),
                "1 Canal Street",
                "ls6 2ab",
                "Hyde Park",
                "Hears best on the left",
                about));

    Person read = people.open(caller("it.worker.a1"), saved.getId(), "test");
    assertTrue(read.getFullName().startsWith("Zoë Ó Briain"));
    assertEquals("Zo", read.getPreferredName());
    assertEquals(LocalDate.of(1950, 2, 28), read.getDateOfBirth());
    assertEquals(nhs, read.getNhsNumber(), "NHS number stored as ten digits");
    assertEquals("LS6 2AB", read.getPostcode(), "postcode in standard form");
    assertEquals(about, read.getAboutMe(), "paragraphs, accents and emoji kept");
    assertEquals("it.worker.a1", read.getLeadWorker().getUsername());
    assertEquals(TestFixtures.TEAM_A, read.getTeam().getName());
  }

  @Test
  void anNhsNumberCanBeOnOnlyOneRecord() {
    String nhs = freshNhsNumber();
    add(
        "it.worker.a1",
        new PersonDetails(unique("First"), null, null, null, nhs, null, null, null, null, null));
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                add(
                    "it.worker.b1",
                    new PersonDetails(
                        unique("Second"), null, null, null, nhs, null, null, null, null, null)));
    assertEquals("person.nhsNumber.inUse", refused.messageKey());
  }

  @Test
  void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndTheFirstIsKept() {
    Person p = add("it.worker.a1", details(unique("Conflict")));
    int version = p.getVersion();
    Caller a1 = caller("it.worker.a1");
    Caller a2 = caller("it.worker.a2");
    people.update(
        a1,
        p.getId(),
        version,
        new PersonDetails(
            p.getFullName(), "First save", null, null, null, null, null, null, null, null),
        null,
        "test");
    assertThrows(
        EditConflict.class,
        () ->
            people.update(
                a2,
                p.getId(),
                version,
                new PersonDetails(
                    p.getFullName(), "Second save", null, null, null, null, null, null, null, null),
                null,
                "test"));
    assertEquals("First save", people.open(a1, p.getId(), "test").getPreferredName());
  }

  @Test
  void searchFindsByNamePartDateOfBirthNhsNumberAndPostcode() {
    String nhs = freshNhsNumber();
    String surname = "Quayle" + UUID.randomUUID().toString().substring(0, 6);
    Person p =
        add(
            "it.worker.a1",
            new PersonDetails(
                "Harriet " + surname,
                "Hattie",
                null,
                LocalDate.of(1944, 7, 9),
                nhs,
                null,
                "AV9 8ZZ",
                null,
                null,
                null));
    Caller a2 = caller("it.worker.a2");
    assertEquals(
        List.of(p.getId()),
        ids(people.search(a2, new PersonSearch(surname.toUpperCase(), null, null, null))));
    assertTrue(
        ids(people.search(a2, new PersonSearch(null, LocalDate.of(1944, 7, 9), null, null)))
            .contains(p.getId()));
    assertEquals(
        List.of(p.getId()),
        ids(
            people.search(
                a2,
                new PersonSearch(null, null, nhs.substring(0, 3) + " " + nhs.substring(3), null))));
    assertTrue(
        ids(people.search(a2, new PersonSearch(null, null, null, "av98zz"))).contains(p.getId()));
    assertTrue(
        ids(people.search(a2, new PersonSearch(null, null, null, "AV9"))).contains(p.getId()));
    assertFalse(
        ids(people.search(a2, new PersonSearch(null, null, null, "AV1"))).contains(p.getId()));
    assertEquals(
        List.of(),
        ids(people.search(a2, new PersonSearch("' or 1=1 --", null, null, null))),
        "SQL is just text");
    assertEquals(
        List.of(),
        ids(people.search(a2, new PersonSearch("%", null, null, null))).stream()
            .filter(id -> id.equals(p.getId()))
            .toList(),
        "% is not a wildcard");
  }

  private static List<Long> ids(List<Person> found) {
    return found.stream().map(Person::getId).toList();
  }

  // --- access rules ----------------------------------------------------------------------------

  @Test
  void workersAndManagersSeeTheirOwnTeamsPeopleOnly() {
    String name = unique("Team A person");
    Person p = add("it.worker.a1", details(name));
    assertThrows(NotFound.class, () -> people.open(caller("it.worker.b1"), p.getId(), "test"));
    assertThrows(NotFound.class, () -> people.open(caller("it.manager.b"), p.getId(), "test"));
    assertTrue(
        people.search(caller("it.worker.b1"), new PersonSearch(name, null, null, null)).isEmpty());
    assertNotNull(people.open(caller("it.worker.a2"), p.getId(), "test"));
    assertNotNull(people.open(caller("it.manager.a"), p.getId(), "test"));
    assertThrows(
        Caller.AccessDenied.class, () -> people.open(caller("it.trainer"), p.getId(), "test"));
    assertThrows(
        Caller.AccessDenied.class, () -> people.open(caller("it.admin"), p.getId(), "test"));
    assertThrows(
        Caller.AccessDenied.class,
        () -> people.search(caller("it.trainer"), new PersonSearch(name, null, null, null)));
  }

  @Test
  void aRestrictedRecordOpensOnlyForItsWorkersAndTheTeamsManagers() {
    Caller a1 = caller("it.worker.a1");
    Caller a2 = caller("it.worker.a2");
    String name = unique("Restricted");
    Person p =
        people.create(
            a1, details(name), new People.Allocation(null, true, List.of(a2.accountId())), "test");
    assertNotNull(people.open(a1, p.getId(), "test"), "the worker who restricted it stays named");
    assertNotNull(people.open(a2, p.getId(), "test"));
    assertNotNull(people.open(caller("it.manager.a"), p.getId(), "test"));
    assertThrows(NotFound.class, () -> people.open(caller("it.worker.a3"), p.getId(), "test"));
    assertTrue(
        people.search(caller("it.worker.a3"), new PersonSearch(name, null, null, null)).isEmpty());
    assertEquals(
        1, people.search(caller("it.manager.a"), new PersonSearch(name, null, null, null)).size());
  }

  @Test
  void everyOpeningOfARecordIsLoggedAndOnlyManagersAndAdministratorsReadTheLog() {
    Person p = add("it.worker.a1", details(unique("Logged")));
    people.open(caller("it.worker.a2"), p.getId(), "page /person/view.xhtml");
    people.open(caller("it.manager.a"), p.getId(), "API GET /api/people/" + p.getId());

    List<AccessLogEntry> log = accessLog.forPerson(caller("it.manager.a"), p.getId());
    assertEquals(3, log.size());
    assertEquals("it.manager.a", log.get(0).getUsername(), "newest first");
    assertEquals(AccessAction.VIEWED, log.get(0).getAction());
    assertEquals("API GET /api/people/" + p.getId(), log.get(0).getChannel());
    assertEquals("it.worker.a2", log.get(1).getUsername());
    assertEquals(AccessAction.CREATED, log.get(2).getAction());
    assertEquals(3, accessLog.forPerson(caller("it.admin"), p.getId()).size());
    assertThrows(NotFound.class, () -> accessLog.forPerson(caller("it.manager.b"), p.getId()));
    assertThrows(
        Caller.AccessDenied.class, () -> accessLog.forPerson(caller("it.worker.a1"), p.getId()));
    assertThrows(
        Caller.AccessDenied.class, () -> accessLog.forPerson(caller("it.trainer"), p.getId()));
  }

  // --- signing in ------------------------------------------------------------------------------

  @Test
  void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
    for (int i = 0; i < 4; i++) {
      assertEquals(SignInOutcome.NOT_RECOGNISED, signIns.attempt("it.lockme1", "wrong").outcome());
    }
    assertEquals(SignInOutcome.LOCKED, signIns.attempt("it.lockme1", "wrong").outcome());
    assertEquals(
        SignInOutcome.LOCKED,
        signIns.attempt("it.lockme1", PW).outcome(),
        "even the right password waits");
    Account locked = accounts.findByUsername("it.lockme1").orElseThrow();
    accounts.unlock(caller("it.admin"), locked.getId(), locked.getVersion());
    assertEquals(SignInOutcome.SIGNED_IN, signIns.attempt("it.lockme1", PW).outcome());
  }

  @Test
  void unknownAndDeactivatedAccountsCannotSignIn() {
    assertEquals(SignInOutcome.NOT_RECOGNISED, signIns.attempt("nobody.here", PW).outcome());
    assertEquals(SignInOutcome.NOT_RECOGNISED, signIns.attempt("it.inactive", "wrong").outcome());
    assertEquals(SignInOutcome.DEACTIVATED, signIns.attempt("it.inactive", PW).outcome());
    assertEquals(
        SignInOutcome.SIGNED_IN,
        signIns.attempt("IT.Worker.A1", PW).outcome(),
        "usernames ignore case");
  }

  @Test
  void administratorsCreateAccountsWithATemporaryPasswordThatMustBeChanged() {
    Caller admin = caller("it.admin");
    String username = "it.new." + UUID.randomUUID().toString().substring(0, 6);
    Long teamA = caller("it.worker.a1").teamId();
    Accounts.Created created =
        accounts.create(
            admin, username, "New Person", org.casebook.security.Role.SOCIAL_WORKER, teamA);
    assertTrue(created.account().isMustChangePassword());
    assertEquals(
        SignInOutcome.SIGNED_IN, signIns.attempt(username, created.temporaryPassword()).outcome());
    assertThrows(
        RuleViolation.class,
        () ->
            accounts.create(
                admin, username, "Again", org.casebook.security.Role.SOCIAL_WORKER, teamA));
    assertThrows(
        RuleViolation.class,
        () ->
            accounts.create(
                admin,
                "x.y." + UUID.randomUUID().toString().substring(0, 4),
                "No team",
                org.casebook.security.Role.SOCIAL_WORKER,
                null));
    assertThrows(
        Caller.AccessDenied.class,
        () ->
            accounts.create(
                caller("it.manager.a"),
                "it.sneaky",
                "Sneaky",
                org.casebook.security.Role.ADMIN,
                null));
    Account self = accounts.findByUsername("it.admin").orElseThrow();
    assertThrows(
        RuleViolation.class, () -> accounts.deactivate(admin, self.getId(), self.getVersion()));

    Account made = accounts.findByUsername(username).orElseThrow();
    String reset = accounts.resetPassword(admin, made.getId(), made.getVersion());
    assertEquals(
        SignInOutcome.NOT_RECOGNISED,
        signIns.attempt(username, created.temporaryPassword()).outcome());
    assertEquals(SignInOutcome.SIGNED_IN, signIns.attempt(username, reset).outcome());
    Account again = accounts.findByUsername(username).orElseThrow();
    accounts.deactivate(admin, again.getId(), again.getVersion());
    assertEquals(SignInOutcome.DEACTIVATED, signIns.attempt(username, reset).outcome());
  }

  // --- over HTTP, as an outside caller -----------------------------------------------------------

  @Test
  @RunAsClient
  void theApiWantsAnActiveAccountAndTheRightRole() {
    Http http = new Http(base);
    HttpResponse<String> none = http.get("/api/people", null, null);
    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(none.body().contains("\"message\""), none.body());
    assertEquals(401, http.get("/api/people", "it.worker.a1", "wrong").statusCode());
    assertEquals(401, http.get("/api/people", "it.inactive", PW).statusCode());
    assertEquals(401, http.get("/api/people", "nobody", PW).statusCode());
    HttpResponse<String> temporary = http.get("/api/people", "it.temporary", PW);
    assertEquals(401, temporary.statusCode(), "a temporary password is for the sign-in page only");
    assertTrue(temporary.body().contains("choose a new one"), temporary.body());
    HttpResponse<String> trainer = http.get("/api/people", "it.trainer", PW);
    assertEquals(403, trainer.statusCode());
    assertTrue(trainer.body().contains("not allowed"), trainer.body());
    assertEquals(403, http.get("/api/people", "it.admin", PW).statusCode());
    assertEquals(200, http.get("/api/people", "it.worker.a1", PW).statusCode());
    assertTrue(
        http.get("/api/people", "it.worker.a1", PW).headers().firstValue("Set-Cookie").isEmpty(),
        "no session for the API");
  }

  @Test
  @RunAsClient
  void theApiAddsReadsAndChangesPeopleAndRefusesAStaleChange() {
    Http http = new Http(base);
    String name = unique("Api Person");
    HttpResponse<String> created =
        http.send(
            "POST",
            "/api/people",
            "it.worker.a1",
            PW,
            "{\"fullName\":\""
                + name
                + "\",\"dateOfBirth\":\"1960-05-01\",\"postcode\":\"ls6 2ab\"}");
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertTrue(created.body().contains("\"postcode\":\"LS6 2AB\""), created.body());

    HttpResponse<String> read = http.get("/api/people/" + id, "it.worker.a2", PW);
    assertEquals(200, read.statusCode());
    assertTrue(read.body().contains(name));
    assertTrue(
        read.body().contains("\"version\":1") || read.body().contains("\"version\":0"),
        read.body());
    int version = Integer.parseInt(read.body().replaceAll(".*\"version\":(\\d+).*", "$1"));

    HttpResponse<String> changed =
        http.send(
            "PUT",
            "/api/people/" + id,
            "it.worker.a2",
            PW,
            "{\"version\":"
                + version
                + ",\"fullName\":\""
                + name
                + "\",\"preferredName\":\"Changed\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    HttpResponse<String> stale =
        http.send(
            "PUT",
            "/api/people/" + id,
            "it.worker.a1",
            PW,
            "{\"version\":"
                + version
                + ",\"fullName\":\""
                + name
                + "\",\"preferredName\":\"Lost?\"}");
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("Someone else saved"), stale.body());
    assertTrue(http.get("/api/people/" + id, "it.worker.a1", PW).body().contains("Changed"));

    assertEquals(
        404,
        http.get("/api/people/" + id, "it.worker.b1", PW).statusCode(),
        "other team: not found");
    assertEquals(404, http.get("/api/people/999999999", "it.worker.a1", PW).statusCode());
  }

  @Test
  @RunAsClient
  void badInputGetsAPlainMessagePerFieldAndNothingLeaks() {
    Http http = new Http(base);
    HttpResponse<String> bad =
        http.send(
            "POST",
            "/api/people",
            "it.worker.a1",
            PW,
            "{\"fullName\":\""
                + "x".repeat(151)
                + "\",\"nhsNumber\":\"123 456 7890\",\"dateOfBirth\":\"31/02/2020\",\"postcode\":\"NOT A CODE\"}");
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.body().contains("\"fullName\":\"This must be 150 characters or fewer\""), bad.body());
    assertTrue(bad.body().contains("\"nhsNumber\":"), bad.body());
    assertTrue(bad.body().contains("\"dateOfBirth\":\"Enter the date as YYYY-MM-DD\""), bad.body());
    assertTrue(bad.body().contains("\"postcode\":"), bad.body());

    HttpResponse<String> script =
        http.send(
            "POST",
            "/api/people",
            "it.worker.a1",
            PW,
            "{\"fullName\":\"<script>alert(1)</script> Jones\"}");
    assertEquals(201, script.statusCode(), "names are text, stored as typed");

    HttpResponse<String> broken =
        http.send("POST", "/api/people", "it.worker.a1", PW, "{\"fullName\": ");
    assertEquals(400, broken.statusCode());
    assertNoLeak(broken.body());
    assertTrue(broken.body().startsWith("{"), broken.body());

    HttpResponse<String> sql =
        http.get("/api/people?name=%27%20or%201%3D1%20--", "it.worker.a1", PW);
    assertEquals(200, sql.statusCode());
    assertEquals("[]", sql.body());

    HttpResponse<String> missing = http.get("/api/nothing-here", "it.worker.a1", PW);
    assertEquals(404, missing.statusCode());
    assertNoLeak(missing.body());

    HttpResponse<String> page =
        Http.send(HttpRequest.newBuilder(http.uri("/no-such-page.xhtml")).build());
    assertEquals(404, page.statusCode());
    assertNoLeak(page.body());
  }

  private static void assertNoLeak(String body) {
    for (String tell :
        List.of(
            "Exception",
            "at org.",
            "at java.",
            "SQL",
            "eclipse",
            "Payara",
            "jakarta.servlet",
            "jakarta.persistence",
            "jakarta.ws")) {
      assertFalse(body.contains(tell), "leaks '" + tell + "': " + body);
    }
  }

  @Test
  @RunAsClient
  void pagesAndApiAnswersCarrySecurityHeadersAndTheSessionCookieIsGuarded() {
    Http http = new Http(base);
    HttpResponse<String> page = Http.send(HttpRequest.newBuilder(http.uri("/login.xhtml")).build());
    assertEquals(200, page.statusCode());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);

    HttpResponse<String> api = http.get("/api/people", "it.worker.a1", PW);
    assertTrue(
        api.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'self'"));
    assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));

    HttpResponse<String> protectedPage =
        Http.send(HttpRequest.newBuilder(http.uri("/person/search.xhtml")).build());
    assertEquals(302, protectedPage.statusCode(), "signed-out users are sent to sign in");
    assertTrue(
        protectedPage.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
    assertEquals("DENY", protectedPage.headers().firstValue("X-Frame-Options").orElse(""));
  }

  @Test
  @RunAsClient
  void readinessIsUpWhileTheDatabaseAnswers() {
    Http http = new Http(base);
    HttpResponse<String> ready =
        Http.send(HttpRequest.newBuilder(http.root("/health/ready")).build());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("UP"), ready.body());
  }

  @Test
  void theLanguageCheckerAnswersOtherSystemsWithFindingsAndTheirOffsets() throws Exception {
    Http http = new Http(base);
    String text =
        "😀 Peggy suffers from arthritis and refused to engage.\n\"I'm elderly,\" she said.";
    HttpResponse<String> answer =
        Http.send(
            HttpRequest.newBuilder(http.uri("/api/language/check"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        text, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", Http.basic("it.worker.b1", PW))
                .build());
    assertEquals(200, answer.statusCode(), answer.body());
    jakarta.json.JsonArray findings =
        jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))
            .readObject()
            .getJsonArray("findings");
    assertEquals(2, findings.size(), answer.body());
    jakarta.json.JsonObject first = findings.getJsonObject(0);
    assertEquals("suffers from", first.getString("text"));
    assertEquals(
        "suffers from",
        text.substring(first.getInt("start"), first.getInt("end")),
        "UTF-16 offsets");
    assertEquals("DEFICIT", first.getString("category"));
    assertTrue(first.getString("suggestion").contains("lives with"));
    assertEquals("refused to engage", findings.getJsonObject(1).getString("text"));

    HttpResponse<String> anonymous =
        Http.send(
            HttpRequest.newBuilder(http.uri("/api/language/check"))
                .POST(HttpRequest.BodyPublishers.ofString("suffers from"))
                .header("Content-Type", "text/plain")
                .build());
    assertEquals(401, anonymous.statusCode());
  }
}
