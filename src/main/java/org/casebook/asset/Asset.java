package org.casebook.asset;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.platform.RuleViolation;

/**
 * A community asset in the directory. Details change only through {@link #update}, which refuses
 * anything {@link AssetDetails#problems} would reject; a retired asset keeps its details for the
 * records that link to it but cannot be changed until it is brought back.
 */
@Entity
@Table(name = "asset")
public class Asset {

  /** Where an asset's details came from. */
  public enum Source {
    /** Typed into Casebook by an editor. */
    CASEBOOK,
    /** Imported from an Open Referral UK file or service. */
    OPEN_REFERRAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The asset's id in published and imported Open Referral UK data. */
  @Column(name = "public_id", nullable = false, updatable = false, length = 36)
  private String publicId;

  @Column(nullable = false, length = AssetDetails.NAME_MAX)
  private String name;

  @Lob private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssetCategory category;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "asset_tag", joinColumns = @JoinColumn(name = "asset_id"))
  @Column(name = "tag", length = AssetDetails.TAG_MAX)
  private List<String> tags = new ArrayList<>();

  @Column(name = "for_whom", length = AssetDetails.FOR_WHOM_MAX)
  private String forWhom;

  @Column(name = "minimum_age")
  private Integer minimumAge;

  @Column(name = "maximum_age")
  private Integer maximumAge;

  @Column(length = AssetDetails.ADDRESS_MAX)
  private String address;

  @Column(length = 8)
  private String postcode;

  @Column(length = AssetDetails.WARD_MAX)
  private String ward;

  private Double latitude;

