package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.openqa.selenium.By;

/**
 * A case-file audit end to end in headless Chromium: a worker signs a conversation with deficit
 * language; their manager adds it to this month's audit, reads the findings beside the form, is
 * told what is missing when sending too soon (nothing typed lost), scores it and sends the
 * feedback; the worker reads it and responds, which closes it. Nobody else can open it. axe-core
 * checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeAuditBrowserIT {

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
                "{\"fullName\":\"" + name + "\",\"preferredName\":\"Wyn\",\"ward\":\"Hillside\"}");
    assertEquals(201, created.statusCode(), created.body());
    return created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
  }

  @Test
  void aManagerAuditsARecordAndTheWorkerResponds() {
    String name = "Wynford Audit " + UUID.randomUUID().toString().substring(0, 6);
    String personId = newPerson("it.worker.a1", name);
    String conversationId;
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/person/view.xhtml?id=" + personId);
      b.submit("startConversation");
      b.click("f:kind:0");
      b.submit("f:start");
      b.paste("f:heldOn", UkDates.forInput(LocalDate.now()));
      b.click("f:mode:0");
      b.paste("f:whatMatters", "Getting back to the bowls club with my friend Gwen.");
      b.paste("f:working", "He suffers from COPD and refused to engage with the nurses.");
      b.submit("f:finalise");
      assertTrue(b.path().startsWith("/conversation/view.xhtml"), b.bodyText());
      conversationId = b.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
      b.open("/practice/feedback.xhtml");
      assertTrue(b.exists("noFeedback"));
      b.assertAccessible("audit-feedback-empty");
    }

    String auditPath;
    try (Browser b = new Browser(base)) {
      b.signIn("it.manager.a", PW);
      b.open("/practice/audits.xhtml?month=" + YearMonth.now());
      assertTrue(b.text("sampleNote").contains("drawn when the month ends"), b.text("sampleNote"));
      b.assertAccessible("audit-month");
      var add =
          b.driver.findElement(By.cssSelector("[data-conversation='" + conversationId + "']"));
      b.pressToLoad(add, org.openqa.selenium.Keys.ENTER);
      assertTrue(b.path().startsWith("/practice/audit.xhtml"), b.bodyText());
      auditPath = b.path();
      assertTrue(b.text("findings").contains("suffers from"), b.text("findings"));
      assertTrue(b.text("findings").contains("refused to engage"), b.text("findings"));
      assertEquals("2", b.text("findingsCount"));
      b.assertAccessible("audit-form");

      // Sending too soon: what is missing is shown beside each field, and nothing typed is lost.
      b.click("f:score_voice:3");
      b.paste("f:comment_language", "Two phrases to think about.");
      b.submit("f:send");
      assertTrue(b.text("f:score_risks-error").contains("Choose a score"), b.bodyText());
      assertTrue(b.text("f:feedback-error").contains("Write your feedback"), b.bodyText());
      assertEquals("Two phrases to think about.", b.value("f:comment_language"));
      assertTrue(b.byId("f:score_voice:3").isSelected(), "the score chosen is kept");
      b.assertAccessible("audit-form-problems");

      for (String p :
          new String[] {"strengths", "network", "community", "goals", "risks", "language"}) {
        b.click("f:score_" + p + (p.equals("language") ? ":1" : ":2"));
      }
      b.paste("f:feedback", "Gwen and the bowls club are a lovely start, Ada.");
      b.submit("f:send");
      assertTrue(b.bodyText().contains("Your feedback has gone to Ada Worker"), b.bodyText());
      assertTrue(b.text("auditStatus").contains("Waiting"), b.text("auditStatus"));
      assertTrue(b.text("scores").contains("A record to learn from"), b.text("scores"));
      assertFalse(b.exists("f:send"), "the scores are kept as sent");
      b.assertAccessible("audit-sent");
    }

    // Nobody else can open it: another worker in the team, or a trainer.
    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a2", PW);
      b.open(auditPath);
      assertTrue(b.heading().contains("not") || b.heading().contains("cannot"), b.heading());
    }
    try (Browser b = new Browser(base)) {
      b.signIn("it.trainer", PW);
      b.open("/practice/audits.xhtml");
      assertEquals("You cannot open this page", b.heading());
    }

    try (Browser b = new Browser(base)) {
      b.signIn("it.worker.a1", PW);
      b.open("/index.xhtml");
      assertTrue(
          b.text("auditFeedbackWaiting").contains("sent feedback on one of your records"),
          b.text("auditFeedbackWaiting"));
      b.open("/practice/feedback.xhtml");
      assertTrue(b.text("feedbackList").contains("Wyn"), b.text("feedbackList"));
      assertTrue(b.text("feedbackList").contains("Waiting for your response"));
      b.assertAccessible("audit-feedback");
      b.open(auditPath);
      assertTrue(b.text("feedbackSent").contains("bowls club"));
      b.submit("respond:sendResponse");
      assertTrue(b.text("respond:response-error").contains("Write your response"), b.bodyText());
      b.paste("respond:response", "Thanks Anna. I will write what he told me instead.");
      b.submit("respond:sendResponse");
      assertTrue(b.text("auditStatus").contains("Closed"), b.text("auditStatus"));
      assertTrue(b.text("responseSent").contains("what he told me"));
      assertTrue(b.text("history").contains("Response sent"), b.text("history"));
      b.assertAccessible("audit-closed");
      b.open("/index.xhtml");
      assertFalse(b.exists("auditFeedbackWaiting"), "nothing left waiting");
    }
  }
}
