package org.casebook.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Role;
import org.casebook.security.SignInPolicy;

/**
 * A member of staff who signs in to Casebook. Keeps its own rules: social workers and managers
 * belong to a team; wrong passwords in a row lock the account for a while; a reset password must be
 * changed at the next sign-in.
 */
@Entity
@Table(name = "account")
public class Account {

  public static final int USERNAME_MAX = 60;
  public static final int DISPLAY_NAME_MAX = 120;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = USERNAME_MAX, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "team_id")
  private Team team;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_signed_in_at")
  private Instant lastSignedInAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Nominated by an administrator to keep the community asset directory up to date. */
  @Column(name = "directory_editor", nullable = false)
  private boolean directoryEditor;

  @Version private int version;

  protected Account() {}

  public Account(
      String username,
      String displayName,
      Role role,
      Team team,
      String passwordHash,
      Instant createdAt) {
    this.username = normaliseUsername(username);
    if (!USERNAME.matcher(this.username).matches()) {
      throw new RuleViolation("account.username.invalid");
    }
    rename(displayName);
    assign(role, team);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.mustChangePassword = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static String normaliseUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.UK);
  }

  public final void rename(String newDisplayName) {
    String trimmed = newDisplayName == null ? "" : newDisplayName.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolation("account.displayName.required");
    }
    if (trimmed.length() > DISPLAY_NAME_MAX) {
      throw new RuleViolation("field.tooLong", DISPLAY_NAME_MAX);
    }
    this.displayName = trimmed;
  }

  /** Gives the account a role and team; social workers and managers must have a team. */
  public final void assign(Role newRole, Team newTeam) {
    if (newRole == null) {
      throw new RuleViolation("account.role.required");
    }
    if (newRole.needsTeam() && newTeam == null) {
      throw new RuleViolation("account.team.required");
    }
    this.role = newRole;
    this.team = newRole.needsTeam() ? newTeam : null;
  }

  // --- signing in ---------------------------------------------------------------------------

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a wrong password; enough in a row lock the account for the policy's period. */
  public void recordFailedSignIn(Instant now, SignInPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      // An earlier lock has run out: start counting afresh.
      lockedUntil = null;
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockFor());
    }
  }

  public void recordSignIn(Instant now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignedInAt = now;
  }

  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  /** An administrator's reset: a temporary password, to be changed at the next sign-in. */
  public void resetPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = true;
    unlock();
  }

  /** The person chose their own new password. */
  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = false;
  }

  /** Administrators keep the directory anyway; anyone else only when nominated. */
  public boolean mayEditDirectory() {
    return role == Role.ADMIN || directoryEditor;
  }

  public boolean isDirectoryEditor() {
    return directoryEditor;
  }

  public void nominateDirectoryEditor(boolean nominated) {
    this.directoryEditor = nominated;
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public Optional<Team> team() {
    return Optional.ofNullable(team);
  }

  public Team getTeam() {
    return team;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastSignedInAt() {
    return lastSignedInAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Account other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Account.class.hashCode();
  }
}
