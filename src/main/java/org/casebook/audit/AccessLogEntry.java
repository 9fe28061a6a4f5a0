package org.casebook.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the access log. Written once, never changed. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

  public static final int CHANNEL_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private AccessAction action;

  @Column(name = "conversation_id", updatable = false)
  private Long conversationId;

  @Column(nullable = false, updatable = false, length = CHANNEL_MAX)
  private String channel;

  protected AccessLogEntry() {}

  public AccessLogEntry(
      Instant occurredAt,
      long accountId,
      String username,
      long personId,
      AccessAction action,
      Long conversationId,
      String channel) {
    this.occurredAt = occurredAt;
    this.accountId = accountId;
    this.username = username;
    this.personId = personId;
    this.action = action;
    this.conversationId = conversationId;
    this.channel = channel.length() > CHANNEL_MAX ? channel.substring(0, CHANNEL_MAX) : channel;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getUsername() {
    return username;
  }

  public long getPersonId() {
    return personId;
  }

  public AccessAction getAction() {
    return action;
  }

  /** The conversation looked at or changed, if the access was to one. */
  public Long getConversationId() {
    return conversationId;
  }

  public String getChannel() {
    return channel;
  }
}
