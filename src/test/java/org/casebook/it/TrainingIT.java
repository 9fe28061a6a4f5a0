package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.ChangeTalkType;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.training.Attempt;
import org.casebook.training.CaseStatus;
import org.casebook.training.CaseStep;
import org.casebook.training.Exercise;
import org.casebook.training.MitiAnswer;
import org.casebook.training.Programme;
import org.casebook.training.Programmes;
import org.casebook.training.Section;
import org.casebook.training.Snapshot;
import org.casebook.training.Theme;
import org.casebook.training.TrainingCase;
import org.casebook.training.TrainingCases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training library in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: a record taken in
 * is anonymised on the server, one trainer prepares it and a second approves it, withdrawal keeps
 * the trail; and, walking every page, servlet and API endpoint Casebook has, a trainer never
 * receives anything that identifies the person.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(TrainingIT.class);
  }

  @Inject TrainingCases cases;
  @Inject Programmes programmes;
  @Inject Conversations conversations;
  @Inject People people;
  @Inject Accounts accounts;
  @Inject AccessLog accessLog;
  @Inject TestFixtures fixtures;
  @Inject ServletContext servletContext;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  /** What identifies the person of the record taken in: none of it may ever reach a trainer. */
  private static final List<String> IDENTIFYING =
      List.of(
          "Quarrington",
          "Philippa",
          "Larkspur",
          "Hamish",
          "9993182745",
          "999 318 2745",
          "IT9 4QP",
          "07700 900461",
          "philippa.q@example.org");

  private Caller caller(String username) {
    return TestFixtures.caller(accounts, username);
  }

  /** The person of the record; only one may have the NHS number (it is unique). */
  private Person person(boolean restricted) {
    return person(restricted, null);
  }

  private Person person(boolean restricted, String nhsNumber) {
    Caller c = caller("it.worker.a1");
    return people.create(
        c,
        new PersonDetails(
            "Philippa Quarrington",
            "Pippa",
            null,
            LocalDate.of(1938, 5, 17),
            nhsNumber,
            "17 Larkspur Crescent",
            "IT9 4QP",
            "Hillside",
            null,
            null),
        new People.Allocation(c.accountId(), restricted, List.of()),
        "test");
  }

  private static ConversationNotes notes() {
    ConversationNotes n = ConversationNotes.startingOn(LocalDate.now());
    n.setMode(org.casebook.conversation.ContactMode.VISIT);
    n.setPlace("Her home, 17 Larkspur Crescent, IT9 4QP");
    n.setWhatMatters(
        "Philippa wants to get back to the allotment. Mrs Quarrington said her son Hamish could"
            + " drive her on Saturdays. Call her on 07700 900461 or philippa.q@example.org.");
    n.setWhatMattersTheirWords(false);
    n.setWorking("Pippa knows everyone on the plots. NHS number 999 318 2745 on her letters.");
    n.getStrengths().add(new Strength(StrengthCategory.SKILLS_AND_KNOWLEDGE, "Grows leeks"));
    NetworkMember son = new NetworkMember();
    son.setName("Hamish Quarrington");
    son.setRelationship("son");
    son.setGroup(NetworkGroup.FAMILY);
    son.setCloseness(5);
    son.setSupportGiven("Lifts to the allotment");
    n.getNetwork().add(son);
    ChangeTalk c = new ChangeTalk();
    c.setType(ChangeTalkType.DESIRE);
    c.setWords("I want to be back with my leeks, Hamish says I should");
    n.getChangeTalk().add(c);
    n.setImportance(9);
    Goal g = new Goal("I want to grow leeks again");
    g.scaled("None", "Seedlings", "A crop", "Enough to share", "Win a prize");
    n.getGoals().add(g);
    return n;
  }

  private Conversation signed(Person p) {
    Caller w = caller("it.worker.a1");
    Conversation c = conversations.start(w, p.getId(), ConversationKind.BUILD_A_GOOD_LIFE, "test");
    return conversations.finalise(w, c.getId(), c.getVersion(), notes(), "test");
  }

  private static void assertNothingIdentifying(String what, String text) {
    for (String s : IDENTIFYING) {
      assertFalse(text.contains(s), what + " shows “" + s + "”");
    }
  }

  private static Map<String, String> allTexts(Snapshot s) {
    Map<String, String> texts = new java.util.HashMap<>();
    for (Section section : s.getSections()) {
      texts.put(section.getKey(), section.getText());
    }
    return texts;
  }

  @Test
  void aRecordIsAnonymisedPreparedByOneTrainerAndApprovedBySecond() throws Exception {
    Person p = person(false);
    Conversation c = signed(p);
    Caller tia = caller("it.trainer");
    Caller theo = caller("it.trainer2");

    // The previews offered show it anonymised.
    TrainingCases.Preview preview =
        cases.previews(tia, null, 0).stream()
            .filter(v -> v.conversationId() == c.getId())
            .findFirst()
            .orElseThrow();
    assertNothingIdentifying("the preview", preview.excerpt());
    assertEquals("85-89", preview.ageBand());
    assertTrue(preview.themes().containsAll(EnumSet.of(Theme.MI, Theme.GOALS)));

    TrainingCase tc = cases.request(tia, c.getId());
    Snapshot snap = tc.getSnapshot();
    assertNothingIdentifying("the snapshot", snap.plainText());
    assertTrue(
        snap.replacementCount() >= 8, "names, the address, postcode, phone, email, NHS number");
    // The same name is replaced the same way everywhere in the case.
    String son = snap.section("network:0").getText().split(",")[0].split(" ")[0];
    assertTrue(snap.section("whatMatters").getText().contains(son), son);
    assertTrue(snap.section("changeTalk:0").getText().contains(son), son);
    assertEquals(
        1,
        accessLog.forPerson(caller("it.manager.a"), p.getId()).stream()
            .filter(e -> e.getAction() == AccessAction.TAKEN_FOR_TRAINING)
            .count(),
        "taking the record in is in the person's access log");
    RuleViolation twice = assertThrows(RuleViolation.class, () -> cases.request(theo, c.getId()));
    assertEquals("training.case.taken", twice.messageKey());

    // Only the trainer who took it in prepares it; problems are beside the fields.
    Map<String, String> texts = allTexts(snap);
    texts.put("working", "She knows everyone on the plots.");
    TrainingCase.Review review =
        new TrainingCase.Review(
            "Back to the allotment",
            EnumSet.of(Theme.MI),
            "gardening, older people",
            "Notice the change talk.",
            texts);
    int v = tc.getVersion();
    assertThrows(RuleViolation.class, () -> cases.save(theo, tc.getId(), v, review));
    TrainingCase saved = cases.save(tia, tc.getId(), v, review);
    assertEquals(
        "She knows everyone on the plots.", saved.getSnapshot().section("working").getText());
    assertThrows(EditConflict.class, () -> cases.save(tia, tc.getId(), v, review));
    FieldsRefused unchecked =
        assertThrows(
            FieldsRefused.class,
            () -> cases.submit(tia, tc.getId(), saved.getVersion(), review, false));
    assertEquals(Set.of("checked"), unchecked.problems().keySet());
    em.clear();
    TrainingCase submitted =
        cases.submit(tia, tc.getId(), cases.read(tia, tc.getId()).getVersion(), review, true);
    assertEquals(CaseStatus.SUBMITTED, submitted.getStatus());

    // Two people: the trainer who prepared it cannot approve it; the second can.
    RuleViolation own =
        assertThrows(
            RuleViolation.class,
            () -> cases.approve(tia, tc.getId(), submitted.getVersion(), true));
    assertEquals("training.case.ownApproval", own.messageKey());
    assertTrue(
        cases.worklist(theo).toApprove().stream().anyMatch(t -> t.getId().equals(tc.getId())));
    TrainingCase approved = cases.approve(theo, tc.getId(), submitted.getVersion(), true);
    assertEquals(CaseStatus.APPROVED, approved.getStatus());
    assertEquals(theo.accountId(), approved.getApprovedBy());
    assertTrue(
        cases.library(tia, Theme.MI, "gardening", "allotment", false).stream()
            .anyMatch(t -> t.getId().equals(tc.getId())));
    assertFalse(
        cases.previews(tia, null, 0).stream().anyMatch(x -> x.conversationId() == c.getId()),
        "a record in the library is not offered again");

    // Staff who are not trainers see the library only once enrolled, and only approved cases.
    Caller ada = caller("it.worker.a2");
    assertThrows(Caller.AccessDenied.class, () -> cases.library(ada, null, null, null, false));
    assertThrows(NotFound.class, () -> cases.read(ada, tc.getId()));
    assertThrows(Caller.AccessDenied.class, () -> cases.previews(ada, null, 0));
    assertThrows(Caller.AccessDenied.class, () -> cases.request(ada, c.getId()));
    enrol("it.worker.a2");
    assertEquals(tc.getId(), cases.read(ada, tc.getId()).getId());
    assertTrue(
        cases.library(ada, null, null, null, false).stream()
            .anyMatch(t -> t.getId().equals(tc.getId())));

    // Withdrawn: out of the library, trail kept.
    TrainingCase withdrawn =
        cases.withdraw(
            theo, tc.getId(), approved.getVersion(), "A colleague recognised the allotment.");
    assertEquals(CaseStatus.WITHDRAWN, withdrawn.getStatus());
    assertTrue(
        cases.library(ada, null, null, null, false).stream()
            .noneMatch(t -> t.getId().equals(tc.getId())));
    assertThrows(NotFound.class, () -> cases.read(ada, tc.getId()));
    assertTrue(
        cases.library(tia, null, null, null, true).stream()
            .anyMatch(t -> t.getId().equals(tc.getId())));
    List<CaseStep.Kind> trail =
        cases.steps(tia, tc.getId()).stream().map(CaseStep::getKind).toList();
    assertEquals(
        List.of(
            CaseStep.Kind.REQUESTED,
            CaseStep.Kind.SAVED,
            CaseStep.Kind.SUBMITTED,
            CaseStep.Kind.APPROVED,
            CaseStep.Kind.WITHDRAWN),
        trail);
  }

  @Test
  void restrictedRecordsAndDraftsAreNeverOffered() {
    Person restricted = person(true);
    Conversation r = signed(restricted);
    Person open = person(false);
    Caller w = caller("it.worker.a1");
    Conversation draft =
        conversations.start(w, open.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    Caller tia = caller("it.trainer");
    List<Long> offered =
        cases.previews(tia, null, 0).stream().map(TrainingCases.Preview::conversationId).toList();
    assertFalse(offered.contains(r.getId()));
    assertFalse(offered.contains(draft.getId()));
    assertThrows(NotFound.class, () -> cases.request(tia, r.getId()));
    assertThrows(NotFound.class, () -> cases.request(tia, draft.getId()));
  }

  /**
   * Walks every page, servlet and API endpoint as a trainer, with the ids of a real person, their
   * signed conversation and their case in the library: nothing that identifies the person comes
   * back. The same walk as the person's social worker finds their name, so the check can fail.
   */
  @Test
  void aTrainerCanOpenNothingIdentifiable() throws Exception {
    Person p = person(false, "9993182745");
    Conversation c = signed(p);
    Caller tia = caller("it.trainer");
    TrainingCase tc = cases.request(tia, c.getId());
    Snapshot snap = tc.getSnapshot();
    TrainingCase.Review review =
        new TrainingCase.Review("Allotment", EnumSet.of(Theme.MI), "walk", null, allTexts(snap));
    tc = cases.submit(tia, tc.getId(), tc.getVersion(), review, true);
    tc = cases.approve(caller("it.trainer2"), tc.getId(), tc.getVersion(), true);

    List<Long> ids = List.of(p.getId(), c.getId(), tc.getId(), 1L);
    List<String> pages = new ArrayList<>();
    for (String page : pages("/")) {
      pages.add(page);
      for (long id : ids) {
        pages.add(
            page
                + "?id="
                + id
                + "&person="
                + p.getId()
                + "&conversation="
                + c.getId()
                + "&contact="
                + id);
      }
    }
    List<String> servlets = servlets();
    List<Endpoint> endpoints = endpoints(p.getId(), c.getId());
    assertTrue(pages.size() > 100, "pages found: " + pages.size());
    assertTrue(servlets.contains("/conversation/my-plan"), servlets.toString());
    assertTrue(endpoints.stream().anyMatch(e -> e.path().startsWith("/api/people/")));

    SignedIn trainer = new SignedIn(base, "it.trainer");
    Set<String> opened = new TreeSet<>();
    for (String page : pages) {
      HttpResponse<String> r = trainer.get(page);
      assertNothingIdentifying(page, r.body());
      if (r.statusCode() == 200) {
        opened.add(page.replaceAll("\\?.*", ""));
      }
    }
    for (String servlet : servlets) {
      for (long id : ids) {
        HttpResponse<String> r = trainer.get(servlet + "?id=" + id + "&person=" + p.getId());
        assertNothingIdentifying(servlet, r.body());
      }
    }
    String pw = TestFixtures.PASSWORD;
    for (Endpoint e : endpoints) {
      HttpResponse<String> r =
          Http.send(
              HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + e.path()))
                  .header("Authorization", Http.basic("it.trainer", pw))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .method(
                      e.method(),
                      e.method().equals("GET") || e.method().equals("DELETE")
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString("{}"))
                  .build());
      assertNothingIdentifying(e.method() + " " + e.path(), r.body());
      if (e.path().startsWith("/api/people") || e.path().startsWith("/api/conversations")) {
        assertTrue(r.statusCode() >= 400, e.method() + " " + e.path() + ": " + r.statusCode());
      }
    }
    // What a trainer does open: the training pages, their home and their password; never a
    // person's record, a team's pages, the outcomes or administration.
    for (String page : opened) {
      assertTrue(
          page.startsWith("/training/")
              || Set.of("/index.xhtml", "/account/password.xhtml", "/login.xhtml", "/error.xhtml")
                  .contains(page)
              || page.startsWith("/directory/"),
          "a trainer opened " + page);
    }
    assertTrue(opened.contains("/training/case.xhtml"), opened.toString());

    // The check can fail: the person's own social worker sees their name on their record.
    SignedIn worker = new SignedIn(base, "it.worker.a1");
    assertTrue(worker.get("/person/view.xhtml?id=" + p.getId()).body().contains("Quarrington"));
  }

  @Test
  void programmesKeepEachTraineesWorkToThemselves() {
    Caller tia = caller("it.trainer");
    Caller ali = caller("it.editor");
    Caller amy = caller("it.worker.a3");
    Caller ben = caller("it.worker.b1");
    // A case in the library to set a rewrite on.
    Conversation c = signed(person(false));
    TrainingCase tc = cases.request(tia, c.getId());
    tc =
        cases.submit(
            tia,
            tc.getId(),
            tc.getVersion(),
            new TrainingCase.Review("Allotment", EnumSet.of(Theme.MI), null, null, Map.of()),
            true);
    tc = cases.approve(caller("it.trainer2"), tc.getId(), tc.getVersion(), true);

    assertThrows(Caller.AccessDenied.class, () -> programmes.create(ali, "Mine", null));
    FieldsRefused unnamed =
        assertThrows(FieldsRefused.class, () -> programmes.create(tia, " ", null));
    assertEquals(Set.of("name"), unnamed.problems().keySet());
    Programme p = programmes.create(tia, "Strengths in our words", null);
    programmes.enrol(tia, p.getId(), ali.accountId());
    programmes.enrol(tia, p.getId(), amy.accountId());
    assertThrows(
        Caller.AccessDenied.class, () -> programmes.enrol(ali, p.getId(), ben.accountId()));

    long caseId = tc.getId();
    String fromCase =
        programmes.rewriteSources(tia).stream()
            .filter(s -> s.key().startsWith("case:" + caseId + ":"))
            .findFirst()
            .orElseThrow()
            .key();
    Exercise rewrite =
        programmes.setRewrite(
            tia, p.getId(), new Programmes.ExerciseInput("Rewrite", null, fromCase, null));
    Exercise sample =
        programmes.setRewrite(
            tia,
            p.getId(),
            new Programmes.ExerciseInput("Discharge", null, "sample:frequent-flyer", null));
    Programmes.TranscriptRefused unreadable =
        assertThrows(
            Programmes.TranscriptRefused.class,
            () ->
                programmes.setCoding(
                    tia,
                    p.getId(),
                    new Programmes.ExerciseInput("Code", null, "pasted", "just some words")));
    assertFalse(unreadable.parse().problems().isEmpty());
    Exercise coding =
        programmes.setCoding(
            tia, p.getId(), new Programmes.ExerciseInput("Code it", null, "sample", null));

    // A trainee's rewrite: findings before and after, handed in, then fixed.
    Attempt a =
        programmes.saveRewrite(
            ali, sample.getId(), -1, "Mr A lives with COPD and chose to go home.");
    assertTrue(a.getFindingsBefore() >= 5, "the sample is full of deficit language");
    assertEquals(0, a.getFindingsAfter());
    assertThrows(
        EditConflict.class, () -> programmes.saveRewrite(ali, sample.getId(), -1, "Again"));
    Attempt handed = programmes.handIn(ali, sample.getId(), a.getVersion());
    assertThrows(
        RuleViolation.class,
        () -> programmes.saveRewrite(ali, sample.getId(), handed.getVersion(), "Later"));

    // A coding needs every global to be handed in.
    MitiAnswer partial =
        MitiAnswer.of(
            Map.of(1, List.of(org.casebook.training.miti.Behaviour.QUESTION)),
            Map.of(org.casebook.training.miti.GlobalScore.EMPATHY, 4));
    Attempt coded = programmes.saveCoding(amy, coding.getId(), -1, partial);
    RuleViolation ungraded =
        assertThrows(
            RuleViolation.class, () -> programmes.handIn(amy, coding.getId(), coded.getVersion()));
    assertEquals("training.attempt.globals.required", ungraded.messageKey());

    // Each trainee sees their own work only; trainers see all; outsiders nothing.
    assertThrows(NotFound.class, () -> programmes.attempt(amy, handed.getId()));
    assertEquals(handed.getId(), programmes.attempt(tia, handed.getId()).getId());
    assertTrue(programmes.attempts(amy, sample.getId()).isEmpty());
    assertThrows(NotFound.class, () -> programmes.exercise(ben, sample.getId()));
    assertThrows(NotFound.class, () -> programmes.programme(ben, p.getId()));
    assertEquals(2, programmes.progress(tia, p.getId()).size());

    // The case withdrawn: its exercise disappears for everyone.
    cases.withdraw(tia, caseId, tc.getVersion(), "Recognised");
    assertTrue(
        programmes.exercises(ali, p.getId()).stream()
            .noneMatch(e -> e.getId().equals(rewrite.getId())));
    assertThrows(NotFound.class, () -> programmes.exercise(tia, rewrite.getId()));
    assertEquals(2, programmes.exercises(tia, p.getId()).size());

    // A closed programme: its trainees no longer see it, or the library through it.
    Programme closed =
        programmes.close(tia, p.getId(), programmes.programme(tia, p.getId()).getVersion());
    assertTrue(closed.isClosed());
    assertThrows(NotFound.class, () -> programmes.programme(ali, p.getId()));
  }

  @Test
  void theAnonymiseApiAnswersWithTheTextAndEachReplacement() {
    String text = "Mrs Okonkwo's daughter Adaeze rang on 07700 900123 about IT9 4QP.";
    String body = "{\"text\":\"" + text + "\",\"names\":[\"Grace Okonkwo\",\"Adaeze Okonkwo\"]}";
    URI uri = URI.create(base.toString().replaceAll("/$", "") + "/api/anonymise");
    for (String who : List.of("it.trainer", "it.worker.a1")) {
      HttpResponse<String> r =
          Http.send(
              HttpRequest.newBuilder(uri)
                  .header("Authorization", Http.basic(who, TestFixtures.PASSWORD))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      assertEquals(200, r.statusCode(), r.body());
      jakarta.json.JsonObject answer =
          jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
      String out = answer.getString("text");
      for (String s : List.of("Okonkwo", "Adaeze", "07700 900123", "IT9 4QP")) {
        assertFalse(out.contains(s), out);
      }
      var replacements = answer.getJsonArray("replacements");
      assertTrue(replacements.size() >= 4, r.body());
      var first = replacements.getJsonObject(0);
      assertEquals("Okonkwo", text.substring(first.getInt("start"), first.getInt("end")));
      assertEquals("KNOWN_NAME", first.getString("kind"));
      assertFalse(r.body().contains("Okonkwo"), "the answer never repeats a replaced name");
    }
    HttpResponse<String> anonymous =
        Http.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(401, anonymous.statusCode());
    HttpResponse<String> empty =
        Http.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", Http.basic("it.trainer", TestFixtures.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertEquals(400, empty.statusCode());
  }

  private record Endpoint(String method, String path) {}

  /** Every page of the application, as deployed. */
  private List<String> pages(String folder) {
    List<String> found = new ArrayList<>();
    Set<String> paths = servletContext.getResourcePaths(folder);
    if (paths == null) {
      return found;
    }
    for (String path : new TreeSet<>(paths)) {
      if (path.startsWith("/WEB-INF/")
          || path.startsWith("/META-INF/")
          || path.startsWith("/resources/")) {
        continue;
      }
      if (path.endsWith("/")) {
        found.addAll(pages(path));
      } else if (path.endsWith(".xhtml")) {
        found.add(path);
      }
    }
    return found;
  }

  /** Every servlet of the application, by its address. */
  private List<String> servlets() throws Exception {
    List<String> found = new ArrayList<>();
    for (Class<?> type : classes("/WEB-INF/classes/org/casebook/")) {
      WebServlet ws = type.getAnnotation(WebServlet.class);
      if (ws != null) {
        for (String pattern : ws.value().length > 0 ? ws.value() : ws.urlPatterns()) {
          found.add(pattern.replace("/*", "/1/1/1.png"));
        }
      }
    }
    return found;
  }

  /**
   * Every JAX-RS resource method, with path parameters filled with the person's and record's ids.
   */
  private List<Endpoint> endpoints(long personId, long conversationId) throws Exception {
    List<Endpoint> found = new ArrayList<>();
    for (Class<?> type : classes("/WEB-INF/classes/org/casebook/")) {
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        String verb =
            m.isAnnotationPresent(GET.class)
                ? "GET"
                : m.isAnnotationPresent(POST.class)
                    ? "POST"
                    : m.isAnnotationPresent(PUT.class)
                        ? "PUT"
                        : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String template = "/api/" + root.value() + (sub == null ? "" : "/" + sub.value());
        for (long id : List.of(personId, conversationId)) {
          found.add(
              new Endpoint(
                  verb, template.replaceAll("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", String.valueOf(id))));
        }
      }
    }
    return found;
  }

  private List<Class<?>> classes(String folder) throws ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    Set<String> paths = servletContext.getResourcePaths(folder);
    if (paths == null) {
      return found;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        found.addAll(classes(path));
      } else if (path.endsWith(".class") && !path.contains("$")) {
        String name =
            path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
                .replace('/', '.');
        found.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
      }
    }
    return found;
  }

  private void enrol(String username) throws Exception {
    Account a = accounts.findByUsername(username).orElseThrow();
    Account trainer = accounts.findByUsername("it.trainer").orElseThrow();
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO training_programme (name, created_by, created_at, version) VALUES"
                + " ('Strengths-based practice', ?1, ?2, 0)")
        .setParameter(1, trainer.getId())
        .setParameter(2, java.sql.Timestamp.from(Instant.now()))
        .executeUpdate();
    Number programme =
        (Number) em.createNativeQuery("SELECT MAX(id) FROM training_programme").getSingleResult();
    em.createNativeQuery(
            "INSERT INTO training_programme_member (programme_id, account_id, enrolled_by,"
                + " enrolled_at) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, programme.longValue())
        .setParameter(2, a.getId())
        .setParameter(3, trainer.getId())
        .setParameter(4, java.sql.Timestamp.from(Instant.now()))
        .executeUpdate();
    tx.commit();
  }
}
