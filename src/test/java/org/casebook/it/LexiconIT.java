package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.language.Category;
import org.casebook.language.CouncilEntry;
import org.casebook.language.EntryDraft;
import org.casebook.language.LanguageService;
import org.casebook.language.LexiconRow;
import org.casebook.language.Lexicons;
import org.casebook.language.ShippedEntrySetting;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's lexicon in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: entries an
 * administrator adds, rewords and retires, and shipped entries switched off, reach the checker that
 * the API, the editor's live help and every service use at once; problems are named field by field;
 * a stale change is refused; and only administrators may change the lexicon or open its pages.
 */
@ExtendWith(ArquillianExtension.class)
class LexiconIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(LexiconIT.class);
  }

  @Inject Lexicons lexicons;
  @Inject LanguageService language;
  @Inject Accounts accounts;
  @ArquillianResource URL base;

  private static final Random RANDOM = new Random();

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  /** A made-up word no other test uses, so tests never depend on one another. */
  private static String word() {
    StringBuilder w = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      w.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return w.toString();
  }

  private static EntryDraft draft(String phrases, String replace) {
    return new EntryDraft(
        null,
        Category.LABELLING,
        phrases,
        "the person's name",
        "People are more than how often they ring.",
        replace,
        null,
        null);
  }

  /** What the REST API finds in a text, as another council system would ask. */
  private JsonArray apiFindings(String text) {
    HttpResponse<String> answer =
        Http.send(
            HttpRequest.newBuilder(new Http(base).uri("/api/language/check"))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", Http.basic("it.worker.b1", TestFixtures.PASSWORD))
                .build());
    assertEquals(200, answer.statusCode(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("findings");
  }

  @Test
  void anEntryAnAdministratorAddsIsFlaggedByTheApiAtOnceAndNotOnceRetired() {
    Caller admin = caller("it.admin");
    String w = word();
    String text = "Mr Jones is a " + w + " caller who rings every day.";
    assertEquals(0, apiFindings(text).size());

    CouncilEntry added = lexicons.add(admin, draft(w + " caller*", null));
    assertEquals(w + "-caller", added.getCode(), "named from its first phrase");
    JsonArray found = apiFindings(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(w + " caller", found.getJsonObject(0).getString("text"));
    assertEquals("LABELLING", found.getJsonObject(0).getString("category"));
    assertEquals("the person's name", found.getJsonObject(0).getString("suggestion"));
    assertFalse(found.getJsonObject(0).containsKey("replacement"), "advice only");
    assertEquals(
        "lived with",
        apiFindings("He suffered from gout.").getJsonObject(0).getString("replacement"));
    assertEquals(1, language.check(caller("it.worker.a1"), w + " callers").size());

    lexicons.change(admin, added.getId(), added.getVersion(), draft(w + " caller*", null), false);
    assertEquals(0, apiFindings(text).size(), "a retired entry flags nothing");
    assertTrue(
        lexicons.rows(admin).stream().anyMatch(r -> r.getCode().equals(added.getCode())),
        "retired, not deleted");
  }

  @Test
  void switchingOffAShippedEntryStopsItBeingFlaggedUntilItIsSwitchedOnAgain() {
    Caller admin = caller("it.admin");
    String text = "She was called a bed blocker on the ward.";
    assertEquals(1, apiFindings(text).size());
    LexiconRow row = lexicons.shipped(admin, "bed-blocker");
    assertTrue(row.isActive());
    assertEquals(ShippedEntrySetting.NEVER_CHANGED, row.getVersion());

    lexicons.useShipped(admin, "bed-blocker", row.getVersion(), false);
    assertEquals(0, apiFindings(text).size());
    LexiconRow off = lexicons.shipped(admin, "bed-blocker");
    assertFalse(off.isActive());
    assertEquals("it.admin", off.getUpdatedBy());

    lexicons.useShipped(admin, "bed-blocker", off.getVersion(), true);
    assertEquals(1, apiFindings(text).size());
  }

  @Test
  void theEditorsLiveCheckUsesTheWorkersSessionAndOffersReplacements() {
    Caller admin = caller("it.admin");
    String w = word();
    lexicons.add(
        admin,
        new EntryDraft(
            null,
            Category.JARGON,
            w + " visit*",
            "a visit",
            "Say what happened.",
            "call*",
            null,
            null));
    SignedIn worker = new SignedIn(base, "it.worker.a1");
    HttpResponse<String> answer =
        worker.postJson(
            "/language/check",
            Json.createObjectBuilder()
                .add("f:whatMatters", "She suffers from dementia and is wheelchair-bound.")
                .add("f:working", "He said “I suffer from my nerves”. We had " + w + " visits.")
                .build()
                .toString());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    JsonObject fields = Json.createReader(new StringReader(answer.body())).readObject();
    JsonArray matters = fields.getJsonArray("f:whatMatters");
    assertEquals(2, matters.size(), answer.body());
    assertEquals("suffers from", matters.getJsonObject(0).getString("text"));
    assertEquals("lives with", matters.getJsonObject(0).getString("replacement"));
    assertEquals("Deficit framing", matters.getJsonObject(0).getString("categoryLabel"));
    assertTrue(matters.getJsonObject(1).isNull("replacement"), "advice only");
    JsonArray working = fields.getJsonArray("f:working");
    assertEquals(1, working.size(), "the person's own words are left alone: " + answer.body());
    assertEquals("calls", working.getJsonObject(0).getString("replacement"));

    HttpResponse<String> form =
        Http.send(
            HttpRequest.newBuilder(new Http(base).uri("/language/check"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"suffers from\"}"))
                .header("Content-Type", "application/json")
                .build());
    assertNotEquals(200, form.statusCode(), "no session, no answer");
    assertEquals(
        415,
        worker.post("/language/check", "text/plain", "suffers from").statusCode(),
        "only JSON, which another site's page cannot send unasked");
  }

  @Test
  void problemsAreNamedFieldByFieldAndNamesAreNeverUsedTwice() {
    Caller admin = caller("it.admin");
    FieldsRefused refused =
        assertThrows(
            FieldsRefused.class,
            () ->
                lexicons.add(
                    admin, new EntryDraft("Bad Name", null, "what?", " ", " ", null, null, null)));
    assertEquals(
        List.of("id", "category", "phrases", "suggestion", "explanation"),
        List.copyOf(refused.problems().keySet()));
    FieldsRefused taken =
        assertThrows(
            FieldsRefused.class,
            () ->
                lexicons.add(
                    admin,
                    new EntryDraft(
                        "suffers-from",
                        Category.DEFICIT,
                        word(),
                        "has",
                        "Why.",
                        null,
                        null,
                        null)));
    assertEquals("lexicon.id.taken", taken.problems().get("id").messageKey());
    FieldsRefused caught =
        assertThrows(FieldsRefused.class, () -> lexicons.add(admin, draft("suffers from", null)));
    assertEquals("lexicon.phrase.caught", caught.problems().get("phrases").messageKey());
  }

  @Test
  void aStaleChangeIsRefusedAndNothingIsOverwritten() {
    Caller admin = caller("it.admin");
    String w = word();
    CouncilEntry added = lexicons.add(admin, draft(w, null));
    int seen = added.getVersion();
    CouncilEntry changed =
        lexicons.change(admin, added.getId(), seen, draft(w + "\n" + w + " user*", null), true);
    assertNotEquals(seen, changed.getVersion());
    assertThrows(
        EditConflict.class,
        () -> lexicons.change(admin, added.getId(), seen, draft(w + " other", null), true));
    assertEquals(List.of(w, w + " user*"), lexicons.find(admin, added.getId()).getPhraseList());

    int before = lexicons.shipped(admin, "respite").getVersion();
    lexicons.useShipped(admin, "respite", before, false);
    assertThrows(EditConflict.class, () -> lexicons.useShipped(admin, "respite", before, true));
    assertFalse(lexicons.shipped(admin, "respite").isActive());
    lexicons.useShipped(admin, "respite", lexicons.shipped(admin, "respite").getVersion(), true);
  }

  @Test
  void onlyAdministratorsMayChangeTheLexiconOrOpenItsPages() {
    CouncilEntry mine = lexicons.add(caller("it.admin"), draft(word(), null));
    for (String who : List.of("it.worker.a1", "it.manager.a", "it.trainer")) {
      Caller c = caller(who);
      assertThrows(Caller.AccessDenied.class, () -> lexicons.rows(c), who);
      assertThrows(Caller.AccessDenied.class, () -> lexicons.add(c, draft(word(), null)), who);
      assertThrows(
          Caller.AccessDenied.class,
          () -> lexicons.change(c, mine.getId(), mine.getVersion(), draft(word(), null), false),
          who);
      assertThrows(
          Caller.AccessDenied.class,
          () -> lexicons.useShipped(c, "respite", ShippedEntrySetting.NEVER_CHANGED, false),
          who);
      SignedIn s = new SignedIn(base, who);
      assertEquals(403, s.get("/admin/language.xhtml").statusCode(), who);
      assertEquals(403, s.get("/admin/language-entry.xhtml").statusCode(), who);
      assertEquals(403, s.get("/admin/language-entry.xhtml?id=" + mine.getId()).statusCode(), who);
      assertEquals(
          403, s.get("/admin/language-entry.xhtml?shipped=suffers-from").statusCode(), who);
      assertFalse(s.get("/index.xhtml").body().contains("/admin/language.xhtml"), who);
    }
    SignedIn admin = new SignedIn(base, "it.admin");
    assertTrue(admin.get("/index.xhtml").body().contains("/admin/language.xhtml"));
    HttpResponse<String> ours =
        admin.get("/admin/language.xhtml?source=COUNCIL&q=" + mine.getCode());
    assertEquals(200, ours.statusCode());
    assertTrue(ours.body().contains(mine.getCode()), "the council's entry is listed");
    assertFalse(ours.body().contains("suffers-from"), "shipped entries are filtered out");
    assertEquals(200, admin.get("/admin/language-entry.xhtml?shipped=suffers-from").statusCode());
    assertEquals(404, admin.get("/admin/language-entry.xhtml?shipped=no-such").statusCode());
  }
}
