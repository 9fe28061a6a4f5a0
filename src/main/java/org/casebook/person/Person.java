package org.casebook.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.account.Account;
import org.casebook.account.Team;
import org.casebook.platform.RuleViolation;

/**
 * A person the team works with. The record is written to and with them: "about me" keeps their own
 * words, paragraphs and all. Details change only through {@link #update}, which refuses anything
 * {@link PersonDetails#problems} would reject.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "team_id", nullable = false)
  private Team team;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "lead_worker_id")
  private Account leadWorker;

  @Column(name = "full_name", nullable = false, length = PersonDetails.FULL_NAME_MAX)
  private String fullName;

  @Column(name = "preferred_name", length = PersonDetails.PREFERRED_NAME_MAX)
  private String preferredName;

  @Column(length = PersonDetails.PRONOUNS_MAX)
  private String pronouns;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "nhs_number", length = 10)
  private String nhsNumber;

  @Column(length = PersonDetails.ADDRESS_MAX)
  private String address;

  @Column(length = 8)
  private String postcode;

  @Column(length = PersonDetails.WARD_MAX)
  private String ward;

  @Column(name = "communication_needs", length = PersonDetails.COMMUNICATION_NEEDS_MAX)
  private String communicationNeeds;

  @Lob
  @Column(name = "about_me")
  private String aboutMe;

  @Column(nullable = false)
  private boolean restricted;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "person_named_worker",
      joinColumns = @JoinColumn(name = "person_id"),
      inverseJoinColumns = @JoinColumn(name = "account_id"))
  private Set<Account> namedWorkers = new HashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Version private int version;

  protected Person() {}

  public Person(PersonDetails details, Team team, String by, Instant now, LocalDate today) {
    this.team = Objects.requireNonNull(team);
    this.createdAt = now;
    this.createdBy = by;
    update(details, by, now, today);
  }

  /** Replaces the details; refuses them if any field breaks a rule. */
  public final void update(PersonDetails details, String by, Instant now, LocalDate today) {
    var problems = details.problems(today);
    if (!problems.isEmpty()) {
      var first = problems.values().iterator().next();
      throw new RuleViolation(first.messageKey(), first.limit());
    }
    PersonDetails tidy = details.tidy();
    this.fullName = tidy.fullName();
    this.preferredName = tidy.preferredName();
    this.pronouns = tidy.pronouns();
    this.dateOfBirth = tidy.dateOfBirth();
    this.nhsNumber = tidy.nhsNumber();
    this.address = tidy.address();
    this.postcode = tidy.postcode();
    this.ward = tidy.ward();
    this.communicationNeeds = tidy.communicationNeeds();
    this.aboutMe = tidy.aboutMe();
    touch(by, now);
  }

  /** The worker who leads on this person's support; must be in the person's team. */
  public void allocateTo(Account worker, String by, Instant now) {
    if (worker != null && !team.equals(worker.getTeam())) {
      throw new RuleViolation("person.leadWorker.otherTeam");
    }
    this.leadWorker = worker;
    touch(by, now);
  }

  /**
   * Restricts the record to its lead worker, the named workers and the team's managers, or lifts
   * the restriction. Named workers must be in the person's team.
   */
  public void restrict(boolean restrict, Collection<Account> named, String by, Instant now) {
    for (Account worker : named) {
      if (!team.equals(worker.getTeam())) {
        throw new RuleViolation("person.namedWorker.otherTeam");
      }
    }
    this.restricted = restrict;
    this.namedWorkers.clear();
    if (restrict) {
      this.namedWorkers.addAll(named);
    }
    touch(by, now);
  }

  private void touch(String by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public PersonDetails details() {
    return new PersonDetails(
        fullName,
        preferredName,
        pronouns,
        dateOfBirth,
        nhsNumber,
        address,
        postcode,
        ward,
        communicationNeeds,
        aboutMe);
  }

  public Set<Long> namedWorkerIds() {
    return namedWorkers.stream().map(Account::getId).collect(Collectors.toUnmodifiableSet());
  }

  /** The name to greet the person by: their preferred name when they have given one. */
  public String getKnownAs() {
    return preferredName != null ? preferredName : fullName;
  }

  public Integer ageOn(LocalDate day) {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
  }

  public String getNhsNumberFormatted() {
    return NhsNumber.format(nhsNumber);
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public Account getLeadWorker() {
    return leadWorker;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public String getPronouns() {
    return pronouns;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getNhsNumber() {
    return nhsNumber;
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

  public String getCommunicationNeeds() {
    return communicationNeeds;
  }

  public String getAboutMe() {
    return aboutMe;
  }

  public boolean isRestricted() {
    return restricted;
  }

  public Set<Account> getNamedWorkers() {
    return Set.copyOf(namedWorkers);
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

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Person other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Person.class.hashCode();
  }
}