  private Double longitude;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "asset_opening", joinColumns = @JoinColumn(name = "asset_id"))
  private List<Session> openingTimes = new ArrayList<>();

  @Column(name = "opening_notes", length = AssetDetails.OPENING_NOTES_MAX)
  private String openingNotes;

  @Column(name = "free_of_charge", nullable = false)
  private boolean free;

  @Column(length = AssetDetails.COST_MAX)
  private String cost;

  @Column(length = AssetDetails.ACCESSIBILITY_MAX)
  private String accessibility;

  @Column(name = "contact_name", length = AssetDetails.CONTACT_NAME_MAX)
  private String contactName;

  @Column(length = AssetDetails.PHONE_MAX)
  private String phone;

  @Column(length = AssetDetails.EMAIL_MAX)
  private String email;

  @Column(length = AssetDetails.WEBSITE_MAX)
  private String website;

  @Column(nullable = false)
  private boolean published;

  /** Name, description, tags, ward and address in lower case, for searching by text. */
  @Lob
  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Source source;

  /** A digest of what was last imported, so an unchanged import changes nothing. */
  @Column(name = "source_digest", length = 64)
  private String sourceDigest;

  @Column(name = "last_verified_on")
  private LocalDate lastVerifiedOn;

  @Column(name = "last_verified_by", length = 60)
  private String lastVerifiedBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by", length = 60)
  private String retiredBy;

  @Column(name = "retired_reason", length = 500)
  private String retiredReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Version private int version;

  protected Asset() {}

  public Asset(AssetDetails details, Source source, String publicId, String by, Instant now) {
    this.source = Objects.requireNonNull(source);
    this.publicId = publicId == null ? UUID.randomUUID().toString() : publicId;
    this.createdAt = now;
    this.createdBy = by;
    update(details, by, now);
  }

  /** Replaces the details; refuses them if any field breaks a rule or the asset is retired. */
  public final void update(AssetDetails details, String by, Instant now) {
    if (isRetired()) {
      throw new RuleViolation("asset.retired.noChange");
    }
    var problems = details.problems();
    if (!problems.isEmpty()) {
      var first = problems.values().iterator().next();
      throw new RuleViolation(first.messageKey(), first.number());
    }
    AssetDetails tidy = details.tidy();
    this.name = tidy.name();
    this.description = tidy.description();
    this.category = tidy.category();
    this.tags.clear();
    this.tags.addAll(tidy.tags());
    this.forWhom = tidy.forWhom();
    this.minimumAge = tidy.minimumAge();
    this.maximumAge = tidy.maximumAge();
    this.address = tidy.address();
    this.postcode = tidy.postcode();
    this.ward = tidy.ward();
    this.latitude = tidy.latitude();
    this.longitude = tidy.longitude();
    this.openingTimes.clear();
    tidy.openingTimes().forEach(t -> openingTimes.add(new Session(t)));
    this.openingNotes = tidy.openingNotes();
    this.free = tidy.free();
    this.cost = tidy.cost();
    this.accessibility = tidy.accessibility();
    this.contactName = tidy.contactName();
    this.phone = tidy.phone();
    this.email = tidy.email();
    this.website = tidy.website();
    this.published = tidy.published();
    this.searchText = searchTextOf(tidy);
    touch(by, now);
  }

  /** Someone checked with the asset that its details are right. */
  public void verify(String by, LocalDate on, Instant now) {
    if (isRetired()) {
      throw new RuleViolation("asset.retired.noChange");
    }
    this.lastVerifiedOn = on;
    this.lastVerifiedBy = by;
    touch(by, now);
  }

  /** Not verified within the period (or ever), so an editor should check it. */
  public boolean isDueForVerification(LocalDate today, int verifyEveryDays) {
    return !isRetired()
        && (lastVerifiedOn == null || lastVerifiedOn.isBefore(today.minusDays(verifyEveryDays)));
  }

  /** Takes the asset out of the directory; records that link to it still show it. */
  public void retire(String reason, String by, Instant now) {
    if (isRetired()) {
      throw new RuleViolation("asset.retired.already");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("asset.retire.reasonRequired");
    }
    this.retiredAt = now;
    this.retiredBy = by;
    this.retiredReason = reason.strip();
    touch(by, now);
  }

  /** Puts a retired asset back in the directory. */
  public void reinstate(String by, Instant now) {
    if (!isRetired()) {
      throw new RuleViolation("asset.retired.not");
    }
    this.retiredAt = null;
    this.retiredBy = null;
    this.retiredReason = null;
    touch(by, now);
  }

  /** Records what an import brought, so the same import again can tell nothing changed. */
  public void importedAs(String digest) {
    this.sourceDigest = digest;
  }

  public AssetDetails details() {
    return new AssetDetails(
        name,
        description,
        category,
        getTags(),
        forWhom,
        minimumAge,
        maximumAge,
        address,
        postcode,
        ward,
        latitude,
        longitude,
        getOpeningTimes(),
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

  public Optional<GeoPoint> location() {
    return GeoPoint.isValid(latitude, longitude)
        ? Optional.of(new GeoPoint(latitude, longitude))
        : Optional.empty();
  }

  public OpeningHours openingHours() {
    return new OpeningHours(getOpeningTimes());
  }

  static String searchTextOf(AssetDetails d) {
    return Stream.concat(
            Stream.of(d.name(), d.description(), d.forWhom(), d.ward(), d.address(), d.postcode()),
            d.tags().stream())
        .filter(Objects::nonNull)
        .map(s -> s.toLowerCase(Locale.UK))
        .collect(Collectors.joining(" \n"));
  }

  private void touch(String by, Instant now) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public AssetCategory getCategory() {
    return category;
  }

  /** Tags in alphabetical order. */
  public List<String> getTags() {
    return tags.stream().sorted().toList();
  }

  public String getForWhom() {
    return forWhom;
  }

  public Integer getMinimumAge() {
    return minimumAge;
  }

  public Integer getMaximumAge() {
    return maximumAge;
  }

  public String getAddress() {
    return address;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getWard() {
    return ward;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public List<OpeningTime> getOpeningTimes() {
    return openingTimes.stream().map(Session::toOpeningTime).sorted().toList();
  }

  public String getOpeningNotes() {
    return openingNotes;
  }

  public boolean isFree() {
    return free;
  }

  public String getCost() {
    return cost;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public String getContactName() {
    return contactName;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getWebsite() {
    return website;
  }

  public boolean isPublished() {
    return published;
  }

  public Source getSource() {
    return source;
  }

  public String getSourceDigest() {
    return sourceDigest;
  }

  public LocalDate getLastVerifiedOn() {
    return lastVerifiedOn;
  }

  public String getLastVerifiedBy() {
    return lastVerifiedBy;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public String getRetiredBy() {
    return retiredBy;
  }

  public String getRetiredReason() {
    return retiredReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }

  /** One opening session as kept in the database. */
  @Embeddable
  public static class Session {
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected Session() {}

    Session(OpeningTime time) {
      this.dayOfWeek = time.day().getValue();
      this.opens = time.opens();
      this.closes = time.closes();
    }

    OpeningTime toOpeningTime() {
      return new OpeningTime(DayOfWeek.of(dayOfWeek), opens, closes);
    }
  }
}
