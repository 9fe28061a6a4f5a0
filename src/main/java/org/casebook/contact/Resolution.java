package org.casebook.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a person's request was resolved, and whether the worker judged it sustainable and why. What
 * the worker recorded is never changed. Whether the person came back afterwards is worked out again
 * as contacts arrive: a resolution judged sustainable that is followed by a new request within the
 * window is flagged, so the judgement can be looked at again.
 */
@Entity
@Table(name = "resolution")
public class Resolution extends Recorded {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The first contact of the request it resolves, or null when no contact was recorded. */
  @Column(name = "contact_id", updatable = false)
  private Long contactId;

  @Column(name = "review_id", updatable = false)
  private Long reviewId;

  @Column(name = "resolved_on", nullable = false, updatable = false)
  private LocalDate resolvedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private ResolutionRoute route;

  @Column(nullable = false, updatable = false)
  private boolean sustainable;

  /** What Casebook suggested when it was recorded. */
  @Column(nullable = false, updatable = false)
  private boolean suggested;

  @Column(nullable = false, updatable = false, length = ResolutionDetails.REASON_MAX)
  private String reason;

  @Column(name = "came_back_on")
  private LocalDate cameBackOn;

  @Column(name = "came_back_3", nullable = false)
  private boolean cameBack3;

  @Column(name = "came_back_6", nullable = false)
  private boolean cameBack6;

  @Column(name = "came_back_12", nullable = false)
  private boolean cameBack12;

  @Version private int version;

  protected Resolution() {}

  public Resolution(
      long personId,
      long teamId,
      long workerId,
      String ward,
      Long contactId,
      Long reviewId,
      LocalDate resolvedOn,
      ResolutionRoute route,
      boolean sustainable,
      boolean suggested,
      String reason,
      String by,
      Instant at) {
    super(personId, teamId, workerId, ward, by, at);
    this.contactId = contactId;
    this.reviewId = reviewId;
    this.resolvedOn = Objects.requireNonNull(resolvedOn);
    this.route = Objects.requireNonNull(route);
    this.sustainable = sustainable;
    this.suggested = suggested;
    this.reason = Objects.requireNonNull(reason);
  }

  /** When the person next made a new request after this resolution (null if they have not). */
  public void cameBack(LocalDate on) {
    this.cameBackOn = on;
    this.cameBack3 = within(on, 3);
    this.cameBack6 = within(on, 6);
    this.cameBack12 = within(on, 12);
  }

  private boolean within(LocalDate on, int months) {
    return on != null && !on.isAfter(resolvedOn.plusMonths(months));
  }

  /** Came back within the window (3, 6 or 12 months). */
  public boolean cameBackWithin(int windowMonths) {
    return switch (windowMonths) {
      case 3 -> cameBack3;
      case 6 -> cameBack6;
      case 12 -> cameBack12;
      default -> throw new IllegalArgumentException("the window is 3, 6 or 12 months");
    };
  }

  /** Judged sustainable, but the person came back within the window: look at it again. */
  public boolean isFlaggedWithin(int windowMonths) {
    return sustainable && cameBackWithin(windowMonths);
  }

  public Long getId() {
    return id;
  }

  public Long getContactId() {
    return contactId;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public ResolutionRoute getRoute() {
    return route;
  }

  public boolean isSustainable() {
    return sustainable;
  }

  public boolean isSuggested() {
    return suggested;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getCameBackOn() {
    return cameBackOn;
  }

  public int getVersion() {
    return version;
  }
}
