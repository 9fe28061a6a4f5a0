package org.casebook.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.AssetLink;
import org.casebook.asset.AssetLinks;
import org.casebook.asset.Assets;
import org.casebook.asset.FlagReason;
import org.casebook.asset.LinkStatus;
import org.casebook.asset.OpeningHours;
import org.casebook.asset.OpeningTime;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.Conversations;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonSearch;
import org.casebook.security.Caller;

/**
 * The community asset directory of Ashford Vale, the demo's fictional town: the assets and
 * postcodes in {@code demo/assets.json} (see the README beside it), two flags that workers raised,
 * and what came of the assets suggested to Peggy in her good-life conversation. Loads only into a
 * demo database that has the demo accounts and no assets yet, so a demo database made before the
 * directory existed gets it on its next start.
 */
@ApplicationScoped
@Transactional
public class DemoAssets {

  /** Where the directory's data is, on the classpath. */
  public static final String RESOURCE = "/demo/assets.json";

  private static final Logger LOG = Logger.getLogger(DemoAssets.class.getName());
  private static final String CHANNEL = "Demo data";

  @Inject Assets assets;
  @Inject AssetLinks assetLinks;
  @Inject Accounts accounts;
  @Inject People people;
  @Inject Conversations conversations;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** The file's shape: JSON-B fills these public fields. */
  public static class Directory {
    public String town;
    public List<PostcodeData> postcodes = new ArrayList<>();
    public List<AssetData> assets = new ArrayList<>();
  }

  /** One row of the postcode directory. */
  public static class PostcodeData {
    public String postcode;
    public double latitude;
    public double longitude;
    public String ward;
  }

  /** One asset as the file gives it; {@link #details()} turns it into what an editor would type. */
  public static class AssetData {
    public String name;
    public String description;
    public AssetCategory category;
    public List<String> tags = new ArrayList<>();
    public String forWhom;
    public Integer minimumAge;
    public Integer maximumAge;
    public String address;
    public String postcode;
    public String ward;
    public Double latitude;
    public Double longitude;

    /** Day of the week (MONDAY…SUNDAY) to that day's sessions as an editor types them. */
    public Map<String, String> opening = new HashMap<>();

    public String openingNotes;
    public boolean free;
    public String cost;
    public String accessibility;
    public String contactName;
    public String phone;
    public String email;
    public String website;
    public boolean published = true;

    /** How many days before the demo starts someone last checked the details; null for never. */
    public Integer verifiedDaysAgo;

    /** Who checked: a demo username. */
    public String verifiedBy;

    /** Why it was taken out of the directory, if it was. */
    public String retiredReason;

    public AssetDetails details() {
      List<OpeningTime> times = new ArrayList<>();
      opening.forEach(
          (day, typed) -> {
            OpeningHours.Parsed parsed = OpeningHours.parseDay(DayOfWeek.valueOf(day), typed);
            if (!parsed.ok()) {
              throw new IllegalStateException(
                  "Demo asset \"" + name + "\": " + day + " " + parsed.problem());
            }
            times.addAll(parsed.sessions());
          });
      return new AssetDetails(
          name,
          description,
          category,
          tags,
          forWhom,
          minimumAge,
          maximumAge,
          address,
          postcode,
          ward,
          latitude,
          longitude,
          times,
          openingNotes,
          free,
          cost,
          accessibility,
          contactName,
          phone,
          email,
          website,
          published);
    }
  }

