package org.casebook.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The secret behind the pseudonymous person identifiers of the Client Level Data extract. There is
 * one, made the first time an extract is asked for and never changed: changing it would give every
 * person a new identifier and break the national return's link between quarters.
 */
@Entity
@Table(name = "extract_key")
public class ExtractKey {

  /** The one row's id. */
  public static final int THE_KEY = 1;

  @Id private int id;

  @Column(nullable = false, updatable = false, length = 64)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ExtractKey() {}

  ExtractKey(String secret, Instant createdAt) {
    this.id = THE_KEY;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  String secret() {
    return secret;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
