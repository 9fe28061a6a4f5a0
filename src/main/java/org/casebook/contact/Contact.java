package org.casebook.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact at the front door about one person. Once recorded it is not changed; where it stands
 * among the person's other contacts (the request it belongs to, whether that request is a repeat)
 * is worked out again whenever a contact or resolution is added, because a contact can be entered
 * after a later one. The team, worker and ward are kept as they were, for the dashboard.
 */
@Entity
@Table(name = "contact")
public class Contact extends Recorded {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contacted_on", nullable = false, updatable = false)
  private LocalDate contactedOn;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "source_id", updatable = false)
  private CodedValue source;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "route_id", updatable = false)
  private CodedValue route;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "next_step_id", updatable = false)
  private CodedValue nextStep;

  @Column(nullable = false, updatable = false, length = ContactDetails.REASON_MAX)
  private String reason;

  @Column(name = "request_start", nullable = false)
  private boolean requestStart;

  @Column(name = "request_began_on", nullable = false)
  private LocalDate requestBeganOn;

  @Column(name = "previous_id")
  private Long previousId;

  @Column(name = "repeat_3", nullable = false)
  private boolean repeat3;

  @Column(name = "repeat_6", nullable = false)
  private boolean repeat6;

  @Column(name = "repeat_12", nullable = false)
  private boolean repeat12;

  @Version private int version;

  protected Contact() {}

  public Contact(
      long personId,
      long teamId,
      long workerId,
      String ward,
      LocalDate contactedOn,
      CodedValue source,
      CodedValue route,
      String reason,
      CodedValue nextStep,
      String by,
      Instant at) {
    super(personId, teamId, workerId, ward, by, at);
    this.contactedOn = Objects.requireNonNull(contactedOn);
    this.source = of(source, CodedList.SOURCE);
    this.route = of(route, CodedList.ROUTE);
    this.nextStep = of(nextStep, CodedList.NEXT_STEP);
    this.reason = Objects.requireNonNull(reason);
    placeIn(true, contactedOn, null, false, false, false);
  }

  private static CodedValue of(CodedValue value, CodedList list) {
    if (value == null || value.getList() != list) {
      throw new IllegalArgumentException("a value of the list " + list);
    }
    return value;
  }

  /**
   * Where the contact stands among the person's contacts: whether it began its request, when the
   * request began, the first contact of the request before, and whether the request repeats that
   * one within 3, 6 and 12 months.
   */
  public final void placeIn(
      boolean requestStart,
      LocalDate requestBeganOn,
      Long previousId,
      boolean repeat3,
      boolean repeat6,
      boolean repeat12) {
    this.requestStart = requestStart;
    this.requestBeganOn = requestBeganOn;
    this.previousId = previousId;
    this.repeat3 = repeat3;
    this.repeat6 = repeat6;
    this.repeat12 = repeat12;
  }

  /** Whether the request is a repeat within the window the council has chosen (3, 6 or 12). */
  public boolean isRepeatWithin(int windowMonths) {
    return switch (windowMonths) {
      case 3 -> repeat3;
      case 6 -> repeat6;
      case 12 -> repeat12;
      default -> throw new IllegalArgumentException("the window is 3, 6 or 12 months");
    };
  }

  public Long getId() {
    return id;
  }

  public LocalDate getContactedOn() {
    return contactedOn;
  }

  public CodedValue getSource() {
    return source;
  }

  public CodedValue getRoute() {
    return route;
  }

  public CodedValue getNextStep() {
    return nextStep;
  }

  public String getReason() {
    return reason;
  }

  public boolean isRequestStart() {
    return requestStart;
  }

  public LocalDate getRequestBeganOn() {
    return requestBeganOn;
  }

  public Long getPreviousId() {
    return previousId;
  }

  public boolean isRepeat3() {
    return repeat3;
  }

  public boolean isRepeat6() {
    return repeat6;
  }

  public boolean isRepeat12() {
    return repeat12;
  }

  public int getVersion() {
    return version;
  }
}
