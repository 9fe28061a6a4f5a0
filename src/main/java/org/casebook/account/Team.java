package org.casebook.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.casebook.platform.RuleViolation;

/** A team of social workers and their managers (a locality team, the front door, …). */
@Entity
@Table(name = "team")
public class Team {

  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Team() {}

  public Team(String name, Instant createdAt) {
    rename(name);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public final void rename(String newName) {
    String trimmed = newName == null ? "" : newName.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolation("team.name.required");
    }
    if (trimmed.length() > NAME_MAX) {
      throw new RuleViolation("field.tooLong", NAME_MAX);
    }
    this.name = trimmed;
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

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public int getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Team other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Team.class.hashCode();
  }
}
