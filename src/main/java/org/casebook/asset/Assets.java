package org.casebook.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.account.Account;
import org.casebook.person.Postcode;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.Rebuilt;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The community asset directory. Every member of staff may search and read it and flag an asset;
 * only administrators and the staff they nominate may add, change, verify or retire assets.
 */
@ApplicationScoped
@Transactional
public class Assets {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "casebook.assets.verify-every-days", defaultValue = "365")
  int verifyEveryDays;

  /** How many people were connected with an asset, and what came of it. */
  public record Outcomes(Map<LinkStatus, Long> byStatus, List<String> notSuitableReasons) {
    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getTotal() {
      return total();
    }

    public Map<LinkStatus, Long> getByStatus() {
      return byStatus;
    }

    public List<String> getNotSuitableReasons() {
      return notSuitableReasons;
    }
  }

  // --- reading (all staff) -------------------------------------------------------------------

  public List<AssetHit> search(Caller caller, AssetSearch search) {
    requireStaff(caller);
    List<DirectoryIndex.Found> found = index().search(search, AssetSearch.MAX_RESULTS + 1);
    if (found.isEmpty()) {
      return List.of();
    }
    TypedQuery<Asset> query =
        em.createQuery("select a from Asset a where a.id in :ids", Asset.class)
            .setParameter("ids", found.stream().map(DirectoryIndex.Found::id).toList());
    // One query each for tags and opening times of the whole page, not one per asset.
    query.setHint("eclipselink.batch.type", "IN");
    query.setHint("eclipselink.batch", "a.tags");
    query.setHint("eclipselink.batch", "a.openingTimes");
    Map<Long, Asset> byId = new java.util.HashMap<>();
    for (Asset a : query.getResultList()) {
      byId.put(a.getId(), a);
    }
    List<AssetHit> hits = new ArrayList<>();
    for (DirectoryIndex.Found f : found) {
      Asset a = byId.get(f.id());
      // Retired or gone since the index was built: left out rather than shown wrongly.
      if (a != null && !a.isRetired()) {
        hits.add(new AssetHit(a, f.miles()));
      }
    }
    return hits;
  }

  // --- the search index ----------------------------------------------------------------------

  /** The search index, rebuilt when another change was recorded (or after 10 minutes). */
  private final Rebuilt<DirectoryIndex> index = new Rebuilt<>("directory_version", 10 * 60 * 1000L);

  /** The index of the directory as it stands, rebuilt when another change was recorded. */
  DirectoryIndex index() {
    return index.get(em, this::buildIndex);
  }

  /** Records that the directory changed, so every instance rebuilds its search index. */
  public void directoryChanged() {
    index.changed(em);
  }

  private DirectoryIndex buildIndex() {
    Map<Long, java.util.Set<String>> tags = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.id, t from Asset a join a.tags t where a.retiredAt is null",
                Object[].class)
            .getResultList()) {
      tags.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>())
          .add(DirectoryIndex.fold((String) row[1]));
    }
    Map<Long, Integer> days = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.id, s.dayOfWeek from Asset a join a.openingTimes s"
                    + " where a.retiredAt is null",
                Object[].class)
            .getResultList()) {
      int bit = DirectoryIndex.dayBit(java.time.DayOfWeek.of(((Number) row[1]).intValue()));
      days.merge((Long) row[0], bit, (x, y) -> x | y);
    }
    List<DirectoryIndex.Entry> entries = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select a.id, a.name, a.searchText, a.category, a.ward, a.free, a.latitude,"
                    + " a.longitude from Asset a where a.retiredAt is null",
                Object[].class)
            .getResultList()) {
      long id = (Long) row[0];
      entries.add(
          new DirectoryIndex.Entry(
              id,
              (String) row[1],
              DirectoryIndex.fold((String) row[2]),
              (AssetCategory) row[3],
              tags.getOrDefault(id, java.util.Set.of()),
              row[4] == null ? null : DirectoryIndex.fold(((String) row[4]).strip()),
              days.getOrDefault(id, 0),
              (Boolean) row[5],
              row[6] == null ? Double.NaN : ((Number) row[6]).doubleValue(),
              row[7] == null ? Double.NaN : ((Number) row[7]).doubleValue()));
    }
    return new DirectoryIndex(entries);
  }

  /** An asset, retired or not (old records still show retired assets). */
  public Asset get(Caller caller, long id) {
    requireStaff(caller);
    Asset asset = em.find(Asset.class, id);
    if (asset == null) {
      throw new NotFound("asset");
    }
    return asset;
  }

  public Optional<Asset> byPublicId(String publicId) {
    return em.createQuery("select a from Asset a where a.publicId = :p", Asset.class)
        .setParameter("p", publicId)
        .getResultStream()
        .findFirst();
  }

  /** Where a postcode is, if the postcode directory knows it. */
  public Optional<PostcodeLocation> locate(String postcode) {
    return Postcode.normalise(postcode == null ? "" : postcode)
        .map(p -> em.find(PostcodeLocation.class, p));
  }

  /** Every tag in use, for the search form. */
  public List<String> tags() {
    // Sorted here: EclipseLink cannot order by an element of a collection of strings.
    return em.createQuery(
            "select distinct t from Asset a join a.tags t where a.retiredAt is null", String.class)
        .getResultStream()
        .sorted()
        .toList();
  }

  /** Every ward with an asset in it, for the search form. */
  public List<String> wards() {
    return em.createQuery(
            "select distinct a.ward from Asset a where a.ward is not null and a.retiredAt is null"
                + " order by a.ward",
            String.class)
        .getResultList();
  }

  public Outcomes outcomes(Caller caller, long assetId) {
    requireStaff(caller);
    Map<LinkStatus, Long> byStatus = new EnumMap<>(LinkStatus.class);
    for (LinkStatus s : LinkStatus.values()) {
      byStatus.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select l.status, count(l) from AssetLink l where l.asset.id = :a group by l.status",
                Object[].class)
            .setParameter("a", assetId)
            .getResultList()) {
      byStatus.put((LinkStatus) row[0], (Long) row[1]);
    }
    List<String> reasons =
        em.createQuery(
                "select l.reason from AssetLink l where l.asset.id = :a and l.status = :ns"
                    + " order by l.updatedAt desc",
                String.class)
            .setParameter("a", assetId)
            .setParameter("ns", LinkStatus.NOT_SUITABLE)
            .setMaxResults(20)
            .getResultList();
    return new Outcomes(byStatus, reasons);
  }

  public List<AssetFlag> flags(Caller caller, long assetId) {
    requireStaff(caller);
    return em.createQuery(
            "select f from AssetFlag f where f.asset.id = :a order by f.raisedAt desc",
            AssetFlag.class)
        .setParameter("a", assetId)
        .getResultList();
  }

  /** A member of staff tells the editors the asset is closed, full, unsuitable or wrong. */
  public AssetFlag flag(Caller caller, long assetId, FlagReason reason, String note) {
    Asset asset = get(caller, assetId);
    AssetFlag flag = new AssetFlag(asset, reason, note, caller.username(), clock.instant());
    em.persist(flag);
    em.flush();
    return flag;
  }

  // --- keeping the directory (editors) -------------------------------------------------------

  /** Administrators, and the staff they nominated. */
  public boolean mayEdit(Caller caller) {
    Account account = em.find(Account.class, caller.accountId());
    return account != null && account.isActive() && account.mayEditDirectory();
  }

  public Asset create(Caller caller, AssetDetails details) {
    requireEditor(caller);
    Asset asset =
        new Asset(
            withLocation(details), Asset.Source.CASEBOOK, null, caller.username(), clock.instant());
    asset.verify(caller.username(), today(), clock.instant());
    em.persist(asset);
    em.flush();
    directoryChanged();
    return asset;
  }

  /**
   * Saves changes made from the given version. If someone else saved in between, nothing is
   * overwritten: {@link EditConflict} is thrown and the editor's typing stays on their screen.
   */
  public Asset update(Caller caller, long id, int version, AssetDetails details) {
    requireEditor(caller);
    Asset asset = current(caller, id, version);
    asset.update(withLocation(details), caller.username(), clock.instant());
    resolveOpenFlags(caller, asset, AssetFlag.Outcome.EDITED);
    directoryChanged();
    return flush(asset);
  }

  /** The editor checked the details with the asset: they are right as they stand. */
  public Asset verify(Caller caller, long id, int version) {
    requireEditor(caller);
    Asset asset = current(caller, id, version);
    asset.verify(caller.username(), today(), clock.instant());
    resolveOpenFlags(caller, asset, AssetFlag.Outcome.VERIFIED);
    return flush(asset);
  }

  public Asset retire(Caller caller, long id, int version, String reason) {
    requireEditor(caller);
    Asset asset = current(caller, id, version);
    asset.retire(reason, caller.username(), clock.instant());
    resolveOpenFlags(caller, asset, AssetFlag.Outcome.RETIRED);
    directoryChanged();
    return flush(asset);
  }

  public Asset reinstate(Caller caller, long id, int version) {
    requireEditor(caller);
    Asset asset = current(caller, id, version);
    asset.reinstate(caller.username(), clock.instant());
    directoryChanged();
    return flush(asset);
  }

  /** The editor looked at a flag and decided nothing needs to change. */
  public void dismissFlag(Caller caller, long flagId) {
    requireEditor(caller);
    AssetFlag flag = em.find(AssetFlag.class, flagId);
    if (flag == null) {
      throw new NotFound("flag");
    }
    flag.resolve(AssetFlag.Outcome.DISMISSED, caller.username(), clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("flag");
    }
  }

  /** Flags nobody has dealt with yet, oldest first. */
  public List<AssetFlag> openFlags(Caller caller) {
    requireEditor(caller);
    return em.createQuery(
            "select f from AssetFlag f where f.resolvedAt is null order by f.raisedAt, f.id",
            AssetFlag.class)
        .getResultList();
  }

  /** Assets in the directory that nobody has verified within the period, oldest check first. */
  public List<Asset> dueForVerification(Caller caller, int max) {
    requireEditor(caller);
    return em.createQuery(
            "select a from Asset a where a.retiredAt is null and (a.lastVerifiedOn is null"
                + " or a.lastVerifiedOn < :since) order by a.lastVerifiedOn, a.name, a.id",
            Asset.class)
        .setParameter("since", today().minusDays(verifyEveryDays))
        .setMaxResults(max)
        .getResultList();
  }

  public long countDueForVerification(Caller caller) {
    requireEditor(caller);
    return em.createQuery(
            "select count(a) from Asset a where a.retiredAt is null and (a.lastVerifiedOn is null"
                + " or a.lastVerifiedOn < :since)",
            Long.class)
        .setParameter("since", today().minusDays(verifyEveryDays))
        .getSingleResult();
  }

  public int verifyEveryDays() {
    return verifyEveryDays;
  }

  /** How many postcodes were new and how many corrected by a load of the postcode directory. */
  public record PostcodesLoaded(int added, int updated) {
    public int getAdded() {
      return added;
    }

    public int getUpdated() {
      return updated;
    }
  }

  /**
   * Loads postcodes into the postcode directory (editors), adding new ones and correcting others.
   */
  public PostcodesLoaded loadPostcodes(Caller caller, List<PostcodeCsv.Row> rows) {
    requireEditor(caller);
    int added = 0;
    int updated = 0;
    int sinceFlush = 0;
    for (PostcodeCsv.Row r : rows) {
      PostcodeLocation known = em.find(PostcodeLocation.class, r.postcode());
      if (known == null) {
        em.persist(new PostcodeLocation(r.postcode(), r.latitude(), r.longitude(), r.ward()));
        added++;
      } else {
        known.update(r.latitude(), r.longitude(), r.ward() == null ? known.getWard() : r.ward());
        updated++;
      }
      if (++sinceFlush == 1000) {
        em.flush();
        em.clear();
        sinceFlush = 0;
      }
    }
    em.flush();
    return new PostcodesLoaded(added, updated);
  }

  public long countPostcodes(Caller caller) {
    requireStaff(caller);
    return em.createQuery("select count(p) from PostcodeLocation p", Long.class).getSingleResult();
  }

  /** Adds or corrects where a postcode is (the council's postcode directory). */
  public void placePostcode(String postcode, double latitude, double longitude, String ward) {
    String pc =
        Postcode.normalise(postcode)
            .orElseThrow(() -> new RuleViolation("person.postcode.invalid"));
    PostcodeLocation known = em.find(PostcodeLocation.class, pc);
    if (known == null) {
      em.persist(new PostcodeLocation(pc, latitude, longitude, ward));
    } else {
      known.update(latitude, longitude, ward);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** An asset with a postcode but no map position is placed at its postcode, when known. */
  AssetDetails withLocation(AssetDetails d) {
    if (d.latitude() != null || d.longitude() != null || d.postcode() == null) {
      return d;
    }
    return locate(d.postcode())
        .map(
            p ->
                d.placed(
                    d.ward() == null ? p.getWard() : d.ward(), p.getLatitude(), p.getLongitude()))
        .orElse(d);
  }

  private void resolveOpenFlags(Caller caller, Asset asset, AssetFlag.Outcome outcome) {
    for (AssetFlag f :
        em.createQuery(
                "select f from AssetFlag f where f.asset = :a and f.resolvedAt is null",
                AssetFlag.class)
            .setParameter("a", asset)
            .getResultList()) {
      f.resolve(outcome, caller.username(), clock.instant());
    }
  }

  private Asset current(Caller caller, long id, int version) {
    Asset asset = get(caller, id);
    if (asset.getVersion() != version) {
      throw new EditConflict("asset");
    }
    return asset;
  }

  private Asset flush(Asset asset) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("asset");
    }
    return asset;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private void requireEditor(Caller caller) {
    if (!mayEdit(caller)) {
      throw new Caller.AccessDenied();
    }
  }

  private static void requireStaff(Caller caller) {
    if (caller == null) {
      throw new Caller.AccessDenied();
    }
  }
}
