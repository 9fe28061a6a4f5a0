package org.casebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.AssetFlag;
import org.casebook.asset.AssetHit;
import org.casebook.asset.AssetLink;
import org.casebook.asset.AssetLinks;
import org.casebook.asset.AssetSearch;
import org.casebook.asset.Assets;
import org.casebook.asset.FlagReason;
import org.casebook.asset.GeoPoint;
import org.casebook.asset.LinkStatus;
import org.casebook.asset.OpeningTime;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.Conversations;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community directory in a real Payara Micro, on H2 or (with -Pmysql) MariaDB: every search
 * filter, nearest first, who may change the directory, flags and the editors' worklist, and
 * people's connections with assets under the same access rules as their records.
 */
@ExtendWith(ArquillianExtension.class)
class AssetsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.casebook().addClass(AssetsIT.class);
  }

  @Inject Assets assets;
  @Inject AssetLinks links;
  @Inject Accounts accounts;
  @Inject People people;
  @Inject Conversations conversations;
  @Inject AccessLog accessLog;
  @Inject org.casebook.asset.DirectoryGaps gaps;

  private Caller caller(String username) {
    Account a = accounts.findByUsername(username).orElseThrow();
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }

  /** A word found in no other test's assets, so searches see only this test's. */
  private static String word() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static AssetDetails details(
      String name,
      AssetCategory category,
      List<String> tags,
      String ward,
      Double lat,
      Double lng,
      boolean free,
      DayOfWeek... days) {
    return new AssetDetails(
        name,
        "A friendly group.",
        category,
        tags,
        null,
        null,
        null,
        null,
        null,
        ward,
        lat,
        lng,
        java.util.Arrays.stream(days)
            .map(d -> new OpeningTime(d, LocalTime.of(10, 0), LocalTime.of(12, 0)))
            .toList(),
        null,
        free,
        null,
        null,
        null,
        null,
        null,
        null,
        true);
  }

  private Asset add(
      String name,
      AssetCategory category,
      String tag,
      String ward,
      double north,
      boolean free,
      DayOfWeek... days) {
    return assets.create(
        caller("it.editor"),
        details(name, category, List.of(tag), ward, -30.0 + north, 20.0, free, days));
  }

  private static List<String> names(List<AssetHit> hits) {
    return hits.stream().map(h -> h.getAsset().getName()).toList();
  }

  @Test
  void everyFilterNarrowsTheSearchAndAPlaceGivesNearestFirst() {
    String w = word();
    Caller worker = caller("it.worker.a1");
    add(
        w + " Lunch Club",
        AssetCategory.ASSOCIATIONS,
        "lunch club",
        "Riverside",
        0.010,
        false,
        DayOfWeek.TUESDAY);
    add(
        w + " Garden",
        AssetCategory.PHYSICAL_SPACES,
        "gardening",
        "Riverside",
        0.002,
        true,
        DayOfWeek.SATURDAY);
    add(
        w + " Far Garden",
        AssetCategory.PHYSICAL_SPACES,
        "gardening",
        "Hillside",
        0.200,
        true,
        DayOfWeek.SATURDAY,
        DayOfWeek.SUNDAY);
    Asset library =
        add(
            w + " Library",
            AssetCategory.INSTITUTIONS,
            "library",
            "Hillside",
            0.005,
            true,
            DayOfWeek.MONDAY);

    AssetSearch all = new AssetSearch(w, null, null, null, null, false, null, null);
    assertEquals(4, assets.search(worker, all).size());
    assertEquals(
        List.of(w + " Far Garden", w + " Garden", w + " Library", w + " Lunch Club"),
        names(assets.search(worker, all)),
        "without a place, by name");
    // Text is matched word by word, in any case, in name, tags and ward alike.
    assertEquals(
        List.of(w + " Far Garden", w + " Garden"),
        names(
            assets.search(
                worker,
                new AssetSearch(
                    w.toUpperCase() + " GARDEN", null, null, null, null, false, null, null))));
    assertEquals(
        List.of(w + " Garden", w + " Lunch Club"),
        names(
            assets.search(
                worker,
                new AssetSearch(w + " riverside", null, null, null, null, false, null, null))));
    assertEquals(
        List.of(w + " Library"),
        names(
            assets.search(
                worker,
                new AssetSearch(
                    w, AssetCategory.INSTITUTIONS, null, null, null, false, null, null))));
    assertEquals(
        List.of(w + " Lunch Club"),
        names(
            assets.search(
                worker, new AssetSearch(w, null, "Lunch Club", null, null, false, null, null))));
    assertEquals(
        List.of(w + " Far Garden", w + " Library"),
        names(
            assets.search(
                worker, new AssetSearch(w, null, null, "hillside", null, false, null, null))));
    assertEquals(
        List.of(w + " Far Garden", w + " Garden"),
        names(
            assets.search(
                worker,
                new AssetSearch(w, null, null, null, DayOfWeek.SATURDAY, false, null, null))));
    assertEquals(
        List.of(w + " Far Garden", w + " Garden", w + " Library"),
        names(assets.search(worker, new AssetSearch(w, null, null, null, null, true, null, null))));

    GeoPoint home = new GeoPoint(-30.0, 20.0);
    List<AssetHit> nearest =
        assets.search(worker, new AssetSearch(w, null, null, null, null, false, home, null));
    assertEquals(
        List.of(w + " Garden", w + " Library", w + " Lunch Club", w + " Far Garden"),
        names(nearest));
    assertEquals(0.14, nearest.get(0).getMiles(), 0.01, "0.002 degrees north is 0.14 miles");
    assertEquals(
        List.of(w + " Garden", w + " Library"),
        names(assets.search(worker, new AssetSearch(w, null, null, null, null, false, home, 0.5))),
        "within half a mile");

    // The person's question: the nearest free gardening group open on Saturdays.
    List<AssetHit> answer =
        assets.search(
            worker,
            new AssetSearch(
                w + " gardening", null, null, null, DayOfWeek.SATURDAY, true, home, null));
    assertEquals(w + " Garden", answer.get(0).getAsset().getName());

    // Retired assets leave the search but keep their page.
    Caller editor = caller("it.editor");
    assets.retire(editor, library.getId(), library.getVersion(), "Closed for refurbishment");
    assertEquals(3, assets.search(worker, all).size());
    assertTrue(assets.get(worker, library.getId()).isRetired());
    // Trainers and administrators read the directory too.
    assertEquals(3, assets.search(caller("it.trainer"), all).size());
    assertEquals(3, assets.search(caller("it.admin"), all).size());
  }

  @Test
  void searchWordsAreTextNotPatterns() {
    String w = word();
    add(w + " 100% Club", AssetCategory.ASSOCIATIONS, "walking", null, 0.3, true);
    add(w + " Other Club", AssetCategory.ASSOCIATIONS, "walking", null, 0.3, true);
    assertEquals(
        1,
        assets
            .search(
                caller("it.worker.a1"),
                new AssetSearch(w + " 100%", null, null, null, null, false, null, null))
            .size());
    assertEquals(
        0,
        assets
            .search(
                caller("it.worker.a1"),
                new AssetSearch(w + " o_her", null, null, null, null, false, null, null))
            .size());
  }

  @Test
  void onlyAdministratorsAndNominatedEditorsChangeTheDirectory() {
    AssetDetails d =
        details(
            word() + " Walking Group",
            AssetCategory.ASSOCIATIONS,
            List.of("walking"),
            null,
            null,
            null,
            true);
    for (String who : List.of("it.worker.a1", "it.manager.a", "it.trainer")) {
      Caller c = caller(who);
      assertFalse(assets.mayEdit(c), who);
      assertThrows(Caller.AccessDenied.class, () -> assets.create(c, d), who);
    }
    Asset made = assets.create(caller("it.editor"), d);
    assertNotNull(made.getLastVerifiedOn(), "a new asset counts as checked by whoever added it");
    Asset byAdmin = assets.create(caller("it.admin"), d);
    Caller worker = caller("it.worker.a1");
    assertThrows(
        Caller.AccessDenied.class, () -> assets.update(worker, made.getId(), made.getVersion(), d));
    assertThrows(
        Caller.AccessDenied.class, () -> assets.verify(worker, made.getId(), made.getVersion()));
    assertThrows(
        Caller.AccessDenied.class,
        () -> assets.retire(worker, byAdmin.getId(), byAdmin.getVersion(), "gone"));
    assertThrows(Caller.AccessDenied.class, () -> assets.openFlags(worker));
    // A refused change is refused whole, field problems and all.
    AssetDetails bad = details(" ", AssetCategory.ASSOCIATIONS, List.of(), null, null, null, true);
    assertThrows(
        RuleViolation.class,
        () -> assets.update(caller("it.editor"), made.getId(), made.getVersion(), bad));
  }

  @Test
  void twoEditorsSavingTheSameAssetNeverLoseEachOthersWork() {
    Caller editor = caller("it.editor");
    Caller admin = caller("it.admin");
    String w = word();
    Asset asset =
        assets.create(
            editor,
            details(
                w + " Choir", AssetCategory.CULTURAL, List.of("music"), null, null, null, true));
    int seen = asset.getVersion();
    assets.update(
        admin,
        asset.getId(),
        seen,
        details(
            w + " Community Choir",
            AssetCategory.CULTURAL,
            List.of("music"),
            null,
            null,
            null,
            true));
    assertThrows(
        EditConflict.class,
        () ->
            assets.update(
                editor,
                asset.getId(),
                seen,
                details(
                    w + " Choir Group",
                    AssetCategory.CULTURAL,
                    List.of("music"),
                    null,
                    null,
                    null,
                    true)));
    assertEquals(w + " Community Choir", assets.get(editor, asset.getId()).getName());
  }

  @Test
  void aWorkersFlagReachesTheEditorsWorklistUntilAnEditorDealsWithIt() {
    Caller worker = caller("it.worker.b1");
    Caller editor = caller("it.editor");
    Asset asset =
        assets.create(
            editor,
            details(
                word() + " Lunch Club",
                AssetCategory.ASSOCIATIONS,
                List.of("lunch club"),
                null,
                null,
                null,
                false,
                DayOfWeek.FRIDAY));
    AssetFlag flag = assets.flag(worker, asset.getId(), FlagReason.CLOSED, "Sign on the door");
    assertTrue(assets.openFlags(editor).stream().anyMatch(f -> f.getId().equals(flag.getId())));
    assertThrows(
        RuleViolation.class, () -> assets.flag(worker, asset.getId(), FlagReason.OTHER, " "));
    Asset current = assets.get(editor, asset.getId());
    assets.retire(editor, asset.getId(), current.getVersion(), "Closed: the hall was sold");
    assertFalse(
        assets.openFlags(editor).stream().anyMatch(f -> f.getId().equals(flag.getId())),
        "retiring the asset deals with its flags");
    assertEquals(
        AssetFlag.Outcome.RETIRED, assets.flags(editor, asset.getId()).get(0).getOutcome());
    assertThrows(
        RuleViolation.class, () -> assets.flag(worker, asset.getId(), FlagReason.FULL, null));
  }

  @Test
  void assetsNeverCheckedAreDueForVerification() {
    Caller editor = caller("it.editor");
    long before = assets.countDueForVerification(editor);
    Asset asset =
        assets.create(
            editor,
            details(
                word() + " Men's Shed",
                AssetCategory.ASSOCIATIONS,
                List.of("men's shed"),
                null,
                null,
                null,
                true));
    assertEquals(before, assets.countDueForVerification(editor), "checked when added");
    assertTrue(
        assets.dueForVerification(editor, 10_000).stream()
            .noneMatch(a -> a.getId().equals(asset.getId())));
  }

  @Test
  void aPostcodeIsPlacedAndAnAssetWithoutAPositionTakesItsPostcodes() {
    Caller editor = caller("it.editor");
    assets.placePostcode("it9 9zz", 51.5, -0.12, "Test Ward Nine");
    assertEquals(51.5, assets.locate("IT9 9ZZ").orElseThrow().getLatitude(), 1e-9);
    assertTrue(assets.locate("IT9 9ZY").isEmpty());
    AssetDetails d =
        new AssetDetails(
            word() + " Park",
            null,
            AssetCategory.PHYSICAL_SPACES,
            List.of(),
            null,
            null,
            null,
            null,
            "IT9 9ZZ",
            null,
            null,
            null,
            List.of(),
            null,
            true,
            null,
            null,
            null,
            null,
            null,
            null,
            true);
    Asset park = assets.create(editor, d);
    assertEquals(51.5, park.getLatitude(), 1e-9);
    assertEquals("Test Ward Nine", park.getWard());
  }

  private Conversation conversationWith(String worker) {
    Caller c = caller(worker);
    Person person =
        people.create(
            c,
            new PersonDetails(
                "Connected Person " + word(), null, null, null, null, null, null, null, null, null),
            new People.Allocation(c.accountId(), false, List.of()),
            "test");
    return conversations.start(c, person.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
  }

  @Test
  void aConnectionIsMadeInAConversationAndItsStoryKeptUnderTheRecordsRules() {
    Caller worker = caller("it.worker.a1");
    Asset club =
        assets.create(
            caller("it.editor"),
            details(
                word() + " Lunch Club",
                AssetCategory.ASSOCIATIONS,
                List.of("lunch club"),
                null,
                null,
                null,
                false,
                DayOfWeek.WEDNESDAY));
    Conversation c = conversationWith("it.worker.a1");
    AssetLink link = links.suggest(worker, c.getId(), club.getId(), "Likes company", "test");
    assertEquals(LinkStatus.SUGGESTED, link.getStatus());
    assertThrows(
        RuleViolation.class,
        () -> links.suggest(worker, c.getId(), club.getId(), null, "test"),
        "suggested once");

    // Another team's worker can neither see nor change the person's connections.
    Caller otherTeam = caller("it.worker.b1");
    assertThrows(NotFound.class, () -> links.forPerson(otherTeam, c.getPersonId()));
    assertThrows(
        NotFound.class,
        () ->
            links.record(
                otherTeam, link.getId(), link.getVersion(), LinkStatus.ATTENDED, null, "test"));
    assertThrows(
        NotFound.class, () -> links.suggest(otherTeam, c.getId(), club.getId(), null, "test"));
    assertThrows(
        Caller.AccessDenied.class, () -> links.forPerson(caller("it.trainer"), c.getPersonId()));

    AssetLink introduced =
        links.record(worker, link.getId(), link.getVersion(), LinkStatus.INTRODUCED, null, "test");
    // A colleague working from an older screen does not overwrite what was recorded.
    Caller colleague = caller("it.worker.a2");
    assertThrows(
        EditConflict.class,
        () ->
            links.record(
                colleague,
                link.getId(),
                link.getVersion(),
                LinkStatus.NOT_SUITABLE,
                "Too far",
                "test"));
    AssetLink attended =
        links.record(
            worker,
            introduced.getId(),
            introduced.getVersion(),
            LinkStatus.ATTENDED,
            "Went on Wednesday",
            "test");
    assertThrows(
        RuleViolation.class,
        () ->
            links.record(
                worker,
                attended.getId(),
                attended.getVersion(),
                LinkStatus.NOT_SUITABLE,
                " ",
                "test"));

    List<AssetLink> mine = links.forPerson(worker, c.getPersonId());
    assertEquals(1, mine.size());
    assertEquals(LinkStatus.ATTENDED, mine.get(0).getStatus());
    assertEquals(3, mine.get(0).getSteps().size());
    assertEquals(1, links.forConversation(worker, c.getId()).size());
    assertEquals(1L, assets.outcomes(worker, club.getId()).byStatus().get(LinkStatus.ATTENDED));

    var logged =
        accessLog.forPerson(caller("it.manager.a"), c.getPersonId()).stream()
            .map(e -> e.getAction())
            .toList();
    assertTrue(logged.contains(AccessAction.LINKED_ASSET), logged.toString());
    assertTrue(logged.contains(AccessAction.UPDATED_ASSET_LINK), logged.toString());

    // A retired asset stays on the person's record but cannot be suggested again to anyone.
    Asset current = assets.get(worker, club.getId());
    assets.retire(caller("it.editor"), club.getId(), current.getVersion(), "Closed");
    assertTrue(links.forPerson(worker, c.getPersonId()).get(0).getAsset().isRetired());
    Conversation another = conversationWith("it.worker.a1");
    assertThrows(
        RuleViolation.class,
        () -> links.suggest(worker, another.getId(), club.getId(), null, "test"));
  }

  @Test
  void gapsByWardCountAssetsAgainstConversationsForManagersOnly() {
    String ward = "Gap Ward " + word();
    Caller worker = caller("it.worker.a1");
    Person person =
        people.create(
            worker,
            new PersonDetails(
                "Ward Person " + word(), null, null, null, null, null, null, ward, null, null),
            new People.Allocation(worker.accountId(), false, List.of()),
            "test");
    conversations.start(worker, person.getId(), ConversationKind.LISTEN_AND_CONNECT, "test");
    var report = gaps.byWard(caller("it.manager.b"));
    var row =
        report.gaps().rows().stream()
            .filter(r -> r.getWard().equalsIgnoreCase(ward))
            .findFirst()
            .orElseThrow();
    assertEquals(1, row.getPeople(), "counted across the council, whichever team");
    assertEquals(1, row.getConversations());
    assertEquals(0, row.getTotalAssets());
    assertTrue(report.gaps().shortWards().contains(row), "no assets where people are: short");

    assets.create(
        caller("it.editor"),
        details(
            word() + " Club",
            AssetCategory.ASSOCIATIONS,
            List.of("club"),
            ward.toUpperCase(),
            null,
            null,
            true));
    var after =
        gaps.byWard(caller("it.admin")).gaps().rows().stream()
            .filter(r -> r.getWard().equalsIgnoreCase(ward))
            .findFirst()
            .orElseThrow();
    assertEquals(1, after.getTotalAssets(), "ward names match whatever their capitals");
    assertEquals(1, after.count(AssetCategory.ASSOCIATIONS));

    for (String who : List.of("it.worker.a1", "it.trainer", "it.editor")) {
      assertThrows(Caller.AccessDenied.class, () -> gaps.byWard(caller(who)), who);
    }
  }

  @Test
  void editorsLoadThePostcodeDirectoryAndSearchesUseIt() {
    List<org.casebook.asset.PostcodeCsv.Row> rows =
        List.of(
            new org.casebook.asset.PostcodeCsv.Row("IT7 7AA", -30.0, 20.0, "Seven Ward"),
            new org.casebook.asset.PostcodeCsv.Row("IT7 7AB", -30.1, 20.1, null));
    assertThrows(
        Caller.AccessDenied.class, () -> assets.loadPostcodes(caller("it.worker.a1"), rows));
    var first = assets.loadPostcodes(caller("it.editor"), rows);
    assertEquals(2, first.added());
    var again =
        assets.loadPostcodes(
            caller("it.admin"),
            List.of(new org.casebook.asset.PostcodeCsv.Row("IT7 7AA", -30.0, 20.0005, null)));
    assertEquals(1, again.updated());
    var place = assets.locate("it7 7aa").orElseThrow();
    assertEquals(20.0005, place.getLongitude(), 1e-9);
    assertEquals("Seven Ward", place.getWard(), "a load without wards keeps the ward known");
  }
}
