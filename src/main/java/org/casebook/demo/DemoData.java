package org.casebook.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.account.Team;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo accounts and fictional people into an empty database when the demo run asks for
 * them. Every name, address and NHS number here is made up (NHS numbers are from the 999 range that
 * is never issued to real people).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

  /** The password of every demo account; printed in the README. */
  public static final String PASSWORD = "good-life-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "casebook.demo", defaultValue = "false")
  boolean demo;

  @Inject Accounts accounts;
  @Inject People people;
  @Inject org.casebook.conversation.Conversations conversations;
  @Inject java.time.Clock clock;
  @Inject DemoAssets demoAssets;
  @Inject DemoCulture demoCulture;
  @Inject org.casebook.contact.Contacts contacts;
  @Inject org.casebook.contact.CodedLists codedLists;
  @Inject org.casebook.review.Reviews reviews;
  @Inject org.casebook.readiness.ReadinessAssessments readiness;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @PostConstruct
  void load() {
    if (!demo) {
      return;
    }
    if (accounts.findByUsername("admin").isPresent()) {
      LOG.info("Demo data already present");
      // The asset directory came later: a demo database made before it gets it now.
      demoAssets.loadIfNoAssets();
      // So did the readiness self-assessment.
      accounts
          .findByUsername("sam.leader")
          .ifPresent(l -> DemoReadiness.loadIfNone(readiness, caller(l)));
      return;
    }
    Team north = team("North Locality Team");
    Team frontDoor = team("Front Door Team");
    Account sam =
        accounts.createWithPassword("sam.worker", "Sam Okoro", Role.SOCIAL_WORKER, north, PASSWORD);
    Account priya =
        accounts.createWithPassword(
            "priya.worker", "Priya Sharma", Role.SOCIAL_WORKER, north, PASSWORD);
    Account alex =
        accounts.createWithPassword(
            "alex.worker", "Alex Byrne", Role.SOCIAL_WORKER, frontDoor, PASSWORD);
    Account jo =
        accounts.createWithPassword(
            "jo.manager", "Jo Whitfield", Role.TEAM_MANAGER, north, PASSWORD);
    accounts.createWithPassword("lee.manager", "Lee Danso", Role.TEAM_MANAGER, frontDoor, PASSWORD);
    accounts.createWithPassword("ruth.trainer", "Ruth Adeyemi", Role.TRAINER, null, PASSWORD);
    accounts.createWithPassword("mo.trainer", "Mo Brennan", Role.TRAINER, null, PASSWORD);
    Account leader =
        accounts.createWithPassword("sam.leader", "Sam Okafor", Role.LEADER, null, PASSWORD);
    accounts.createWithPassword("admin", "Dana Price", Role.ADMIN, null, PASSWORD);

    Caller samCaller = caller(sam);
    Caller priyaCaller = caller(priya);
    Caller alexCaller = caller(alex);
    String channel = "Demo data";
    Person peggy =
        person(
            samCaller,
            channel,
            new PersonDetails(
                "Margaret Ellis",
                "Peggy",
                "she/her",
                LocalDate.of(1941, 3, 14),
                nhs("999000001"),
                "12 Mill Lane, Ashford Vale",
                "AV1 2NB",
                "Millbrook",
                "Hears best on her left side; prefers face-to-face.",
                "I've lived on Mill Lane for fifty years and I know everybody.\n\nI used to run the church flower rota and I'd like to be useful again."));
    Person daniel =
        person(
            samCaller,
            channel,
            new PersonDetails(
                "Daniel Mensah",
                "Dan",
                "he/him",
                LocalDate.of(1987, 9, 2),
                nhs("999000002"),
                "Flat 4, 30 Canal Street, Ashford Vale",
                "AV2 4DS",
                "Canalside",
                null,
                "Music keeps me going. I want a job where I'm around people."));
    Person hafsa =
        person(
            samCaller,
            channel,
            new PersonDetails(
                "Hafsa Begum",
                null,
                "she/her",
                LocalDate.of(1958, 11, 23),
                nhs("999000003"),
                "7 Orchard Road, Ashford Vale",
                "AV1 5QR",
                "Millbrook",
                "Speaks Sylheti and English; likes her daughter to join calls.",
                "My garden is my pride. I miss cooking for the whole street at Eid."));
    Person tom =
        person(
            priyaCaller,
            channel,
            new PersonDetails(
                "Tom Whittaker",
                null,
                "he/him",
                LocalDate.of(1972, 6, 30),
                nhs("999000004"),
                "22 Station Road, Ashford Vale",
                "AV3 1SR",
                "Station",
                "Uses BSL; book an interpreter for visits.",
                "I was a joiner for thirty years. I can still fix most things."));
    Person grace =
        person(
            priyaCaller,
            channel,
            new PersonDetails(
                "Grace Adeyinka",
                "Grace",
                "she/her",
                LocalDate.of(1999, 1, 8),
                nhs("999000005"),
                "3 The Crescent, Ashford Vale",
                "AV2 9TA",
                "Canalside",
                null,
                "I want my own place and to keep going to college."));
    var restricted = new People.Allocation(priya.getId(), true, List.of(priya.getId()));
    people.create(
        priyaCaller,
        new PersonDetails(
            "Rosa Lindqvist",
            null,
            "she/her",
            LocalDate.of(1966, 4, 17),
            nhs("999000006"),
            "Address held by the team manager",
            null,
            "Station",
            null,
            "I need to feel safe before anything else."),
        restricted,
        channel);
    person(
        alexCaller,
        channel,
        new PersonDetails(
            "Arthur Pennington",
            "Arthur",
            "he/him",
            LocalDate.of(1936, 12, 1),
            nhs("999000007"),
            "The Old Forge, Brook End, Ashford Vale",
            "AV4 7BE",
            "Brook End",
            "Large print, please.",
            "I'd like to stay in my own home and keep walking the dog."));
    Person niamh =
        person(
            alexCaller,
            channel,
            new PersonDetails(
                "Niamh Gallagher",
                null,
                "they/them",
                LocalDate.of(1990, 7, 19),
                null,
                "19 Foundry Court, Ashford Vale",
                "AV2 3FD",
                "Canalside",
                null,
                "Things got on top of me after the hospital. I want to get back to volunteering at the food bank."));
    LocalDate today = LocalDate.now(clock);
    DemoConversations.peggy(conversations, samCaller, peggy.getId(), today);
    DemoConversations.daniel(conversations, samCaller, daniel.getId(), today);
    var histories = new DemoFrontDoor(contacts, codedLists, conversations, reviews, today);
    histories.peggy(samCaller, peggy.getId());
    histories.hafsa(samCaller, hafsa.getId());
    histories.tom(samCaller, tom.getId());
    histories.grace(priyaCaller, grace.getId());
    histories.niamh(alexCaller, niamh.getId());
    DemoReadiness.loadIfNone(readiness, caller(leader));
    LOG.info("Demo accounts and synthetic people loaded (password in the README)");
    demoAssets.loadIfNoAssets();
    demoCulture.load(north, samCaller, priyaCaller, caller(jo));
  }

  private Team team(String name) {
    Team team = new Team(name, java.time.Instant.now());
    em.persist(team);
    em.flush();
    return team;
  }

  private Person person(Caller caller, String channel, PersonDetails details) {
    return people.create(
        caller, details, new People.Allocation(caller.accountId(), false, List.of()), channel);
  }

  private static Caller caller(Account a) {
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  /** A valid NHS number from nine digits, by adding the modulus 11 check digit. */
  static String nhs(String nineDigits) {
    for (int bump = 0; bump < 10; bump++) {
      String base = String.format("%09d", Long.parseLong(nineDigits) + bump);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (base.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return base + check;
      }
    }
    throw new IllegalStateException("no valid NHS number near " + nineDigits);
  }
}