  /** Reads the directory file from the classpath. */
  public static Directory read() {
    try (InputStream in = DemoAssets.class.getResourceAsStream(RESOURCE);
        Jsonb jsonb = JsonbBuilder.create()) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return jsonb.fromJson(in, Directory.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e);
    }
  }

  /**
   * Loads the directory when there are no assets yet and the demo accounts exist.
   *
   * @return whether it loaded anything
   */
  public boolean loadIfNoAssets() {
    long existing = em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    Optional<Account> admin = accounts.findByUsername("admin");
    if (existing > 0 || admin.isEmpty()) {
      return false;
    }
    long started = System.nanoTime();
    Directory directory = read();
    // Priya keeps the directory up to date alongside the administrator.
    accounts.findByUsername("priya.worker").ifPresent(a -> a.nominateDirectoryEditor(true));

    for (PostcodeData p : directory.postcodes) {
      assets.placePostcode(p.postcode, p.latitude, p.longitude, p.ward);
    }
    Caller editor = caller(admin.get());
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    Map<String, Asset> byName = new HashMap<>();
    for (AssetData data : directory.assets) {
      Asset asset;
      if (data.verifiedDaysAgo == null) {
        // Assets.create records a check today, as it should when an editor types details they
        // have just checked. An entry nobody ever checked (carried over from an old list) is
        // made with the entity's constructor, which applies every rule the service would.
        asset = new Asset(data.details(), Asset.Source.CASEBOOK, null, editor.username(), now);
        em.persist(asset);
      } else {
        asset = assets.create(editor, data.details());
        if (data.verifiedDaysAgo > 0) {
          String by = data.verifiedBy == null ? editor.username() : data.verifiedBy;
          asset.verify(by, today.minusDays(data.verifiedDaysAgo), now);
        }
      }
      em.flush();
      if (data.retiredReason != null) {
        assets.retire(editor, asset.getId(), asset.getVersion(), data.retiredReason);
      }
      byName.put(asset.getName(), asset);
    }

    assets.directoryChanged();
    flag("alex.worker", byName, "Station Road Knit and Natter", FlagReason.FULL, FULL_NOTE);
    flag("sam.worker", byName, "Abbey Fields Library", FlagReason.DETAILS_WRONG, HOURS_NOTE);
    boolean linked = peggysConnections(byName);

    LOG.info(
        String.format(
            "Demo community asset directory loaded: %d assets, %d postcodes%s, in %d ms",
            directory.assets.size(),
            directory.postcodes.size(),
            linked ? ", connections for the demo conversation" : "",
            (System.nanoTime() - started) / 1_000_000));
    return true;
  }

  private static final String FULL_NOTE =
      "They told me the group is full until after Easter. There may be a waiting list.";
  private static final String HOURS_NOTE =
      "The sign on the door says it opens at 10 on Saturdays now, not 9.";

  private void flag(
      String username, Map<String, Asset> byName, String asset, FlagReason reason, String note) {
    Optional<Account> worker = accounts.findByUsername(username);
    Asset flagged = byName.get(asset);
    if (worker.isPresent() && flagged != null) {
      assets.flag(caller(worker.get()), flagged.getId(), reason, note);
    }
  }

  /**
   * What came of the assets Sam suggested in Peggy's finalised good-life conversation: the lunch
   * club she now goes to, the church flowers she is back doing, a walk that did not suit her frame,
   * and a gentler walk still to try.
   */
  private boolean peggysConnections(Map<String, Asset> byName) {
    Optional<Account> sam = accounts.findByUsername("sam.worker");
    if (sam.isEmpty()) {
      return false;
    }
    Caller worker = caller(sam.get());
    Optional<Person> peggy =
        people
            .search(worker, new PersonSearch(null, null, DemoData.nhs("999000001"), null))
            .stream()
            .findFirst();
    Optional<Conversation> conversation =
        peggy.flatMap(p -> conversations.latestFinal(worker, p.getId()));
    if (conversation.isEmpty()) {
      return false;
    }
    long id = conversation.get().getId();
    connect(
        worker,
        id,
        byName.get("Mill Lane Lunch Club"),
        "Peggy used to go with Jean; Jean will ring about Tuesdays.",
        step(LinkStatus.INTRODUCED, "Jean rang Maureen: a seat is saved and the minibus calls."),
        step(
            LinkStatus.ATTENDED,
            "Went on Tuesday with Jean and enjoyed the quiz. Would like Thursdays too."));
    connect(
        worker,
        id,
        byName.get("St Anne's Church Flower Group"),
        "Revd Alison would welcome her back; the group does most of the work sitting down.",
        step(LinkStatus.INTRODUCED, "Bev walked with Peggy to meet the group on Friday."),
        step(LinkStatus.ATTENDED, "Did the altar flowers sitting down while Bev carried water."),
        step(
            LinkStatus.STILL_ENGAGED,
            "Going every fortnight and showing a new volunteer how to prepare the stems."));
    connect(
        worker,
        id,
        byName.get("Millbrook Health Walks"),
        "To build her walking up again, with Bev.",
        step(
            LinkStatus.NOT_SUITABLE,
            "An hour on rough paths with two stiles: too far with her frame for now."
                + " Abbey Park Gentle Walks suggested instead."));
    connect(
        worker,
        id,
        byName.get("Abbey Park Gentle Walks"),
        "Flat paths with benches, frames welcome. Martin could drive her on a Thursday.");
    return true;
  }

  private record Step(LinkStatus status, String note) {}

  private static Step step(LinkStatus status, String note) {
    return new Step(status, note);
  }

  private void connect(
      Caller worker, long conversationId, Asset asset, String suggestion, Step... steps) {
    if (asset == null) {
      return;
    }
    AssetLink link = assetLinks.suggest(worker, conversationId, asset.getId(), suggestion, CHANNEL);
    for (Step s : steps) {
      link =
          assetLinks.record(worker, link.getId(), link.getVersion(), s.status(), s.note(), CHANNEL);
    }
  }

  private static Caller caller(Account a) {
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getTeam() == null ? null : a.getTeam().getId());
  }
}
